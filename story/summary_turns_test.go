package story

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// Invented sentences throughout.

func TestPartiesBack(t *testing.T) {
	for s, want := range map[string]bool{
		"The two rebel groups were allies until a split early this year.": true,
		"The three men were taken to a hospital in the town.":             true,
		"Both sides accuse each other of breaking the truce.":             true,
		"Both Ivanov and Moreau said the talks would resume on Monday.":   false, // named here
		"The two days of talks ended without a statement.":                false, // a span of time
		"The Two Rivers Council said its offices were closed.":            false, // a name
		"The army said two soldiers were killed.":                         false,
	} {
		if got := partiesBack(s); got != want {
			t.Errorf("partiesBack(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestEventBack(t *testing.T) {
	for s, want := range map[string]string{
		"Among the dead in the blast were two teachers, the monitor said.":   "blast",
		"The news of the killings reached the village on Sunday.":            "killings",
		"The blast hit a market in the old city.":                            "", // its subject: the event itself
		"Five people were killed in the attack on the offices of the party.": "", // told what it was
		"Rescuers searched the rubble after the strike on the school.":       "",
		"The group also lost many men in the air raids.":                     "raids",
	} {
		if got := eventBack(s); got != want {
			t.Errorf("eventBack(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestQuotes(t *testing.T) {
	for s, want := range map[string]bool{
		`"The charges were placed under the stage."`:                true,
		`"The charges were placed under the stage" he said.`:        false,
		`"We will rebuild the bridge" the governor told reporters.`: false,
	} {
		if got := speakerlessQuote(s); got != want {
			t.Errorf("speakerlessQuote(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		`"Some 30 more fighters fell near the dam" Reports also said on Monday that the rebels lost 90 men this week.`: true,
		`"The bridge is closed" officials said that night in a statement.`:                                             false,
		`"The car was packed with explosives" said the monitor adding that the driver also died.`:                      false,
		`"We will stay" he said.`: false,
	} {
		if got := gluedQuote(s); got != want {
			t.Errorf("gluedQuote(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTurnsAway(t *testing.T) {
	before := []string{"Air raids kill 12 in rural Aleppo",
		"Air raids on the town of Al Bab in rural Aleppo killed 12 civilians on Monday, the monitor said."}
	for s, want := range map[string]bool{
		"Government forces also shelled the town of Douma in rural Damascus, killing three.":         true, // a place not told
		"Government aircraft also dropped barrel bombs on the market of Al Bab.":                     false,
		"In the east of Aleppo the army continued to battle rebels in the old city.":                 true,
		"In northern Syria the monitor reported five people killed when a mine went off.":            true,
		"North of Aleppo city the jihadists seized a village near the border.":                       true,
		"Elsewhere rebels attacked a checkpoint in Homs province.":                                   true,
		"Rescuers pulled the bodies of four children from the rubble of a house in Al Bab.":          false,
		"In the afternoon a second raid hit the same street, wounding dozens of people in the town.": false,
	} {
		if got := turnsAway(s, before); got != want {
			t.Errorf("turnsAway(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestBackgroundClause(t *testing.T) {
	for s, want := range map[string]bool{
		"Clashes between the two sides have been frequent and last month witnessed heavy fighting in the oil town.": true,
		"Last year saw the worst drought in the valley in decades.":                                                 true,
		"Kidnappings have been common along the highway.":                                                           true,
		"The militia expelled the fighters from the town last month, the monitor said.":                             false,
		"The raids came a day after the ministry said it was looking into reports of strikes on a market.":          true,
		"The shelling comes two days before the envoy said talks would resume in the capital.":                      true,
		"The raid came a day after the group seized eight fighters of a rival brigade.":                             false,
		"The convoy came under fire after it left the depot, the agency said.":                                      false,
		"Reinforcements came after the rebels seized the crossing.":                                                 false,
	} {
		if got := backgroundClause(s); got != want {
			t.Errorf("backgroundClause(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSummaryOneEvent: a report's later sentences that turn to another
// event (another place's raids told with "also", "In the east of ..."),
// tell background as their clause, or are a quote with no speaker stay
// out of its story's summary; one that counts parties named before enters
// only after the sentence that names them.
func TestSummaryOneEvent(t *testing.T) {
	vio := news.Analysis{Categories: []news.Category{news.Violence}, Scores: map[news.Category]float64{news.Violence: 0.9}}
	lead := "Air raids on the town of Al Bab in rural Aleppo killed 12 civilians on Monday, the monitor said."
	also := "Government forces also shelled the town of Douma in rural Damascus, killing three people and wounding dozens."
	quote := `"The pilots flew low over the market before dawn."`
	s := Build([]Member{member(1, "wire", "Air raids kill 12 in rural Aleppo", lead+" "+quote+" "+also, t0, vio)})
	if !strings.HasPrefix(s.Summary, "Air raids on the town of Al Bab") || strings.Contains(s.Summary, "Douma") || strings.Contains(s.Summary, "pilots") {
		t.Errorf("Summary = %q, want the Al Bab raids without Douma's shelling or the quote", s.Summary)
	}

	lead = "Fighting between rival rebel groups killed 30 fighters in the east of the country over two days, activists said."
	named := "The monitor said the clashes pitted the Falcon Brigade against the Lions of the Valley."
	two := "The two factions were allies until a dispute over a border crossing early this year split them."
	back := "Rebel infighting has been frequent along the border and last month witnessed heavy clashes in the oil town of Qamar."
	s = Build([]Member{member(2, "wire", "Rebel infighting kills 30", lead+" "+named+" "+two+" "+back, t0, vio)})
	if strings.Contains(s.Summary, "last month witnessed") {
		t.Errorf("Summary = %q, want no background clause", s.Summary)
	}

	lead = "Jets struck the town of Velm in the north on Sunday killing 14 fighters, a monitor said."
	round := "The army also repelled attacks and struck the militants' positions across the country killing and injuring scores of them."
	s = Build([]Member{member(3, "wire", "Jets kill 14 in Velm", lead+" "+round, t0, vio)})
	if strings.Contains(s.Summary, "across the country") {
		t.Errorf("Summary = %q, want no round-up of the whole country after the Velm strikes", s.Summary)
	}
	if i := strings.Index(s.Summary, "The two factions"); i >= 0 && !strings.Contains(s.Summary[:i], "Falcon Brigade") {
		t.Errorf("Summary = %q, want the two factions only after the sentence naming them", s.Summary)
	}
}

func TestBareSurname(t *testing.T) {
	text := "Shelling went on for a week, said Anna Kovalenko the council's deputy head. Local sources said the roads were cut. According to the council the town has no power."
	for s, want := range map[string]bool{
		"Kovalenko called on the world to press for a corridor.": true,
		"Kovalenko heads a relief group in the valley.":          true,
		"Local sources said the roads were cut.":                 false,
		"According to the council the town has no power.":        false,
		"Syria denied the report on Monday.":                     false, // a place
	} {
		if got := bareSurname(s, surnamesOf(text)); got != want {
			t.Errorf("bareSurname(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSummaryNamesKnown: a later sentence that names a person by a
// surname its report gave whole in a sentence the summary leaves out stays
// out; a sentence past its report's first that points at "the killings"
// does not open the summary.
func TestSummaryNamesKnown(t *testing.T) {
	vio := news.Analysis{Categories: []news.Category{news.Violence}, Scores: map[news.Category]float64{news.Violence: 0.9}}
	ms := []Member{member(1, "wire", "Shelling in Vellmar", "Shelling went on for a week, said Anna Kovalenko the council's deputy head.", t0, vio)}
	chosen := []candidate{{text: "Shelling hit the town of Vellmar for the tenth day in a row."},
		{text: "Kovalenko called on the world to press for a corridor."}}
	if got := namesKnown(chosen, ms); len(got) != 1 {
		t.Errorf("namesKnown kept %d sentences, want 1 (no Kovalenko before)", len(got))
	}
	chosen[0].text = "Anna Kovalenko said shelling hit the town of Vellmar for the tenth day in a row."
	if got := namesKnown(chosen, ms); len(got) != 2 {
		t.Errorf("namesKnown kept %d sentences, want 2 (Kovalenko named first)", len(got))
	}

	back := candidate{text: "The news of the killings was given to the charity by a priest of the village.", pos: 2}
	lead := candidate{text: "Gunmen shot dead 9 farmers in the village of Ostrow on Friday, a church source said.", pos: 1}
	if got := standAloneFirst([]candidate{back, lead}, nil); got[0].text != lead.text {
		t.Errorf("standAloneFirst opens with %q, want the shooting", got[0].text)
	}
	subj := candidate{text: "The bombing came ahead of a meeting planned in the building.", pos: 3}
	if got := standAloneFirst([]candidate{back, subj}, nil); got[0].text != back.text {
		t.Errorf("standAloneFirst opens with %q, want no 'The bombing' sentence put first", got[0].text)
	}
}

func TestDescribesMedia(t *testing.T) {
	for s, want := range map[string]bool{
		"A video released on Sunday by the army shows fighters firing rockets near the dam.": true,
		"The footage shows smoke rising over the old market.":                                true,
		"A video journalist was killed in the shelling of the market on Sunday.":             false,
		"The army said its jets struck positions near the dam on Sunday.":                    false,
	} {
		if got := describesMedia(s); got != want {
			t.Errorf("describesMedia(%q) = %v, want %v", s, got, want)
		}
	}
}

// surnamesOf returns the surnames the analysis carries of an invented
// report's text (news.Analysis.Surnames).
func surnamesOf(text string) []string {
	var an news.Analysis
	analyze.MarkCarried(&news.Article{Text: text}, &an)
	return an.Surnames
}

// namedWholeOf returns the short names the analysis carries of an invented
// report's text (news.Analysis.NamedWhole).
func namedWholeOf(text string) []string {
	var an news.Analysis
	analyze.MarkCarried(&news.Article{Text: text}, &an)
	return an.NamedWhole
}
