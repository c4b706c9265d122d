package story

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestPlaceHeading: a round-up's paragraph headed by a province's or a
// city's name reads, stripped of its layout, "Hama An army unit ...": the
// name is cut from the sentence. A name the gazetteer does not know, or a
// place that is the sentence's subject, stays.
func TestPlaceHeading(t *testing.T) {
	for in, want := range map[string]string{
		"Hama An army unit clashed with fighters north of the city on Friday.":             "An army unit clashed with fighters north of the city on Friday.",
		"Deir Ezzor The air force hit fortifications on the southern edge of the city.":    "The air force hit fortifications on the southern edge of the city.",
		"Aleppo In the same context two women were hurt by shells in a market.":            "In the same context two women were hurt by shells in a market.",
		"Norland The army said it pulled back from two villages.":                          "Norland The army said it pulled back from two villages.",
		"Hama residents said the power had been cut for three days.":                       "Hama residents said the power had been cut for three days.",
		"Aleppo remains divided between the army and rebels after four years of fighting.": "Aleppo remains divided between the army and rebels after four years of fighting.",
	} {
		if got := dropSubheading(in); got != want {
			t.Errorf("dropSubheading(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestQuoteTail: a sentence break inside a quote leaves a sentence that
// starts in the quote's middle; a quote that opens inside a sentence, or
// opens it, is whole.
func TestQuoteTail(t *testing.T) {
	for s, want := range map[string]bool{
		`The town is almost cut off" Abu Karim said.`:          true,
		`Nobody dares to use the road” a driver said.`:         true,
		`He called the raid "a massacre" on Friday.`:           false,
		`"We will stay" he said.`:                              false,
		`The governor said the bridge would reopen next week.`: false,
	} {
		if got := quoteTail(s); got != want {
			t.Errorf("quoteTail(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestContextTurn: "In the same context ..." points at the paragraph
// before it and turns to another event; "In the context of ..." does not.
func TestContextTurn(t *testing.T) {
	before := []string{"Bomb kills five in Latakia", "A motorcycle bomb killed five people in Latakia on Thursday."}
	for s, want := range map[string]bool{
		"In the same context a woman was killed by shells fired on the old market.": true,
		"In a related development two fighters were captured near the dam.":         true,
		"In another context the ministry said schools would reopen on Sunday.":      true,
		"In the context of the talks the envoy met both delegations on Monday.":     false,
		"In the same street a second bomb was defused by the police.":               false,
	} {
		if got := contextTurn(wordsLower(s)); got != want {
			t.Errorf("contextTurn(%q) = %v, want %v", s, got, want)
		}
		if got := turnsAway(s+" in Douma", before); got != want {
			t.Errorf("turnsAway(%q) = %v, want %v", s+" in Douma", got, want)
		}
	}
	if s := "In the same context a second bomb wounded two people in Latakia."; turnsAway(s, before) {
		t.Errorf("turnsAway(%q) = true, want false: the place told before", s)
	}
	for _, s := range []string{"In the same context a woman was killed by shells fired on the old market.",
		"Since then more than 2000 people have been killed in the province.",
		"The injured persons were taken to hospitals in the city for treatment.",
		"The dead included two children and a woman, the monitor said."} {
		if c := cand(s, 0, 3, 4); !leansOn(c) {
			t.Errorf("leansOn(%q) = false, want true", c.text)
		}
	}
	if c := cand("The victims of the shelling of Kafr Dael were buried on Sunday.", 0, 0, 1); leansOn(c) {
		t.Errorf("leansOn(%q) = true, want false: it tells what the victims were of", c.text)
	}
}

// TestHeadlinePlace: a round-up of fighting across the country gives way
// to the sentence that tells the headline's place; without such a
// sentence, or under a headline with no place, it stays.
func TestHeadlinePlace(t *testing.T) {
	round := cand("Army units struck the positions of armed groups across the country killing dozens of them on Friday.", 0, 0, 1)
	hama := cand("An army unit repelled an attack on two villages north of Hama city on Friday a military source said.", 0, 2, 3)
	other := cand("Two trucks carrying ammunition were destroyed near the river on Friday.", 0, 1, 2)
	cands := []candidate{round, other, hama}
	got := texts(headlinePlace([]candidate{round, other}, cands, "Army kills 28 fighters in Hama"))
	if want := []string{hama.text, other.text}; !slices.Equal(got, want) {
		t.Errorf("headlinePlace = %q, want %q", got, want)
	}
	if got := texts(headlinePlace([]candidate{round, other}, cands, "Army kills dozens of fighters")); !slices.Equal(got, []string{round.text, other.text}) {
		t.Errorf("headlinePlace with no place = %q, want the round-up kept", got)
	}
	if got := texts(headlinePlace([]candidate{round}, []candidate{round, other}, "Army kills 28 fighters in Hama")); !slices.Equal(got, []string{round.text}) {
		t.Errorf("headlinePlace with no sentence of Hama = %q, want the round-up kept", got)
	}
	for s, want := range map[string]bool{
		round.text: true,
		"Rebels advanced on several fronts in the north, the monitor said.": true,
		"Activists said fighting spread to the country's north after dawn.": false,
	} {
		if got := roundUp(s); got != want {
			t.Errorf("roundUp(%q) = %v, want %v", s, got, want)
		}
	}
}

func wordsLower(s string) []string { return lang.Words(lang.Lower(s)) }

// TestMergePlacesTownBeforeCity: among places as many reports name, the
// one they name more often comes first; named as often, a town comes
// before a city (the town where strikes hit, "in Norvik province", beside
// the city the report names for the province).
func TestMergePlacesTownBeforeCity(t *testing.T) {
	an := func(ps ...news.Entity) news.Analysis { return news.Analysis{Places: ps} }
	city := news.Entity{Name: "Aleppo", Kind: "city", Count: 3, Lead: true}
	town := news.Entity{Name: "Manbij", Kind: "town", Count: 3, Lead: true}
	names := func(es []news.Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.Name)
		}
		return out
	}
	ms := []Member{member(1, "wire", "t", "x", t0, an(city, town))}
	if got := names(mergePlaces(ms)); !slices.Equal(got, []string{"Manbij", "Aleppo"}) {
		t.Errorf("mergePlaces, a tie = %q, want the town first", got)
	}
	more := city
	more.Count = 7
	ms = []Member{member(1, "wire", "t", "x", t0, an(town, more))}
	if got := names(mergePlaces(ms)); !slices.Equal(got, []string{"Aleppo", "Manbij"}) {
		t.Errorf("mergePlaces, a city named more often = %q, want it first", got)
	}
	ms = []Member{member(1, "wire", "t", "x", t0, an(city, town)), member(2, "afp", "t", "x", t0, an(city))}
	if got := names(mergePlaces(ms)); !slices.Equal(got, []string{"Aleppo", "Manbij"}) {
		t.Errorf("mergePlaces, a city more reports name = %q, want it first", got)
	}
}
