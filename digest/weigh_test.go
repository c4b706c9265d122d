package digest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// weighWeek builds a digest of invented stories of one invented week of
// an invented war in Syria's places.
func weighWeek(t *testing.T, stories memStories) *Digest {
	t.Helper()
	now := day("2021-05-08")
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var weighAt = day("2021-05-07")

func weighSources(id int64, outlets ...string) []news.StorySource {
	var out []news.StorySource
	for _, o := range outlets {
		out = append(out, news.StorySource{SourceName: o, ExternalID: o + "-" + string(rune('a'+id)), Published: weighAt})
	}
	return out
}

func weighPlace(name string) []news.Entity {
	return []news.Entity{{Name: name, Kind: "city", Conflict: "syria", Count: 2, Lead: true}}
}

func weighLine(orig, outlet string, party bool, v int64, who, sentence string) news.FigureLine {
	return news.FigureLine{Originator: orig, Outlet: outlet, PartyClaim: party,
		Steps: []news.FigureBy{{Figure: news.Figure{Value: v, Qualifier: news.Exact, Originator: orig, Who: who, Sentence: sentence},
			Source: outlet, ArticleID: outlet, Published: weighAt}}}
}

// overMonths and killedInjured mark a line's steps as the analysis marks
// a figure whose sentence counts over months (news.Figure.OverMonths) or
// sums the killed and the injured (news.Figure.KilledInjuredSum).
func overMonths(l news.FigureLine) news.FigureLine {
	for i := range l.Steps {
		l.Steps[i].OverMonths = true
	}
	return l
}

func killedInjured(l news.FigureLine) news.FigureLine {
	for i := range l.Steps {
		l.Steps[i].KilledInjuredSum = true
	}
	return l
}

func weighKilled(v int64, lines ...news.FigureLine) []news.StoryFigure {
	return []news.StoryFigure{{Kind: news.FigureKilled, Latest: news.Figure{Value: v, Qualifier: news.Exact}, High: news.Figure{Value: v}, Lines: lines}}
}

// TestSideClaimRanksLow (issue 13, readers of whole weeks, principle 1): one
// outlet relaying a side's count of its enemies' dead in its own voice
// ("Over 60 terrorists were killed") is a party's claim: it ranks below a
// toll three outlets and two bodies give, a siege's warning and an
// evacuation deal, is no key development among them, and is never the only
// reason a conflict deteriorated. Invented stories.
func TestSideClaimRanksLow(t *testing.T) {
	v, h := []news.Category{news.Violence}, []news.Category{news.Humanitarian}
	for _, claim := range []news.FigureLine{
		weighLine("", "stateagency", false, 60, "fighters", "Over 60 terrorists were killed and their vehicles destroyed."),
		weighLine("army", "stateagency", true, 60, "fighters", "Over 60 terrorists were killed, a military source said."),
	} {
		sideClaimWeek(t, v, h, claim)
	}
}

func sideClaimWeek(t *testing.T, v, h []news.Category, claim news.FigureLine) {
	t.Helper()
	d := weighWeek(t, memStories{
		{ID: 1, Headline: "Army units kill over 60 terrorists in the north", Categories: v, LastSeen: weighAt,
			Sources: weighSources(1, "stateagency"), Places: weighPlace("Kafr Nabl"), Figures: weighKilled(60, claim)},
		{ID: 2, Headline: "Shelling kills 14 civilians in market town", Categories: v, LastSeen: weighAt,
			Sources: weighSources(2, "wire", "daily", "radio"), Places: weighPlace("Douma"),
			Figures: weighKilled(14, weighLine("SOHR", "wire", false, 14, "civilians", "Shelling killed 14 civilians, SOHR said."),
				weighLine("civil defence", "daily", false, 13, "civilians", "Rescuers said 13 civilians died."))},
		{ID: 3, Headline: "UN warns of hunger in besieged town", Categories: h, LastSeen: weighAt,
			Sources: weighSources(3, "wire", "daily"), Places: weighPlace("Madaya")},
		{ID: 4, Headline: "Deal reached to evacuate the wounded from besieged town", Categories: h, LastSeen: weighAt,
			Sources: weighSources(4, "wire", "radio"), Places: weighPlace("Zabadani")},
	})
	for _, k := range d.Key {
		if k.StoryID == 1 {
			t.Errorf("key %q: a side's count of enemy fighters one outlet relays is no key development beside these", k.Text)
		}
	}
	if d.Item(1).Score >= d.Item(3).Score {
		t.Errorf("the side's claim scores %v, the siege's warning %v: want the claim below", d.Item(1).Score, d.Item(3).Score)
	}
	for _, tr := range d.Trends {
		if tr.Trend == TrendWorse {
			t.Errorf("trend %s: %s — %s: a side's claim alone decides no trend", tr.Name, tr.Trend, tr.Reason)
		}
	}
}

// TestRetrospectiveCountNoTrend (principle 2): a rights group's count of
// the dead of months of fighting is no sign of the period's course: the
// conflict's line is not "deteriorated" by it. Invented stories.
func TestRetrospectiveCountNoTrend(t *testing.T) {
	v := []news.Category{news.Violence}
	d := weighWeek(t, memStories{
		{ID: 1, Headline: "Rights group says 69 civilians died in battle for town", Categories: v, LastSeen: weighAt,
			Sources: weighSources(1, "wire"), Places: weighPlace("Manbij"),
			Figures: weighKilled(69, overMonths(weighLine("Human Rights Watch", "wire", false, 69, "civilians",
				"At least 69 civilians were killed during and after months of fighting for the town, the group said.")))},
		{ID: 2, Headline: "Mortar fire hits school", Categories: v, LastSeen: weighAt, Sources: weighSources(2, "daily"), Places: weighPlace("Daraa")},
		{ID: 3, Headline: "Clashes on the front line", Categories: v, LastSeen: weighAt, Sources: weighSources(3, "radio"), Places: weighPlace("Hama")},
		{ID: 4, Headline: "Checkpoint attacked", Categories: v, LastSeen: weighAt, Sources: weighSources(4, "wire"), Places: weighPlace("Homs")},
	})
	for _, tr := range d.Trends {
		if tr.Trend == TrendWorse {
			t.Errorf("trend %s: %s — %s: a count of months is no trend of the week", tr.Name, tr.Trend, tr.Reason)
		}
	}
}

// TestPlaceCountedOnce (principle 3): a conflict's line counts a place
// once however its stories name its area ("Idlib", "Idlib province"), by
// its shortest name. Invented stories.
func TestPlaceCountedOnce(t *testing.T) {
	v := []news.Category{news.Violence}
	d := weighWeek(t, memStories{
		{ID: 1, Headline: "Air strike hits market", Categories: v, LastSeen: weighAt, Sources: weighSources(1, "wire"), Places: weighPlace("Idlib")},
		{ID: 2, Headline: "Jets strike villages", Categories: v, LastSeen: weighAt, Sources: weighSources(2, "daily"), Places: weighPlace("Idlib province")},
		{ID: 3, Headline: "Shelling of the old city", Categories: v, LastSeen: weighAt, Sources: weighSources(3, "radio"), Places: weighPlace("Aleppo")},
	})
	if len(d.Trends) != 1 {
		t.Fatalf("trends = %+v, want one", d.Trends)
	}
	got := ""
	for _, p := range d.Trends[0].Places {
		got += p.Place + " " + string(rune('0'+p.Stories)) + ", "
	}
	if want := "Idlib 2, Aleppo 1, "; got != want {
		t.Errorf("places = %q, want %q", got, want)
	}
}

// TestHeadlineSumNotToll (principle 4): a headline's sum of the killed and
// the injured ("88 Killed & Injured") parsed as a count of the dead weighs
// as no death toll: a strike one outlet gives 40 dead for ranks above it.
// Invented stories.
func TestHeadlineSumNotToll(t *testing.T) {
	v := []news.Category{news.Violence}
	for _, h := range []string{"88 Killed & Injured In Shelling On Town", "Shelling Kills, Injures 88 In Town", "88 Civilians Killed Injured In Shelling"} {
		d := weighWeek(t, memStories{
			{ID: 1, Headline: h, Categories: v, LastSeen: weighAt, Sources: weighSources(1, "daily"), Places: weighPlace("Douma"),
				Figures: weighKilled(88, killedInjured(weighLine("local council", "daily", false, 88, "", h)))},
			{ID: 2, Headline: "Air strike kills 40 in market", Categories: v, LastSeen: weighAt, Sources: weighSources(2, "wire"), Places: weighPlace("Saraqeb"),
				Figures: weighKilled(40, weighLine("SOHR", "wire", false, 40, "", "An air strike killed 40 people in a market, SOHR said."))},
			{ID: 3, Headline: "Clashes on the front line", Categories: v, LastSeen: weighAt, Sources: weighSources(3, "radio"), Places: weighPlace("Hama")},
			{ID: 4, Headline: "Checkpoint attacked", Categories: v, LastSeen: weighAt, Sources: weighSources(4, "wire"), Places: weighPlace("Homs")},
		})
		if d.Item(1).Score >= d.Item(2).Score {
			t.Errorf("%q scores %v, 40 killed %v: a headline's sum is no death toll", h, d.Item(1).Score, d.Item(2).Score)
		}
		for _, tr := range d.Trends {
			if strings.Contains(tr.Reason, "88") {
				t.Errorf("trend %s — %s: a headline's sum is no toll of the period", tr.Trend, tr.Reason)
			}
		}
	}
}

// TestTrendTollDatedAsItsLine (principle 3): a conflict's line citing a
// toll reported the day after its events dates the count by its report
// too, as the item's figure line does: the line never gives the figure
// another day than its item. Invented stories.
func TestTrendTollDatedAsItsLine(t *testing.T) {
	v := []news.Category{news.Violence}
	event := day("2021-05-05")
	toll := weighLine("SOHR", "wire", false, 75, "civilians", "Air strikes killed 75 civilians on Wednesday, SOHR said.")
	d := weighWeek(t, memStories{
		{ID: 1, Headline: "Air strikes kill 75 civilians in town", Categories: v, LastSeen: weighAt, EventFirst: event, EventLast: event,
			Sources: weighSources(1, "wire", "daily"), Places: weighPlace("Douma"), Figures: weighKilled(75, toll)},
		{ID: 2, Headline: "Mortar fire hits school", Categories: v, LastSeen: weighAt, Sources: weighSources(2, "daily"), Places: weighPlace("Daraa")},
	})
	if len(d.Trends) != 1 {
		t.Fatalf("trends = %+v", d.Trends)
	}
	if want := "SOHR: 75 civilians killed (Douma, 5 May 2021; reported 7 May 2021)"; d.Trends[0].Reason != want {
		t.Errorf("reason = %q, want %q", d.Trends[0].Reason, want)
	}
}

// TestWeighGolden renders one invented week of every kind of count this
// file's tests weigh (testdata/weigh.md.golden): a side's count of enemy
// fighters, a count of months, a headline's sum, a toll reported the day
// after its events, a place named by its town and its province; the key
// developments lead with the change of state, then the tolls several
// outlets give, and the conflict's line cites the period's own toll.
func TestWeighGolden(t *testing.T) {
	v, h := []news.Category{news.Violence}, []news.Category{news.Humanitarian}
	event := day("2021-05-05")
	sum := "88 Killed & Injured In Shelling On Town"
	d := weighWeek(t, memStories{
		{ID: 1, Headline: "Army units kill over 60 terrorists in the north", Categories: v, LastSeen: weighAt,
			Summary: "Over 60 terrorists were killed and their vehicles destroyed in the northern countryside.",
			Sources: weighSources(1, "stateagency"), Places: weighPlace("Kafr Nabl"),
			Figures: weighKilled(60, weighLine("", "stateagency", false, 60, "fighters", "Over 60 terrorists were killed and their vehicles destroyed."))},
		{ID: 2, Headline: "Shelling kills 14 civilians in market town", Categories: v, LastSeen: weighAt,
			Summary: "Shelling killed 14 civilians in a market on Thursday, SOHR said.",
			Sources: weighSources(2, "wire", "daily", "radio"), Places: weighPlace("Idlib"),
			Figures: weighKilled(14, weighLine("SOHR", "wire", false, 14, "civilians", "Shelling killed 14 civilians, SOHR said."),
				weighLine("civil defence", "daily", false, 13, "civilians", "Rescuers said 13 civilians died."))},
		{ID: 3, Headline: "UN warns of hunger in besieged town", Categories: h, LastSeen: weighAt,
			Summary: "The UN warned that residents of the besieged town face hunger.",
			Sources: weighSources(3, "wire", "daily"), Places: weighPlace("Madaya")},
		{ID: 4, Headline: "Truce declared over in the south", Categories: []news.Category{news.Ceasefire}, LastSeen: weighAt,
			Summary: "The truce in the south was declared over on Thursday.", Sources: weighSources(4, "wire", "radio"), Places: weighPlace("Daraa"),
			CeasefireStatus: news.CeasefireCollapsed, PrevCeasefireStatus: news.CeasefireInEffect,
			Changes: []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, From: news.CeasefireInEffect, At: weighAt}}},
		{ID: 5, Headline: "Rights group says 69 civilians died in battle for town", Categories: v, LastSeen: weighAt,
			Summary: "At least 69 civilians were killed during and after months of fighting for the town, the group said.",
			Sources: weighSources(5, "wire"), Places: weighPlace("Manbij"),
			Figures: weighKilled(69, overMonths(weighLine("Human Rights Watch", "wire", false, 69, "civilians",
				"At least 69 civilians were killed during and after months of fighting for the town, the group said.")))},
		{ID: 6, Headline: sum, Categories: v, LastSeen: weighAt, Summary: "Shelling hit the town on Thursday, the local council said.",
			Sources: weighSources(6, "daily"), Places: weighPlace("Douma"),
			Figures: weighKilled(88, killedInjured(weighLine("local council", "daily", false, 88, "", sum)))},
		{ID: 7, Headline: "Air strikes kill 75 civilians in town", Categories: v, LastSeen: weighAt, EventFirst: event, EventLast: event,
			Summary: "Air strikes killed 75 civilians on Wednesday, SOHR said.",
			Sources: weighSources(7, "wire", "daily"), Places: weighPlace("Idlib province"),
			Figures: weighKilled(75, weighLine("SOHR", "wire", false, 75, "civilians", "Air strikes killed 75 civilians on Wednesday, SOHR said."))},
	})
	var md bytes.Buffer
	if err := RenderMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	golden(t, "weigh.md.golden", md.Bytes())
}
