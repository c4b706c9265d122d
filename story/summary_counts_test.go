package story

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// cand is an invented sentence as a summary candidate of member m, at
// rank r and place pos of its report's lead.
func cand(text string, m, r, pos int) candidate {
	return candidate{text: text, terms: sentenceTerms(lang.Words(text)), member: m, rank: r, pos: pos}
}

func texts(cs []candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}

// killedWith is an analysis whose main killed count is v (its words w)
// beside the other figures gs.
func killedWith(v int64, w string, gs ...news.Figure) news.Analysis {
	return news.Analysis{Facts: news.Facts{Killed: &news.Figure{Value: v, Text: w, Kind: news.FigureKilled, Scope: news.ScopeMain},
		Figures: gs}}
}

// TestHeadlineToll: the headline's count is a report's count it states,
// in digits or a word.
func TestHeadlineToll(t *testing.T) {
	ms := []Member{member(1, "a", "", "", t0, killedWith(25, "At least 25")), member(2, "b", "", "", t0, killedWith(92, "Ninety-two"))}
	for _, tt := range []struct {
		head string
		want int64
	}{
		{"Strikes kill 92 civilians in Foo", 92},
		{"Ninety-two civilians killed in Foo", 92},
		{"Strikes hit Foo as talks stall", 0},
	} {
		if got := headlineToll(tt.head, ms); got != tt.want {
			t.Errorf("headlineToll(%q) = %d, want %d", tt.head, got, tt.want)
		}
	}
}

// TestLeadWithHeadline: a summary opened by an earlier report's smaller
// toll opens with the sentence stating the headline's count (issue 13,
// 2016: "At least 25" under a headline of 92; 2013: "killed dozens"
// under 1,300). Invented sentences.
func TestLeadWithHeadline(t *testing.T) {
	ms := []Member{
		member(1, "a", "", "", t0, killedWith(25, "At least 25")),
		member(2, "b", "", "", t0, killedWith(92, "Ninety-two")),
	}
	low := cand("At least 25 civilians were killed in strikes on the eastern districts of Foo on Saturday, a monitor said.", 0, 0, 1)
	high := cand("Ninety-two civilians were killed and 200 injured on Saturday by air strikes on Foo, a rescue official said.", 1, 0, 1)
	got := leadWithHeadline([]candidate{low, high}, []candidate{low, high}, ms, 92, news.Violence)
	if want := []string{high.text, low.text}; !slices.Equal(texts(got), want) {
		t.Errorf("chosen = %q, want %q", texts(got), want)
	}
	got = leadWithHeadline([]candidate{low}, []candidate{low, high}, ms, 92, news.Violence)
	if want := []string{high.text, low.text}; !slices.Equal(texts(got), want) {
		t.Errorf("from the candidates: chosen = %q, want %q", texts(got), want)
	}
	if got := leadWithHeadline([]candidate{low, high}, []candidate{low, high}, ms, 92, news.Talks); got[0].text != low.text {
		t.Errorf("talks: chosen = %q, want left alone", texts(got))
	}

	// A telling by an amount ("dozens") that the headline's count outgrew
	// gives its place to the sentence that says the same with the count.
	dozens := news.Figure{Kind: news.FigureKilled, Scope: news.ScopeMain, Word: "dozens"}
	ms = []Member{member(1, "a", "", "", t0, news.Analysis{Facts: news.Facts{Figures: []news.Figure{dozens}}}),
		member(2, "b", "", "", t0, killedWith(900, "900"))}
	amount := cand("Rockets hit the eastern suburbs of Foo on Wednesday in what activists said was a gas attack that killed dozens of people.", 0, 0, 1)
	count := cand("Rockets hit the eastern suburbs of Foo on Wednesday in what activists said was a gas attack that killed 900 people.", 1, 0, 1)
	got = leadWithHeadline([]candidate{amount}, []candidate{amount, count}, ms, 900, news.Violence)
	if want := []string{count.text}; !slices.Equal(texts(got), want) {
		t.Errorf("amount: chosen = %q, want %q", texts(got), want)
	}
	// An amount of the count's order ("dozens" beside 90) tells the same
	// toll in round words: the summary is left alone.
	ms[1].Analysis.Facts.Killed.Value, ms[1].Analysis.Facts.Killed.Text = 90, "90"
	seventy := cand("Rockets hit the eastern suburbs of Foo on Wednesday in what activists said was a gas attack that killed 90 people.", 1, 0, 1)
	got = leadWithHeadline([]candidate{amount}, []candidate{amount, seventy}, ms, 90, news.Violence)
	if want := []string{amount.text}; !slices.Equal(texts(got), want) {
		t.Errorf("amount of the count's order: chosen = %q, want %q", texts(got), want)
	}
}

// TestAgreeingCounts: after a first sentence of five killed, a second
// telling four with no source goes; one telling fifteen as activists'
// report stays (issue 13, 2016 clinic item). Invented sentences.
func TestAgreeingCounts(t *testing.T) {
	ms := []Member{
		member(1, "a", "", "", t0, killedWith(5, "Five")),
		member(2, "b", "", "", t0, killedWith(4, "Four")),
		member(3, "c", "", "", t0, killedWith(15, "15")),
	}
	five := cand("Five medics were killed when an air strike hit a clinic near Foo late on Tuesday, a relief group said.", 0, 0, 1)
	four := cand("Four staff of the relief group were killed when an air strike levelled a clinic in a village near Foo.", 1, 0, 1)
	fifteen := cand("Jets bombed a medical centre in the town of Bar on Wednesday killing 15 members of its staff, activists reported.", 2, 0, 1)
	got := agreeingCounts([]candidate{five, four, fifteen}, []candidate{five, four, fifteen}, ms, 5, nil)
	if want := []string{five.text, fifteen.text}; !slices.Equal(texts(got), want) {
		t.Errorf("chosen = %q, want %q", texts(got), want)
	}
	// A count told as added to another is no rival.
	more := cand("Another 12 medical staff were killed in a second strike on the town of Bar, on the road north.", 1, 1, 2)
	ms[1].Analysis.Facts.Figures = []news.Figure{{Kind: news.FigureKilled, Value: 12, Text: "12", Scope: news.ScopeAlternative}}
	got = agreeingCounts([]candidate{five, more}, []candidate{five, more}, ms, 5, nil)
	if want := []string{five.text, more.text}; !slices.Equal(texts(got), want) {
		t.Errorf("added: chosen = %q, want %q", texts(got), want)
	}
	// A sentence with no count, of a report that does not lead with a
	// reaction, takes the dropped one's place.
	calm := cand("Rescuers searched the rubble of the clinic through the night for more of its staff.", 2, 1, 2)
	got = agreeingCounts([]candidate{five, four}, []candidate{five, four, calm}, ms, 5, nil)
	if want := []string{five.text, calm.text}; !slices.Equal(texts(got), want) {
		t.Errorf("refilled: chosen = %q, want %q", texts(got), want)
	}
}

// TestIntroduced: a sentence pointing back at a group enters right after
// the sentence of its report that names it, or not at all (issue 13, 2016:
// "Ibrahim al-Hajj a volunteer with the group said ..."). Invented
// sentences.
func TestIntroduced(t *testing.T) {
	lead := cand("Strikes on the city of Foo killed 40 civilians on Friday, a monitor said.", 0, 0, 1)
	named := cand("The Foo Rescue League said its teams pulled 12 people alive from the rubble.", 0, 1, 2)
	lean := cand("John Roe a volunteer with the group said people were cowering in their homes.", 0, 2, 3)
	other := cand("Aid has not reached the besieged districts in weeks, residents said.", 1, 0, 1)
	all := []candidate{lead, named, lean, other}
	for _, tt := range []struct {
		name   string
		chosen []candidate
		want   []string
	}{
		{"brought in", []candidate{lead, lean}, []string{lead.text, named.text, lean.text}},
		{"moved before", []candidate{lead, lean, named}, []string{lead.text, named.text, lean.text}},
		{"no room", []candidate{lead, lean, other}, []string{lead.text, other.text}},
		{"in place", []candidate{lead, named, lean}, []string{lead.text, named.text, lean.text}},
	} {
		if got := introduced(tt.chosen, all); !slices.Equal(texts(got), tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, texts(got), tt.want)
		}
	}
	// A body named before by its noun, capitalised, introduces it however
	// far back; a closing sayer points back as an opening one does.
	obs := cand("Air strikes killed ten civilians in the east of Foo, the Foo Observatory for Human Rights says.", 2, 0, 1)
	per := cand("According to the observatory three of the dead were children under the age of ten.", 2, 2, 4)
	rubble := cand("The clinic was levelled and more dead were feared under the rubble the group added.", 1, 1, 2)
	if got := introduced([]candidate{obs, per}, []candidate{obs, per}); !slices.Equal(texts(got), []string{obs.text, per.text}) {
		t.Errorf("named before: got %q, want both", texts(got))
	}
	if got := introduced([]candidate{lead, rubble}, []candidate{lead, rubble}); !slices.Equal(texts(got), []string{lead.text}) {
		t.Errorf("closing sayer: got %q, want the lead alone", texts(got))
	}
	// A place named by its kind follows a sentence that names a town; after
	// one that names only a country it is left out.
	town := cand("Strikes on the town of Foo in Hama killed 40 civilians on Friday, a monitor said.", 3, 0, 1)
	country := cand("Strikes in Syria killed 40 civilians on Friday, a monitor said.", 3, 0, 1)
	kind := cand("Rescuers said the strikes destroyed a bakery in the centre of the town.", 3, 2, 3)
	if got := introduced([]candidate{town, kind}, []candidate{town, kind}); !slices.Equal(texts(got), []string{town.text, kind.text}) {
		t.Errorf("town named before: got %q, want both", texts(got))
	}
	if got := introduced([]candidate{country, kind}, []candidate{country, kind}); !slices.Equal(texts(got), []string{country.text}) {
		t.Errorf("country named before: got %q, want the lead alone", texts(got))
	}
	// Its report's sentence before it is no candidate: it is left out.
	if got := introduced([]candidate{lead, lean}, []candidate{lead, lean}); !slices.Equal(texts(got), []string{lead.text}) {
		t.Errorf("no antecedent: got %q, want the lead alone", texts(got))
	}
}

// TestPlaceMeant: a sentence naming a place by its kind ("the province")
// follows a sentence that names the place its own report meant by it (the
// nearest one its report names before it), from any report; after one of
// another place it is left out, or comes in with its report's sentence
// before it. Invented sentences.
func TestPlaceMeant(t *testing.T) {
	daraa := cand("A car bomb killed 22 people outside a mosque in Daraa province on Friday, a monitor said.", 0, 0, 1)
	aleppo := cand("In Aleppo, barrel bombs dropped by helicopters killed ten people in rebel-held districts.", 0, 1, 2)
	aid := cand("The Red Cross said it was delivering medical aid to all parts of the province.", 0, 3, 4)
	next := cand("The Red Cross said it was delivering medical aid to all parts of the province.", 0, 2, 3)
	other := cand("Helicopters dropped barrel bombs on rebel-held districts of Aleppo on Friday, activists said.", 1, 0, 1)
	for _, tt := range []struct {
		name        string
		chosen, all []candidate
		want        []string
	}{
		{"another province before", []candidate{daraa, aid}, []candidate{daraa, aleppo, aid}, []string{daraa.text}},
		{"its sentence brought in", []candidate{daraa, next}, []candidate{daraa, aleppo, next}, []string{daraa.text, aleppo.text, next.text}},
		{"its province before", []candidate{aleppo, aid}, []candidate{daraa, aleppo, aid}, []string{aleppo.text, aid.text}},
		{"named by another report", []candidate{other, aid}, []candidate{daraa, aleppo, aid, other}, []string{other.text, aid.text}},
		{"the nearest place its report names before it", []candidate{daraa, aid}, []candidate{daraa, aid}, []string{daraa.text, aid.text}},
	} {
		if got := introduced(tt.chosen, tt.all); !slices.Equal(texts(got), tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, texts(got), tt.want)
		}
	}
}

// TestPlacesBefore: past its report's lead, a sentence naming a place by
// its kind means the place of the nearest sentence before it in its
// report's text. Invented text.
func TestPlacesBefore(t *testing.T) {
	text := "A car bomb killed 22 people outside a mosque in Daraa province on Friday, a monitor said. " +
		"Helicopters dropped barrel bombs on two districts of Aleppo city, killing ten people. " +
		"Fighting has left civilians short of water and medicine, the Red Cross said. " +
		"The Red Cross said it was delivering medical aid to all parts of the province."
	m := &Member{}
	m.Article.Text = text
	if got := placesBefore(m, "The Red Cross said it was delivering medical aid to all parts of the province."); !slices.Equal(got, []string{"Aleppo"}) {
		t.Errorf("placesBefore = %q, want [Aleppo]", got)
	}
	if got := placesBefore(m, "The Red Crescent said its teams reached the edge of the town on foot."); got != nil {
		t.Errorf("placesBefore of a sentence not in the text = %q, want nil", got)
	}
}
