package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
)

// humanitarianOfSentence is the humanitarian evidence of one sentence read
// past the lead.
func humanitarianOfSentence(s string) float32 {
	sc := newScored(s, lang.Words(s), nil, leadSentences+2, 0)
	return sc.evidenceOf(fHumanitarian)
}

// TestHumanitarianOfBrokers: an aid agency named as a party to talks (a
// broker, a welcomer of a deal) with no aid, plight or civilians in the
// sentence is diplomacy's news; the same agency delivering aid, or talks
// on civilians' plight, stay humanitarian (issue 14: prisoner swaps and
// releases brokered by the Red Cross read as humanitarian news in the tv
// set). Invented sentences.
func TestHumanitarianOfBrokers(t *testing.T) {
	tests := []struct {
		text string
		news bool // humanitarian evidence of floor (0.5) or more
	}{
		{"The exchange of captives followed months of negotiations between the two governments brokered by the Red Cross.", false},
		{"The ICRC welcomed the agreement between the warring parties to free more than 300 prisoners.", false},
		{"The Red Cross delivered food and medicine to 4,000 families in the besieged district.", true},
		{"Negotiators agreed to open two corridors so that aid convoys can reach the displaced families.", true},
		{"The humanitarian pause was extended by three days under a deal brokered by the envoy.", true},
	}
	for _, tt := range tests {
		if e := humanitarianOfSentence(tt.text); (e >= 0.5) != tt.news {
			t.Errorf("%q: humanitarian evidence %.2f, want news %v", tt.text, e, tt.news)
		}
	}
}

// TestHumanitarianOfWorstCrisis: "the worst humanitarian crisis" told of
// the whole war is its standing epithet, background to a report of the
// day's strike or talks; a plight the sentence reports in its own words
// stays news. Invented sentences.
func TestHumanitarianOfWorstCrisis(t *testing.T) {
	tests := []struct {
		text string
		news bool
	}{
		{"The seven-year conflict has ground into a stalemate and produced the worst humanitarian crisis on the continent.", false},
		{"Aid agencies said 12,000 people had fled the town since Monday and were sleeping in schools without food.", true},
	}
	for _, tt := range tests {
		if e := humanitarianOfSentence(tt.text); (e >= 0.5) != tt.news {
			t.Errorf("%q: humanitarian evidence %.2f, want news %v", tt.text, e, tt.news)
		}
	}
}

// TestHumanitarianOfCampAttacked: a camp of the displaced named as the
// place of an attack is where the attack was, even when the sentence
// names its victims as civilians (the labelling guide: casualties of a
// specific attack by themselves are violence); the camp's people told
// without an attack stay displacement news (issue 14: attacks on IDP camps
// read as humanitarian news in the tv set). Invented sentences.
func TestHumanitarianOfCampAttacked(t *testing.T) {
	tests := []struct {
		text string
		news bool
	}{
		{"Gunmen stormed a camp for displaced people outside the town on Tuesday, killing 14 civilians.", false},
		{"A drone strike hit the IDP camp near the airport, killing six civilians, the army said.", false},
		{"Some 20,000 people live in the camp for displaced families, where food has run short.", true},
	}
	for _, tt := range tests {
		if e := humanitarianOfSentence(tt.text); (e >= 0.5) != tt.news {
			t.Errorf("%q: humanitarian evidence %.2f, want news %v", tt.text, e, tt.news)
		}
	}
}

// TestHumanitarianOfWordsDelivered: a response, a message or a speech
// delivered is no aid delivered (issue 14: a delegation "delivering its
// response to mediators" read as aid in the tv set); food delivered stays
// aid. Invented sentences.
func TestHumanitarianOfWordsDelivered(t *testing.T) {
	tests := []struct {
		text string
		news bool
	}{
		{"The rebel delegation flew home after delivering its response to the mediators in Nairobi.", false},
		{"The envoy delivered a message from the president to the militia leaders.", false},
		{"Trucks delivered flour and blankets to the displaced families on Sunday.", true},
	}
	for _, tt := range tests {
		if e := humanitarianOfSentence(tt.text); (e >= 0.5) != tt.news {
			t.Errorf("%q: humanitarian evidence %.2f, want news %v", tt.text, e, tt.news)
		}
	}
}

// TestHumanitarianOfReturns: the displaced going back to their villages,
// or warned against it, once a truce holds are returns, which the
// labelling guide counts as humanitarian (issue 14: "warned residents
// against returning to villages in the south" read as nothing in the cf
// set). Invented sentences.
func TestHumanitarianOfReturns(t *testing.T) {
	tests := []string{
		"An army spokesman warned residents against returning to the border districts while troops remain there.",
		"Hundreds of families began returning to their villages in the valley on Thursday.",
	}
	for _, s := range tests {
		if e := humanitarianOfSentence(s); e < 0.5 {
			t.Errorf("%q: humanitarian evidence %.2f, want news", s, e)
		}
	}
}
