package story

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// A legislature's debate on a strike and a head of state's remarks three
// days later are two political acts, two events, though both titles name
// the president (a rare title word: a name link) and both leads tell of
// Syria, the Congress and the strike (issue 13, 2013 window). Invented
// texts shaped like the two reports the reader counted as a false merge.
func TestPoliticalActsDaysApartAreTwoEvents(t *testing.T) {
	monday := time.Date(2013, 9, 9, 12, 0, 0, 0, time.UTC)
	debate := analysedItem(1, "Factbox: Parliament weighs Obamas plan for Syria strikes",
		"The U.S. Congress returns on Monday to debate President Barack Obama's request for military strikes against Syria. "+
			"The Senate leader scheduled a first procedural vote for Wednesday and lawmakers will get a classified briefing on the evidence. "+
			"Here is a look at where the votes stand.", monday)
	remarks := analysedItem(2, "Obama says is turning to home priorities from Syria focus",
		"President Barack Obama told his cabinet on Thursday he was turning back to domestic priorities such as the budget and immigration "+
			"after weeks focused on Syria, while Congress holds off a vote on strikes.", monday.AddDate(0, 0, 3))
	if gap := remarks.EventDay - debate.EventDay; gap != 3 {
		t.Fatalf("event days %d apart, want 3", gap)
	}
	x := NewIndex(Config{})
	dd, dr := x.docOf(&debate), x.docOf(&remarks)
	if dd.names&dr.names == 0 || !sharesKey(dd.nameKeys, dr.nameKeys) {
		t.Fatalf("the titles share no name key: the test no longer tests the name link")
	}
	if dd.political || !dr.political {
		t.Errorf("political: debate %v (its title tells of strikes), remarks %v; want false, true", dd.political, dr.political)
	}
	x.Add(1, debate)
	if hasLink(x, remarks, 1) {
		t.Errorf("the remarks of Thursday link to Monday's debate")
	}
	y := NewIndex(Config{})
	y.Add(2, remarks)
	if hasLink(y, debate, 2) {
		t.Errorf("Monday's debate links to the remarks of Thursday")
	}
	// The same remarks reported the next day, in other words, are one event.
	again := analysedItem(3, "Obama turns to home priorities after Syria focus",
		"President Barack Obama told his cabinet he was turning back to domestic priorities such as the budget and immigration "+
			"after weeks focused on Syria, the White House said.", monday.AddDate(0, 0, 3))
	if !hasLink(y, again, 2) {
		t.Errorf("a second report of the remarks of Thursday does not link to the first")
	}
}

// politicalReport: war news whose title tells no act, toll or victims; a
// report with no category (news of no conflict) is not.
func TestPoliticalReport(t *testing.T) {
	cats := []news.Category{news.Talks}
	for _, tt := range []struct {
		title string
		cats  []news.Category
		want  bool
	}{
		{"Obama says is turning to home priorities from Syria focus", cats, true},
		{"Factbox: Parliament weighs Obamas plan for Syria strikes", cats, false}, // tells of strikes
		{"Dozens killed in gas attack on Syrian town of Kafr Zita", cats, false},
		{"Ministers urge inspectors be let into Kafr Zita", cats, false}, // a reaction, kept apart by its own rule
		{"Actress leaves clinic, checks into another", nil, false},
	} {
		it := Item{Title: tt.title, Text: tt.title + ".", Categories: tt.cats, TitleMarks: titleMarks(tt.title, tt.title+".")}
		d := NewIndex(Config{}).docOf(&it)
		if d.political != tt.want {
			t.Errorf("political(%q, %v) = %v, want %v", tt.title, tt.cats, d.political, tt.want)
		}
	}
}
