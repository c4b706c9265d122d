package story

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestIntroducedShortName: a sentence that gives its sayer by a short
// name ("The Monitor says ...") enters a summary only after one that names
// the body whole; when the summary lacks it, the report's sentence before
// it that names the body comes in with it, taking the room of the chosen
// sentences after it; with no such sentence the short-named one is left
// out. Invented sentences.
func TestIntroducedShortName(t *testing.T) {
	report := "Rebel infighting in Norland has killed 40 fighters over two days activists say. " +
		"The Velm-based Norland Monitor for Civil Rights says the fighting flared up in the east of Velm province on Sunday. " +
		"The Monitor says the clashes pitted two rebel groups against each other. " +
		"The two groups were allies until last year."
	lead := candidate{text: "Rebel infighting in Norland has killed 40 fighters over two days activists say.", pos: 1}
	whole := candidate{text: "The Velm-based Norland Monitor for Civil Rights says the fighting flared up in the east of Velm province on Sunday.", pos: 2}
	short := candidate{text: "The Monitor says the clashes pitted two rebel groups against each other.", pos: 3}
	later := candidate{text: "The two groups were allies until last year.", pos: 4}
	for _, c := range []*candidate{&lead, &whole, &short, &later} {
		c.terms = sentenceTerms(strings.Fields(strings.ToLower(c.text)))
		c.nameBack = analyze.NameBack(c.text, namedWholeOf(report))
	}
	if short.nameBack != "Monitor" || whole.nameBack != "" {
		t.Fatalf("nameBack = %q, %q; want Monitor, none", short.nameBack, whole.nameBack)
	}
	cands := []candidate{lead, whole, short, later}
	got := texts(introduced([]candidate{lead, short, later}, cands))
	want := []string{lead.text, whole.text, short.text}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("introduced = %q, want %q (the whole name brought in before the short one)", got, want)
	}
	if got := texts(introduced([]candidate{lead, whole, short}, cands)); len(got) != 3 {
		t.Errorf("introduced = %q, want all three (named whole before)", got)
	}
	if got := texts(introduced([]candidate{lead, short}, []candidate{lead, short})); len(got) != 1 {
		t.Errorf("introduced = %q, want the lead alone (no sentence names the Monitor whole)", got)
	}
	if !leansOn(short) || leansOn(whole) {
		t.Errorf("leansOn(short, whole) = %v, %v; want true, false: a short name opens no summary", leansOn(short), leansOn(whole))
	}
}

// TestFurtherSaid: a sayer's "further said" goes on from what its report
// told before; "said" alone, or "further" elsewhere, does not. Invented
// sentences.
func TestFurtherSaid(t *testing.T) {
	for s, want := range map[string]bool{
		"The monitor further said the jets carried out a dozen raids on the town.":         true,
		"The ministry further stated that the convoy had been delayed.":                    true,
		"The monitor said the jets carried out a dozen raids on the town.":                 false,
		"The army pushed further into the valley, a commander said.":                       false,
		"Head of the monitor Karim Dalou also stated that six of the raids hit the court.": true,
		"The rebels also seized two villages, the monitor said.":                           false,
	} {
		if got := furtherSaid(s); got != want {
			t.Errorf("furtherSaid(%q) = %v, want %v", s, got, want)
		}
	}
	ms := []Member{member(1, "wire", "Jets pound Velm", "Jets pounded the rebel-held town of Velm on Sunday killing at least 19 fighters. "+
		"Reporting the raids the Norland Monitor further said the jets carried out a dozen raids on the town over the past day.", t0, news.Analysis{})}
	if s := Build(ms).Summary; strings.Contains(s, "further said") {
		t.Errorf("Summary = %q, want no 'further said' sentence", s)
	}
}
