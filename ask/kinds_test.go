package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of the shapes the readers' questions met in round
// h-ask9 (issue 14 item 5): the kind a "which X Y" question asks for is
// its phrase's last noun, a report lists things of a kind after "such as",
// numbers a thing of the kind asked ("the 2009 edition"), names a title
// where a person is asked, compares a figure with the previous period's,
// and writes a count in words.
func TestReadersKinds(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "clinic-1", Title: "Velora: taking clinic care to remote villages",
			Text: "Mobile clinics of the Ostrava programme test and treat patients in their villages. " +
				"“The next move is to pass on what we have learned from this Ostrava programme to other providers,” says Anton Mirek, head of mission for Velora. " +
				"As the pilot phase nears its end, a local partner, Velora Health Trust, is gearing up to take over the project."},
		{ExternalID: "tour-1", Title: "Study tour on water for Amberland's agriculture ministry",
			Text: "In partnership with the Amberland Ministry of Agriculture and its Irrigation Department, the agency organised a workshop and study tour for ministry officials in Kesh province. " +
				"The officials learned from the practical experience of the “Marek Valley Water Management Project” covering a large area of Kesh province."},
		{ExternalID: "coast-1", Title: "Preparing for coastal change in Norland",
			Text: "The guidance helps councils plan for coastal hazards and climate change; it contains new sections on engaging with communities and on the roles of local government. " +
				"This 2017 guidance is an update of the 2009 edition."},
		{ExternalID: "spill-1", Title: "Commission protects river communities of Velora after oil spill",
			Text: "The Commission granted a protective measure to the river communities of Tarno and Lesk in Velora after the oil spill. " +
				"According to the applicants, this can be verified by the presence of certain heavy metals, such as lead and arsenic, above recommended levels."},
		{ExternalID: "conf-1", Title: "Conference of Women in the Security Sector held in Velora",
			Text: "In attendance at the conference of women in the security sector were around 120 participants, including the Swedish Ambassador and representatives of the mission and UNDP. " +
				"Marta Lind, the mission's security sector reform representative, said that progress had been made."},
		{ExternalID: "caac-1", Title: "Velora CAAC Bulletin – Fourth quarter of 2016",
			Text: "A total of 1,305 incidents were documented in the reporting period, affecting 10,831 children. " +
				"This marks a sharp increase from the preceding quarter when 746 incidents affecting 3,291 children were reported. " +
				"Nine-hundred and eighteen (918) cases of denied access to health care were documented in Kesh, compared to five-hundred and thirty four (534) cases in the third quarter."},
	}
	a := New(newMemIndex(append(arts, dengueUpdate)...), Options{})
	for _, c := range []struct{ q, want, article string }{
		{"Which local partner was preparing to take over the Ostrava programme in Velora?", "Velora Health Trust", "clinic-1"},
		{"Which water management project in Kesh province did Amberland's agriculture ministry officials visit on a study tour?", "Marek Valley Water Management Project", "tour-1"},
		{"Which earlier edition did Norland's 2017 coastal hazards guidance for councils update?", "2009 edition", "coast-1"},
		{"Which heavy metals were found above recommended levels in the oil-spill-hit river communities of Velora?", "lead and arsenic", "spill-1"},
		{"Who was the mission's security sector reform representative who spoke at the Conference of Women in the Security Sector in Velora?", "Marta Lind", "conf-1"},
		{"How many incidents affecting children were documented in Velora in the fourth quarter of 2016, according to the CAAC bulletin?", "1,305", "caac-1"},
		{"How many cases of denied access to health care were documented in Kesh, according to the CAAC bulletin?", "918", "caac-1"},
	} {
		ans := askOne(t, a, c.q)
		if !strings.Contains(ans.Answer, c.want) || firstCited(ans) != c.article {
			t.Errorf("%q: answered %q citing %q, want %q citing %s", c.q, ans.Answer, firstCited(ans), c.want, c.article)
		}
	}
}

// TestHeadIsLastNoun: an unknown "which X Y" phrase asks for a Y ("which
// local partner", "which heavy metals"); a participle ends what a count
// question counts ("how many incidents affecting children").
func TestHeadIsLastNoun(t *testing.T) {
	for _, c := range []struct {
		q, head string
		typ     Type
	}{
		{"Which local partner was preparing to take over the programme?", "partner", TypeOther},
		{"Which heavy metals were found above recommended levels?", "metal", TypeOther},
		{"Which water management project did the officials visit?", "project", TypeOther},
		{"Which consultancy wrote the report?", "consultancy", TypeName},
	} {
		q := Parse(c.q, testNow)
		if q.Head != c.head || q.Type != c.typ {
			t.Errorf("%q: head %q type %v, want %q %v", c.q, q.Head, q.Type, c.head, c.typ)
		}
	}
	q := Parse("How many incidents affecting children were documented?", testNow)
	if len(q.Units) != 1 || q.Units[0] != "incident" {
		t.Errorf("units %q, want [incident]", q.Units)
	}
}

// TestHyponyms: things listed after a plural of the kind asked and "such
// as" or "including" answer; not after a singular (its parts), nor when the
// question itself lists a member.
func TestHyponyms(t *testing.T) {
	q := Parse("Which heavy metals were found in the river?", testNow)
	sps := hyponymSpans(&q, plainSentence("It found heavy metals, such as lead and arsenic, above recommended levels."))
	if len(sps) != 1 || sps[0].text != "lead and arsenic" {
		t.Errorf("spans %+v, want lead and arsenic", sps)
	}
	if sps := hyponymSpans(&q, plainSentence("The metal including its alloys was found.")); len(sps) != 0 {
		t.Errorf("after a singular: %+v, want none", sps)
	}
	q = Parse("Which new alliance, including the Northern Front, attacked Velora?", testNow)
	if sps := hyponymSpans(&q, plainSentence("New alliances including the Kesh Brigade attacked the city.")); len(sps) != 0 {
		t.Errorf("the question lists a member: %+v, want none", sps)
	}
}

// TestNumberedKind: a figure before the kind asked tells which one ("the
// 2009 edition"); an adjective does not ("the overall theme").
func TestNumberedKind(t *testing.T) {
	q := Parse("Which earlier edition did the guidance update?", testNow)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The guidance is an update of the 2009 edition.", true},
		{"The guidance is an update of the overall edition.", false},
	} {
		s := plainSentence(c.text)
		i := len(s.toks) - 2 // the word before "edition"
		if got := numberedKind(&q, s, i, i); got != c.want {
			t.Errorf("numberedKind(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBaselineFit: the figure a report compares its own with is marked
// down, unless the question asks about the earlier period.
func TestBaselineFit(t *testing.T) {
	s := plainSentence("A rise from the preceding quarter when 746 incidents were reported, compared to 534 in 2015; 1,305 were documented.")
	idx := func(w string) int {
		for i, t := range s.toks {
			if t.low == w {
				return i
			}
		}
		return -1
	}
	q := Parse("How many incidents were documented in the quarter?", testNow)
	for _, c := range []struct {
		w    string
		want float64
	}{{"746", -periodBonus}, {"534", -periodBonus}, {"1", 0}} {
		if got := baselineFit(&q, s, idx(c.w)); got != c.want {
			t.Errorf("baselineFit(%s) = %v, want %v", c.w, got, c.want)
		}
	}
	q = Parse("How many incidents were documented in the preceding quarter?", testNow)
	if got := baselineFit(&q, s, idx("746")); got != 0 {
		t.Errorf("asked about the preceding quarter: %v, want 0", got)
	}
}

// TestNumberWordsWithAnd: "Nine-hundred and eighteen" is 918, "two
// hundred and fifty" 250.
func TestNumberWordsWithAnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{
		{"Nine-hundred and eighteen (918) cases", 918},
		{"two hundred and fifty people", 250},
		{"thirty-five and forty", 35},
	} {
		s := plainSentence(c.text)
		if v, _, ok := readNumber(s, 0); !ok || v != c.want {
			t.Errorf("readNumber(%q) = %v, want %v", c.text, v, c.want)
		}
	}
}
