package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestScopeWireFresh10Forms holds invented wire-copy texts (written from
// wire style, not taken from any labelled item) behind the main-value errors
// read on fresh10 when it was retired to development (second session of
// 2026-12-04, h-orig12): a news digest's later items are other stories, a
// count "killed, wounded or captured" is casualties, a number set off by
// commas after a name is an age, "shot to death" counts the dead (not
// "sentenced to death"), a count "since the declaration of its caliphate
// last June" is a running total, a number in words after a dateline's
// dash opens the lead ("LIMA, March 17 - Seven villagers ..."), and
// "fighting raged for six hours before ..." is one battle, not an earlier
// event.
func TestScopeWireFresh10Forms(t *testing.T) {
	digest := "ROME - Foo's coalition government won a confidence vote after a week of talks, party sources said.\n\n" +
		"- - - -\n\n" +
		"LIMA, Peru - Guerrillas killed 14 policemen in an ambush in the Andes, the army said.\n\n" +
		"- - - -\n\n" +
		"OSLO - A fire in a ferry terminal killed 23 people, police said.\n\n" +
		"- - - -\n\n" +
		"TOKYO - Foo Motors said its profits rose 12 pct in the year."
	checkMainCounts(t, []mainCountCase{
		{"a digest's later items are other stories", digest, "killed", 0},
		{"a digest's lead item is its story",
			"MANILA - Rebels killed 18 soldiers in an ambush on Mindanao, the army said.\n\n" +
				"ROME - Foo's coalition government won a confidence vote, party sources said.\n\n" +
				"OSLO - A fire in a ferry terminal killed 23 people, police said.\n\n" +
				"TOKYO - Foo Motors said its profits rose 12 pct in the year.",
			"killed", 18},
		{"one story with one dateline stays one story",
			"MANILA, March 3 - Rebels killed 18 soldiers in an ambush on Mindanao, the army said.\n\n" +
				"Military officials said about 60 soldiers on patrol were attacked by the rebels.",
			"killed", 18},
		{"killed, wounded or captured is no death toll",
			"TEHRAN, March 5 - The agency said at least 3,000 enemy troops had been killed, wounded or captured in the offensive.",
			"killed", 0},
		{"killed, police said stays a death toll",
			"At least 30 troops were killed, police said.",
			"killed", 30},
		{"an age after a name is no count",
			"BEIRUT, June 1 - The former minister Foo Bar died in a bomb blast, officials said. They said Bar, 58, died at a hospital north of the capital.",
			"killed", 0},
		{"shot to death is killed",
			"Seven youths were knifed and shot to death in the township, the government reported.",
			"killed", 7},
		{"sentenced to death is no death",
			"A military court sentenced five men to death on Monday, and five were sentenced to death in absentia.",
			"killed", 0},
		{"a count since a group's founding is a running total",
			"Gunmen freed 12 hostages on Sunday, a monitor said. The monitor said the group has killed 2,310 people, since the proclamation of its state last May.",
			"killed", 0},
		{"a count since last spring's month too",
			"Gunmen freed 12 hostages on Sunday, a monitor said. The monitor said the group has killed 2,310 people since the fighting began last May.",
			"killed", 0},
		{"a number in words after a dateline's dash opens the lead",
			"LIMA, March 17 - Seven villagers were shot to death in the Andes, police said.",
			"killed", 7},
		{"a number in words after a dateline's dash, its source from the lead, not the headline",
			"NAIROBI, May 2 - Eight people were killed in a bomb blast at a market, the interior ministry said.",
			"killed", 8},
		{"hours before is the same battle",
			"LIMA, March 11 - An army communique said fierce fighting raged for more than six hours before the guerrillas fled, leaving 45 men killed and many wounded.",
			"killed", 45},
		{"a day after is still an earlier event",
			"Troops sealed off the town a day after rebels killed 34 people in an ambush there, police said.",
			"killed", 0},
		{"hours after is another event",
			"Jets pounded the district only hours after car bombs killed at least 26 people in two cities.",
			"killed", 0},
		{"a count after a place and a comma stays",
			"Air strikes killed 12 people in the town, 20 more were wounded, officials said.",
			"killed", 12},
	})
}

// TestDigestCasualtiesKind: "killed, wounded or captured" still reports the
// count, as casualties.
func TestDigestCasualtiesKind(t *testing.T) {
	f := Analyze(&news.Article{Text: "The agency said at least 3,000 enemy troops had been killed, wounded or captured in the offensive."}).Facts
	for _, g := range f.Figures {
		if g.Kind == "casualties" && g.Value == 3000 {
			return
		}
	}
	t.Errorf("no casualties figure of 3,000 in %+v", f.Figures)
}

func TestItemDateline(t *testing.T) {
	for text, want := range map[string]bool{
		"BAHIA BLANCA, Foo - The Pope began a tour.": true,
		"WASHINGTON - The President said ...":        true,
		"Mr Foo - the minister - said ...":           false,
		"A - B testing":                              false,
	} {
		if got := itemDateline(text); got != want {
			t.Errorf("itemDateline(%q) = %v, want %v", text, got, want)
		}
	}
}
