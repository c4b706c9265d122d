package analyze

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestSessionLead: a report told from a Security Council session, its
// title telling of no toll, is the session's news, not the attack's
// (invented texts).
func TestSessionLead(t *testing.T) {
	council := "Scientists found that a nerve agent was used in last week's attack, the envoy said on Wednesday. " +
		"He told the UN Security Council that samples tested positive. Russia vetoed the draft resolution."
	tests := []struct {
		name, title, text string
		want              bool
	}{
		{"a finding told at the Council", "Nerve agent used in town attack: scientists", council, true},
		{"a toll in the title", "Gas kills hundreds, Security Council meets", council, false},
		{"the title again before the lead", "Nerve agent used in town attack: scientists",
			"Thu 13 Apr 2017 Nerve agent used in town attack: scientists. " + council, true},
		{"the Council past the lead", "Nerve agent used in town attack: scientists",
			"Scientists found that a nerve agent was used. The samples came from the town. They were tested twice. The Security Council will meet on Friday.", false},
		{"no Council", "Air strikes hit Aleppo", "Air strikes hit the city on Monday. Residents fled.", false},
		{"the Council in capitals", "Nerve agent used in town attack: scientists", strings.ToUpper(council), true},
	}
	for _, tt := range tests {
		if got := sessionLead(tt.title, tt.text); got != tt.want {
			t.Errorf("%s: sessionLead = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCouncilMeets: a title telling the Security Council meeting, with no
// toll before it or over a lead naming the session, or what the UN must do,
// is a session's report; a toll first over a lead of the attack, a party's
// appeal, another council or another "must" is not (invented titles).
func TestCouncilMeets(t *testing.T) {
	attack := []string{"Warplanes dropped bombs carrying toxic gas on the town of Kafr Zita on Tuesday, killing dozens, activists said.",
		"Doctors said the victims had foam at their mouths."}
	session := []string{"The Security Council met in an emergency session in New York on Tuesday over the gas attack on Kafr Zita."}
	glued := append([]string{"March 3 2015 Kafr Zita gas kills dozens Security Council meets."}, attack...)
	for _, c := range []struct {
		title string
		lead  []string
		want  bool
	}{
		{"Security Council meets as gas kills dozens in Kafr Zita", attack, true},
		{"Kafr Zita gas kills dozens, Security Council meets", attack, false},
		{"Kafr Zita gas kills dozens Security Council meets", glued, false},
		{"Kafr Zita gas kills dozens, Security Council meets", session, true},
		{"Norway Chile say U.N. must access Kafr Zita gas attack site", nil, true},
		{"Security Council must act on Kafr Zita, envoys say", nil, true},
		{"Valley Coalition urges UN to relieve besieged town", nil, false},
		{"Residents say town must rebuild", nil, false},
		{"Gas attack kills dozens in Kafr Zita", nil, false},
		{"Council meets on local budget", nil, false},
	} {
		if got := councilMeets(c.title, func() []string { return c.lead }); got != c.want {
			t.Errorf("councilMeets(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestNamesCarried: the analysis carries the short names its report gives
// bodies it names whole, and the surnames of people it names whole that it
// never writes in lower case and that name no place or body (invented
// sentences).
func TestNamesCarried(t *testing.T) {
	text := "Shelling went on for a week, said Anna Kovalenko the council's deputy head. Local sources said the roads were cut. " +
		"The Norland Monitor for Civil Rights says 12 died. The Monitor says the clashes went on. A medic of the Velm Relief Union (VRU) said the VRU was hit. " +
		"Officials of Velm Province Office heard Jane Roe of the Syria Relief Union met them. According to the council the Local office is shut."
	a := &news.Article{Title: "Shelling in Velm", Text: text}
	var an news.Analysis
	MarkCarried(a, &an)
	if want := []string{"Monitor", "VRU"}; !reflect.DeepEqual(an.NamedWhole, want) {
		t.Errorf("NamedWhole = %q, want %q", an.NamedWhole, want)
	}
	// not "Local" (written in lower case too), "Province" (inside a name),
	// "Office" and "Union" (bodies) nor "Syria" (a place)
	if want := []string{"Kovalenko", "Roe"}; !reflect.DeepEqual(an.Surnames, want) {
		t.Errorf("Surnames = %q, want %q", an.Surnames, want)
	}
}

// TestOutOfCarried: a report that counts people moving out of two places
// in one sentence carries where the words after each count tell they
// moved from; a report of one move carries none (invented sentences).
func TestOutOfCarried(t *testing.T) {
	s := "More than 5000 people were evacuated from Orsk and Tamin along with 2200 evacuated from Velm and Norga."
	main := news.Figure{Kind: news.FigureEvacuated, Value: 5000, Text: "More than 5000 people were evacuated", Sentence: s}
	other := news.Figure{Kind: news.FigureEvacuated, Value: 2200, Text: "2200 evacuated", Sentence: s, Scope: news.ScopeOtherEvent}
	an := news.Analysis{Facts: news.Facts{Evacuated: &main, Figures: []news.Figure{other}}}
	MarkCarried(&news.Article{Text: s}, &an)
	if got := an.Facts.Figures[0].OutOf; got != "Velm and Norga" {
		t.Errorf("other count's OutOf = %q, want Velm and Norga", got)
	}
	if got := an.Facts.Evacuated.OutOf; got != "Orsk and Tamin" {
		t.Errorf("main count's OutOf = %q, want Orsk and Tamin", got)
	}
	lone := news.Figure{Kind: news.FigureEvacuated, Value: 300, Text: "300 evacuated", Sentence: "300 evacuated from Velm."}
	an = news.Analysis{Facts: news.Facts{Evacuated: &lone}}
	MarkCarried(&news.Article{Text: lone.Sentence}, &an)
	if lone.OutOf != "" {
		t.Errorf("lone count's OutOf = %q, want none: no exchange", lone.OutOf)
	}
}

// TestNextFieldAsFields: nextField reads a text's words as strings.Fields
// splits it, spaces of any kind and broken bytes included.
func TestNextFieldAsFields(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " The  Monitor\tsaid,\n(SOHR) ", "a\u00a0b\u2003c\u0085d", "x\xffy \xff z", "Ünal  said\r\n", "\v\fend"} {
		var got []string
		for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
			got = append(got, w)
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("nextField of %q: %q, want %q", s, got, want)
		}
	}
}

// TestWritesLower: writesLower finds a word as the words of a text apart
// by spaces, trimmed of the marks around them, are compared.
func TestWritesLower(t *testing.T) {
	text := "Regime media said (local) sources, \"the roe\u00a0deer\" heroes;x smith;  sm\xffith 'kovalenko'."
	for _, low := range []string{"regime", "media", "local", "sources", "roe", "deer", "heroes", "heroes;x", "x", "smith", "smith;", "sm", "kovalenko", "hero", "ith"} {
		want := false
		for _, w := range strings.Fields(text) {
			want = want || strings.Trim(w, ",.;:'\"()") == low
		}
		if got := writesLower(text, low); got != want {
			t.Errorf("writesLower(%q) = %v, want %v", low, got, want)
		}
	}
}
