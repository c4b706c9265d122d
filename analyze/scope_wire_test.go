package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestScopeWireRecalled holds invented wire-copy sentences (written from
// wire style, not taken from any labelled item) whose earlier event the
// sentence marks without a publication date to go by, and counts written
// with verbs of killing that are no "kill" ("shot dead", "gunned down", "a
// massacre of") or tell of a threat ("to execute").
func TestScopeWireRecalled(t *testing.T) {
	tests := []struct {
		name, text string
		main       int64 // the main killed count, 0 for none
		background []int64
	}{
		{"a day after killing: the earlier toll",
			"Gunmen shot dead 12 policemen on Sunday, a day after killing 20 people in attacks on army posts.", 12, []int64{20}},
		{"gunned down", "Militants gunned down 7 villagers near the border on Tuesday, officials said.", 7, nil},
		{"a massacre of", "Gunmen carried out a massacre of 30 police recruits on Monday, officials said.", 30, nil},
		{"several years ago", "The relatives of five tourists killed in an attack several years ago called for an inquiry.", 0, []int64{5}},
		{"last weekend", "The government offered a reward to catch the gunmen who killed 20 people in a grenade attack on a rally last weekend.", 0, []int64{20}},
		{"last with a month", "The fire that sank the ship and killed over 100 people last Feb. 27 was caused by a bomb, investigators said.", 0, []int64{100}},
		{"a date with its year",
			"The embassy, damaged in the attacks killing 16 people on November 20, 2003, was reopened on Monday.", 0, []int64{16}},
		{"last week's", "Following last week's massacre of at least 90 refugees at a camp, the government moved the rest to safety.", 0, []int64{90}},
		{"an aside of what the counted were", "At least 120 people, almost half of them children, died in the fighting, a senior official said.", 120, nil},
		{"an aside with most of them", "At least 45 people, most of them civilians, were killed in the shelling.", 45, nil},
		{"a day earlier may be the aftermath's own event",
			"Mourners buried the victims of a bombing at a market that killed at least 25 people a day earlier.", 25, nil},
		{"a dateline's year dates no event",
			"Children killed by mine Kabul, 3 March 2005 - UNICEF said it was saddened by the death of 4 children in a mine blast on Sunday.", 4, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Text: tt.text}).Facts
			if got := f.Killed; (got == nil) != (tt.main == 0) || got != nil && got.Value != tt.main {
				t.Errorf("killed = %+v, want %d", got, tt.main)
			}
			for _, v := range tt.background {
				if !slices.ContainsFunc(f.Figures, func(g news.Figure) bool { return g.Value == v && g.Scope == news.ScopeBackground }) {
					t.Errorf("figures %+v lack %d as background", f.Figures, v)
				}
			}
		})
	}
	f := Analyze(&news.Article{Text: "The deadline set by the kidnappers to execute three hostages passed overnight with no word on their fate."}).Facts
	if f.Killed != nil || slices.ContainsFunc(f.Figures, func(g news.Figure) bool { return g.Kind == news.FigureKilled }) {
		t.Errorf("killed = %+v, figures %+v: a threat to execute is no death toll", f.Killed, f.Figures)
	}
}

// TestScopeWireFollowUp holds invented wire-copy sentences whose news is
// what followed an attack (questioning, arrests, a sentence, an inquiry, a
// claim of earlier attacks) or an attack of an earlier year: the attack's
// toll is background, not the main event's; and counts that stay the main
// event's though a follow-up word stands near.
func TestScopeWireFollowUp(t *testing.T) {
	tests := []struct {
		name, text string
		main       int64 // the main killed count, 0 for none
		background []int64
	}{
		{"questioning in connection with an attack",
			"Police said on Monday they were questioning three men in connection with a bomb attack on a market in the north that killed five people.", 0, []int64{5}},
		{"arrests over a blast", "Police have arrested two suspects, among them a driver, over a blast outside a hotel in the capital that killed 8 people, the police chief said.", 0, []int64{8}},
		{"jailed for a bombing of an earlier year", "A court jailed three men for the 1998 bombing of a ferry, which killed 40 passengers.", 0, []int64{40}},
		{"investigations into a dated attack, killed and wounded",
			"The government asked foreign police to help investigations into the Jan. 5 grenade attack on a rally which killed 14 people and wounded 200.", 0, []int64{14, 200}},
		{"involvement in an attack",
			"Officials said they had proof of the neighbour's involvement in the suicide attack in the port city in which 9 people were killed and more than 40 injured.", 0, []int64{9, 40}},
		{"an inquiry into a massacre", "The government ordered an inquiry on Monday into a massacre of 30 police recruits.", 0, []int64{30}},
		{"a toll of last year",
			"The envoy met families of the 15 staff killed in a bombing that destroyed the agency's offices in the capital last year.", 0, []int64{15}},
		{"attacks of recent weeks", "The rebel commander claimed attacks that have killed more than 300 people in recent weeks.", 0, []int64{300}},
		{"other recent attacks", "The rebel leader took responsibility for a school siege and other recent attacks that have killed more than 300 people.", 0, []int64{300}},
		{"years ago, far from the count",
			"Relatives of four foreign tourists killed in two bomb attacks on a beach resort in the south several years ago asked for an inquiry.", 0, []int64{4}},
		{"last weekend, far from the count",
			"The government offered a reward to catch the men who killed 14 people and injured dozens in a bomb attack on a crowded rally last weekend.", 0, []int64{14}},
		{"a group known by an earlier deed", "The hostages were shown on a video posted by the same group that killed 11 foreign drivers.", 0, []int64{11}},
		// the main event's own toll, though a follow-up word stands near
		{"arrests in the raid that killed", "Troops arrested 20 people in a raid on a village that killed three militants, the army said.", 3, nil},
		{"suspect as a verb", "Police said they suspect two bombers in the car set off the blast, killing six people.", 6, nil},
		{"an offensive that began last weekend", "Troops killed at least 60 fighters in an offensive which began last weekend, the monitor said.", 60, nil},
		{"a car bomb beside an earlier year's", "A car bomb killed 12 people on Tuesday, the deadliest attack since the 2003 bombing of the embassy.", 12, nil},
		// a close call left to the massacre: the inquiry is into a cause ("whether ...")
		{"an inquiry into whether", "The ministry ordered an inquiry into whether a lapse in security allowed the massacre of 40 recruits.", 40, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Text: tt.text}).Facts
			if got := f.Killed; (got == nil) != (tt.main == 0) || got != nil && got.Value != tt.main {
				t.Errorf("killed = %+v, want %d", got, tt.main)
			}
			if tt.main == 0 && f.Injured != nil {
				t.Errorf("injured = %+v, want none", f.Injured)
			}
			for _, v := range tt.background {
				if !slices.ContainsFunc(f.Figures, func(g news.Figure) bool { return g.Value == v && g.Scope == news.ScopeBackground }) {
					t.Errorf("figures %+v lack %d as background", f.Figures, v)
				}
			}
		})
	}
}

// TestScopeWireGroups holds invented wire-copy tolls told in groups: parts
// add when one sentence gives them as one toll (GUIDE.md), also a person
// told one by one ("and their guide"); "one of the wounded" and "four
// decades" are no tolls.
func TestScopeWireGroups(t *testing.T) {
	tests := []struct {
		name, text      string
		killed, injured int64 // 0 for none
		parts           []int64
	}{
		{"a group and one more", "Three policemen and a civilian were killed when a bomb exploded in the market on Sunday.", 4, 0, []int64{3, 1}},
		{"a group and their guide", "Gunmen opened fire on a bus on Monday, killing two tourists and their local guide.", 3, 0, []int64{2}},
		{"wounded in groups", "Shelling on Friday wounded 24 villagers and a soldier, the army said.", 0, 25, []int64{24}},
		{"two verbs, two tolls", "Three policemen were killed and a civilian was wounded in the blast.", 3, 1, nil},
		{"one of the wounded", "One of the wounded was a shepherd who was hit by a stray bullet, a witness said.", 0, 0, nil},
		{"decades", "Leaders prepared for the end of an era as the man who led the movement for the past four decades lay brain dead in a hospital.", 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Text: tt.text}).Facts
			if got := f.Killed; (got == nil) != (tt.killed == 0) || got != nil && got.Value != tt.killed {
				t.Errorf("killed = %+v, want %d", got, tt.killed)
			}
			if got := f.Injured; (got == nil) != (tt.injured == 0) || got != nil && got.Value != tt.injured {
				t.Errorf("injured = %+v, want %d", got, tt.injured)
			}
			for _, v := range tt.parts {
				if !slices.ContainsFunc(f.Figures, func(g news.Figure) bool { return g.Value == v && g.Scope == news.ScopePart }) {
					t.Errorf("figures %+v lack %d as a part", f.Figures, v)
				}
			}
		})
	}
}

// TestScopeWireAsAside holds invented wire leads of political news that set
// deaths beside them with "as" or "even as": another event, not the
// article's; and leads whose own clause tells of fighting, where the deaths
// after "as" are the event's.
func TestScopeWireAsAside(t *testing.T) {
	tests := []struct {
		name, title, text string
		main              int64 // the main killed count, 0 for none
	}{
		{"a plea beside deaths", "", "Hostage begs capital to drop troop plan BAGHDAD - A kidnapped engineer pleaded with his government to save his life by dropping a plan to send more troops, as nine people died in air strikes on the city.", 0},
		{"even as", "", "Premier to urge party unity LONDON - The prime minister will urge his party on Monday to unite for an election, seeking to heal rifts over the war even as three more soldiers die in the south.", 0},
		{"the lead's own fighting", "", "Tanks push into town GAZA - Israeli tanks stormed the town on Tuesday, as fighting killed five gunmen.", 5},
		{"a title that tells of deaths", "Five killed as tanks push into town", "Israeli tanks pushed into the town on Tuesday, as five gunmen died in the streets.", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Analyze(&news.Article{Title: tt.title, Text: tt.text}).Facts
			if got := f.Killed; (got == nil) != (tt.main == 0) || got != nil && got.Value != tt.main {
				t.Errorf("killed = %+v, want %d", got, tt.main)
			}
			if tt.main == 0 && !slices.ContainsFunc(f.Figures, func(g news.Figure) bool { return g.Scope == news.ScopeOtherEvent }) {
				t.Errorf("figures %+v: want the deaths as another event's", f.Figures)
			}
		})
	}
}

// TestHasLowerPrefix: hasLowerPrefix answers as lower-casing the text
// first would, for the "Source:" lines of situation reports.
func TestHasLowerPrefix(t *testing.T) {
	for _, s := range []string{"Source: OCHA", "SOURCE: UNHCR", "source", "Sources say", "Sourc", "", "Résumé",
		"ſource", "\u212Aource", "Şource", "S\xffource", "sOuRcE of", " Source", "Sœurce"} {
		if got, want := hasLowerPrefix(s, "source"), strings.HasPrefix(strings.ToLower(s), "source"); got != want {
			t.Errorf("hasLowerPrefix(%q) = %v, want %v", s, got, want)
		}
	}
}
