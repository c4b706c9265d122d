package digest

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// breachWeek is a week of Yemen's truce (invented): a shelling of Taiz
// reported as the truce violated (story 1, two reports, one of which never
// names the truce), two later shellings filed under the truce (stories 2, 3,
// of 14 and 12 Mar), an air strike of 40 dead and a bombing of 6; earlier
// holds the stories stored before the week.
func breachWeek(earlier ...news.Story) memStories {
	yemen := []news.Entity{{Name: "Taiz", Kind: "city", Lead: true, Count: 2, Conflict: "Yemen"}}
	at := func(d string) time.Time { return day(d).Add(9 * time.Hour) }
	mk := func(id int64, headline string, cats []news.Category, d string, truce news.CeasefireStatus, outlets ...string) news.Story {
		var srcs []news.StorySource
		for i, o := range outlets {
			srcs = append(srcs, news.StorySource{SourceName: o, ExternalID: o + string(rune('a'+i)), Title: headline,
				Published: at(d), Ceasefire: truce})
		}
		return news.Story{ID: id, Headline: headline, Summary: headline + ".", Categories: cats, Places: yemen,
			CeasefireStatus: truce, EventFirst: day(d), EventLast: day(d), FirstSeen: at(d), LastSeen: at(d), Sources: srcs}
	}
	killed := func(v int64, orig, outlet, d string) []news.StoryFigure {
		return []news.StoryFigure{{Kind: news.FigureKilled, Latest: news.Figure{Value: v, Qualifier: news.Exact}, High: news.Figure{Value: v},
			Lines: []news.FigureLine{{Originator: orig, Outlet: outlet, Steps: []news.FigureBy{{Figure: news.Figure{Value: v, Qualifier: news.Exact,
				Originator: orig}, Source: outlet, ArticleID: outlet, Published: at(d)}}}}}}
	}
	cf, vio := news.Ceasefire, news.Violence
	breach := mk(1, "Shells hit Taiz market as truce is breached", []news.Category{cf, vio}, "2021-03-11", news.CeasefireViolated, "wire", "daily")
	breach.Sources[1].Ceasefire = "" // the daily's report tells the shelling, never the truce
	breach.Changes = []news.StoryChange{{Change: news.ChangeCeasefireViolated, At: at("2021-03-11"), Source: "wire"}}
	breach.Figures = killed(3, "health office", "wire", "2021-03-11")
	later := mk(2, "Mortars strike Taiz suburb in new violation", []news.Category{cf, vio}, "2021-03-14", news.CeasefireViolated, "paper")
	later.Figures = killed(4, "residents", "paper", "2021-03-14")
	middle := mk(3, "Rockets hit Taiz homes despite truce", []news.Category{cf, vio}, "2021-03-12", news.CeasefireViolated, "radio")
	middle.Figures = killed(5, "medics", "radio", "2021-03-12")
	strike := mk(4, "Air strike on Taiz camp kills 40", []news.Category{vio}, "2021-03-13", "", "wire")
	strike.Figures = killed(40, "UN", "wire", "2021-03-13")
	bomb := mk(5, "Car bomb kills 6 in Taiz", []news.Category{vio}, "2021-03-15", "", "paper")
	bomb.Figures = killed(6, "police", "paper", "2021-03-15")
	return append(memStories{breach, later, middle, strike, bomb}, earlier...)
}

// storedTruce is a story of Yemen's truce stored before the week, in state st.
func storedTruce(d string, st news.CeasefireStatus) news.Story {
	t := day(d).Add(9 * time.Hour)
	return news.Story{ID: 9, Headline: "Truce news from Taiz", Summary: "Truce news.", Categories: []news.Category{news.Ceasefire},
		Places:          []news.Entity{{Name: "Taiz", Kind: "city", Lead: true, Count: 2, Conflict: "Yemen"}},
		CeasefireStatus: st, EventFirst: day(d), EventLast: day(d), FirstSeen: t, LastSeen: t,
		Sources: []news.StorySource{{SourceName: "wire", ExternalID: "old", Title: "Truce news from Taiz", Published: t, Ceasefire: st}}}
}

func buildBreachWeek(t *testing.T, stories memStories) *Digest {
	t.Helper()
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2021-03-11"), Until: day("2021-03-18")}, day("2021-03-18"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestBreachAgainIsNoChange: a truce already told violated in an earlier
// period is breached again: the breach is reported, with the truce's state
// and no arrow, but it does not lead the key developments nor turn the
// conflict's trend; the trend says the truce was breached again. The first
// breach of a truce (nothing stored before, or stored as holding) stays the
// week's change of state.
func TestBreachAgainIsNoChange(t *testing.T) {
	for _, tc := range []struct {
		name    string
		earlier []news.Story
		again   bool
	}{
		{"told violated before", []news.Story{storedTruce("2021-02-20", news.CeasefireViolated)}, true},
		{"nothing stored before", nil, false},
		{"stored as holding", []news.Story{storedTruce("2021-02-20", news.CeasefireInEffect)}, false},
		{"violated, then a truce in effect", []news.Story{storedTruce("2021-02-10", news.CeasefireViolated),
			func() news.Story { s := storedTruce("2021-02-25", news.CeasefireInEffect); s.ID = 10; return s }()}, false},
		{"told violated too long ago", []news.Story{storedTruce("2020-12-01", news.CeasefireViolated)}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := buildBreachWeek(t, breachWeek(tc.earlier...))
			it := d.Item(1)
			if it == nil {
				t.Fatal("the breach is not shown")
			}
			meta := ItemMeta(it)
			led := len(d.Key) > 0 && d.Key[0].StoryID == 1
			if tc.again {
				if it.Change != "" || !strings.Contains(meta, "ceasefire violated") || strings.Contains(meta, "↓") {
					t.Errorf("meta = %q (change %q), want the truce's state, no change", meta, it.Change)
				}
				if led || d.Trends[0].Trend != TrendSame || !strings.Contains(d.Trends[0].Reason, "breached again (Taiz, 11 Mar 2021)") {
					t.Errorf("key = %+v, trend = %+v: want the air strike first and no change of state", d.Key, d.Trends[0])
				}
				return
			}
			if it.Change != "ceasefire violated" || !led || d.Trends[0].Trend != TrendWorse {
				t.Errorf("change %q, key = %+v, trend = %+v: want the first breach to lead as the week's change", it.Change, d.Key, d.Trends[0])
			}
		})
	}
}

// TestTruceReportsOwnAnalysis: the key line counts the reports that tell
// the truce violated by each report's own analysis: the breach's report that
// never names the truce is not one of them (3 = the wire's, the paper's and
// the radio's, not the daily's).
func TestTruceReportsOwnAnalysis(t *testing.T) {
	d := buildBreachWeek(t, breachWeek())
	if len(d.Key) == 0 || !strings.Contains(d.Key[0].Text, "; 3 reports tell the ceasefire violated)") {
		t.Errorf("key = %+v, want 3 reports telling the ceasefire violated", d.Key)
	}
}

// TestTruceTrackInTimeOrder: a truce's developments follow its lead in the
// order of their days (12 Mar, then 14 Mar), not by rank or newest first;
// with no change of state to lead, the track opens with its earliest story.
func TestTruceTrackInTimeOrder(t *testing.T) {
	for _, tc := range []struct {
		name    string
		earlier []news.Story
	}{
		{"the first breach leads", nil},
		{"breached again: no change leads", []news.Story{storedTruce("2021-02-20", news.CeasefireViolated)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := buildBreachWeek(t, breachWeek(tc.earlier...))
			var order []int64
			for _, sec := range d.Sections {
				if sec.Category == news.Ceasefire {
					for _, it := range sec.Items {
						order = append(order, it.StoryID)
					}
				}
			}
			if want := []int64{1, 3, 2}; !slices.Equal(order, want) {
				t.Errorf("ceasefire section = %v, want %v (11, 12, 14 Mar)", order, want)
			}
		})
	}
}

// TestRelayedCountLine: a count a party's media relayed from a source named
// by kind says the chain and marks it a party's relay, on its figure line
// and its key line ("local sources via IRNA (a party to the fighting)"); a
// line one of whose counts came otherwise says its giver alone (issue 10,
// 0404 window). Invented figures.
func TestRelayedCountLine(t *testing.T) {
	stories := breachWeek()
	at := day("2021-03-13").Add(9 * time.Hour)
	step := func(v int64, via string) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Value: v, Qualifier: news.Exact, Originator: "local sources", Via: via, ViaParty: via != ""},
			Source: "wire", ArticleID: "w1", Published: at}
	}
	f := &stories[3].Figures[0]
	f.Lines = []news.FigureLine{{Originator: "local sources", Steps: []news.FigureBy{step(40, "IRNA")}}}
	d := buildBreachWeek(t, stories)
	it := d.Item(4)
	if got, want := FigureLines(it), "Killed — according to local sources via IRNA (a party to the fighting): 40 (13 Mar)"; len(got) == 0 || got[0] != want {
		t.Errorf("lines = %q, want %q", got, want)
	}
	var key string
	for _, k := range d.Key {
		if k.StoryID == 4 {
			key = k.Text
		}
	}
	if !strings.Contains(key, "killed: 40 (local sources via IRNA, a party to the fighting, 13 Mar)") {
		t.Errorf("key line = %q, want the relay and the party's mark", key)
	}
	f.Lines[0].Steps = append(f.Lines[0].Steps, step(41, ""))
	d = buildBreachWeek(t, stories)
	if got := FigureLines(d.Item(4)); len(got) == 0 || strings.Contains(got[0], "via") {
		t.Errorf("lines = %q, want no relay when one count came otherwise", got)
	}
}
