package alert

import (
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

var t0 = time.Date(2016, 9, 19, 12, 0, 0, 0, time.UTC)

func art(id int64, source string, changes ...news.Change) news.ArticleWithAnalysis {
	a := news.ArticleWithAnalysis{Article: news.Article{ID: id, SourceName: source, Title: "report " + source,
		URL: "https://" + strings.ToLower(source) + ".example/" + string(rune('a'+id)), Published: t0}, StoryID: 1}
	for _, c := range changes {
		a.Analysis.Changes = append(a.Analysis.Changes, news.StateChange{Change: c})
	}
	return a
}

func collapsed() news.Story {
	return news.Story{ID: 1, Headline: "Syria truce collapses as air strikes hit Aleppo", CeasefireStatus: news.CeasefireCollapsed,
		Places:  []news.Entity{{Name: "Aleppo"}},
		Changes: []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, From: news.CeasefireInEffect, At: t0, Source: "Reuters"}}}
}

func TestDecideChanges(t *testing.T) {
	rule := &news.AlertRule{ID: 3}
	tests := []struct {
		name  string
		fresh []news.ArticleWithAnalysis
		want  []string
	}{
		{"a new report of the change fires", []news.ArticleWithAnalysis{art(10, "Reuters", news.ChangeCeasefireCollapsed)}, []string{"ceasefire_collapsed"}},
		{"a new report that only mentions the truce fires nothing", []news.ArticleWithAnalysis{art(11, "AFP")}, nil},
		{"a change the story does not end in fires nothing", []news.ArticleWithAnalysis{art(12, "AFP", news.ChangeCeasefireInEffect)}, nil},
		{"no new article, no alert", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Decide(rule, []news.Story{collapsed()}, map[int64][]news.ArticleWithAnalysis{1: tt.fresh})
			var whats []string
			for _, a := range got {
				whats = append(whats, a.Key.What)
				if a.Key.RuleID != 3 || a.Key.StoryID != 1 {
					t.Errorf("key = %+v", a.Key)
				}
			}
			if strings.Join(whats, ",") != strings.Join(tt.want, ",") {
				t.Errorf("fired %v, want %v", whats, tt.want)
			}
		})
	}
}

func TestDecideIgnoresIrrelevantReports(t *testing.T) {
	a := art(10, "Reuters", news.ChangeCeasefireCollapsed)
	a.Analysis.Relevance = &news.Relevance{Relevant: false, Reason: "sport"}
	if got := Decide(&news.AlertRule{ID: 1}, []news.Story{collapsed()}, map[int64][]news.ArticleWithAnalysis{1: {a}}); len(got) != 0 {
		t.Errorf("an irrelevant report fired %+v", got)
	}
}

func tollStory(lines ...news.FigureLine) news.Story {
	return news.Story{ID: 1, Headline: "Air strikes kill dozens in Aleppo",
		Figures: []news.StoryFigure{{Kind: news.FigureKilled, Lines: lines}}}
}

func step(v int64, article string) news.FigureBy {
	return news.FigureBy{Figure: news.Figure{Value: v, Text: "at least " + strconv.FormatInt(v, 10)}, ArticleID: article}
}

func TestDecideToll(t *testing.T) {
	rule := &news.AlertRule{ID: 2, Toll: 100}
	fresh := map[int64][]news.ArticleWithAnalysis{1: {art(20, "AFP")}}
	ref := "20"
	tests := []struct {
		name  string
		story news.Story
		want  bool
	}{
		{"two originators past the threshold, one new", tollStory(
			news.FigureLine{Originator: "SOHR", Steps: []news.FigureBy{step(58, "1"), step(112, ref)}},
			news.FigureLine{Originator: "Civil Defence", Steps: []news.FigureBy{step(105, "2")}}), true},
		{"one originator through two outlets", tollStory(
			news.FigureLine{Originator: "SOHR", Steps: []news.FigureBy{step(112, ref)}},
			news.FigureLine{Originator: "sohr", Steps: []news.FigureBy{step(120, "2")}}), false},
		{"the second originator is below", tollStory(
			news.FigureLine{Originator: "SOHR", Steps: []news.FigureBy{step(112, ref)}},
			news.FigureLine{Originator: "Civil Defence", Steps: []news.FigureBy{step(90, "2")}}), false},
		{"crossed before this round", tollStory(
			news.FigureLine{Originator: "SOHR", Steps: []news.FigureBy{step(112, "1")}},
			news.FigureLine{Originator: "Civil Defence", Steps: []news.FigureBy{step(105, "2")}}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Decide(rule, []news.Story{tt.story}, fresh)
			if (len(got) == 1) != tt.want || len(got) > 1 {
				t.Fatalf("fired %+v, want fired=%v", got, tt.want)
			}
			if tt.want {
				if got[0].Key.What != "toll_killed_100" || len(got[0].Toll.By) != 2 || got[0].Toll.By[0].Originator != "SOHR" {
					t.Errorf("alert = %+v, toll %+v", got[0].Key, got[0].Toll)
				}
				if want := "Reported by: SOHR (at least 58 → at least 112), Civil Defence (at least 105)"; !strings.Contains(Render(&got[0], ""), want) {
					t.Errorf("toll alert lacks %q:\n%s", want, Render(&got[0], ""))
				}
			}
		})
	}
	if got := Decide(&news.AlertRule{ID: 2}, []news.Story{tests[0].story}, fresh); len(got) != 0 {
		t.Errorf("a rule without a toll fired %+v", got)
	}
}

func TestRender(t *testing.T) {
	s := collapsed()
	s.Headline = "Truce @everyone collapses [click](https://evil.example)"
	a := Alert{Key: news.AlertKey{RuleID: 1, StoryID: 1, What: "ceasefire_collapsed"}, Story: s, Change: s.Changes[0],
		Reports: []news.StorySource{{Title: "Truce *over*", SourceName: "Reuters", URL: "https://reuters.example/a(b)"},
			{Title: "Bad link", SourceName: "AFP", URL: "javascript:alert(1)"}}}
	got := Render(&a, "555")
	for _, want := range []string{"<@&555> **Ceasefire: in effect → collapsed** — ", "@\u200beveryone", `\[click\]`,
		"Reported by: Reuters, AFP", `[Truce \*over\*](<https://reuters.example/a%28b%29>) — Reuters`, "• Bad link — AFP", "Where: Aleppo"} {
		if !strings.Contains(got, want) {
			t.Errorf("post lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "javascript:") || strings.Contains(got, "@everyone") {
		t.Errorf("post carries an unsafe link or ping:\n%s", got)
	}
	talks := news.Story{Headline: "Geneva talks resume", Changes: []news.StoryChange{{Change: news.ChangeTalksSuspended},
		{Change: news.ChangeTalksOpened}}}
	if got := What(&Alert{Story: talks, Change: talks.Changes[1]}); got != "Talks suspended → opened" {
		t.Errorf("What(talks) = %q", got)
	}
	if got := What(&Alert{Toll: &Toll{Threshold: 100}}); got != "Death toll passed 100" {
		t.Errorf("What(toll) = %q", got)
	}
	if n, m := Nonce([]news.AlertKey{a.Key}), Marker([]news.AlertKey{a.Key}); len(n) > 25 || !strings.HasSuffix(m, n[2:]) {
		t.Errorf("nonce %q (max 25), marker %q", n, m)
	}
}

func TestDecideStateReached(t *testing.T) {
	s := news.Story{ID: 4, Headline: "Shelling breaks the truce in Homs", CeasefireStatus: news.CeasefireViolated,
		PrevCeasefireStatus: news.CeasefireInEffect}
	reporting := art(30, "SANA")
	reporting.Analysis.CeasefireStatus = news.CeasefireViolated
	older := art(31, "AFP")
	older.Analysis.CeasefireStatus = news.CeasefireInEffect
	tests := []struct {
		name  string
		fresh []news.ArticleWithAnalysis
		want  string
	}{
		{"a new report of the state the story reached", []news.ArticleWithAnalysis{reporting}, "Ceasefire: in effect → violated"},
		{"a new report of an earlier state", []news.ArticleWithAnalysis{older}, ""},
		{"a new report of no state", []news.ArticleWithAnalysis{art(32, "AFP")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Decide(&news.AlertRule{ID: 1}, []news.Story{s}, map[int64][]news.ArticleWithAnalysis{4: tt.fresh})
			switch {
			case tt.want == "" && len(got) != 0:
				t.Errorf("fired %+v, want nothing", got)
			case tt.want != "" && (len(got) != 1 || What(&got[0]) != tt.want || !got[0].ByState || got[0].Key.What != "ceasefire_violated"):
				t.Errorf("fired %+v, want one %q", got, tt.want)
			}
		})
	}
	// A state the story carries as a change fires once, as the change.
	s.Changes = []news.StoryChange{{Change: news.ChangeCeasefireViolated, From: news.CeasefireInEffect}}
	reporting.Analysis.Changes = []news.StateChange{{Change: news.ChangeCeasefireViolated}}
	got := Decide(&news.AlertRule{ID: 1}, []news.Story{s}, map[int64][]news.ArticleWithAnalysis{4: {reporting}})
	if len(got) != 1 || got[0].ByState {
		t.Errorf("a change and its state fired %+v, want the change once", got)
	}
}

func TestDecideFollowsTheRuleTopics(t *testing.T) {
	s := collapsed()
	s.Figures = []news.StoryFigure{{Kind: news.FigureKilled, Lines: []news.FigureLine{
		{Originator: "SOHR", Steps: []news.FigureBy{step(150, "10")}}, {Originator: "UN", Steps: []news.FigureBy{step(120, "10")}}}}}
	fresh := map[int64][]news.ArticleWithAnalysis{1: {art(10, "Reuters", news.ChangeCeasefireCollapsed)}}
	tests := []struct {
		topics []news.Category
		want   string
	}{
		{nil, "ceasefire_collapsed,toll_killed_100"},
		{[]news.Category{news.Ceasefire}, "ceasefire_collapsed"},
		{[]news.Category{news.Violence}, "toll_killed_100"},
		{[]news.Category{news.Talks}, ""},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range Decide(&news.AlertRule{ID: 1, Toll: 100, Topics: tt.topics}, []news.Story{s}, fresh) {
			got = append(got, a.Key.What)
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("topics %v fired %v, want %q", tt.topics, got, tt.want)
		}
	}
}

// TestRenderFitsAMessage: however many and however long its sources, an
// alert and a fold fit one message with their marker line.
func TestRenderFitsAMessage(t *testing.T) {
	s := collapsed()
	s.Headline = strings.Repeat("Truce ", 100)
	long := "https://example.org/" + strings.Repeat("a", 1900)
	var as []Alert
	a := Alert{Key: news.AlertKey{RuleID: 1, StoryID: 1, What: "ceasefire_collapsed"}, Story: s, Change: s.Changes[0]}
	for i := range 40 {
		a.Reports = append(a.Reports, news.StorySource{Title: strings.Repeat("word ", 60), SourceName: "Outlet " + strconv.Itoa(i), URL: long})
		as = append(as, a)
	}
	for name, text := range map[string]string{"alert": Render(&a, "12345678901234567"), "fold": RenderFold(as, "12345678901234567")} {
		if n := utf8.RuneCountInString(text + "\n-# " + Marker([]news.AlertKey{a.Key})); n > 2000 {
			t.Errorf("%s has %d characters with its marker", name, n)
		}
		if !strings.Contains(text, "more") {
			t.Errorf("%s does not say what it left out:\n%.300s", name, text)
		}
	}
}

// TestDecidePartyFinding: a truce said violated, in a story only a party's
// own outlet tells (state media), is that party's statement, as the
// digest has it (digest.PartyStatement): no alert, whether learnt from the
// change or from the state reached; a truce collapsing stays a change.
func TestDecidePartyFinding(t *testing.T) {
	reporting := art(40, "SANA", news.ChangeCeasefireViolated)
	reporting.Analysis.CeasefireStatus = news.CeasefireViolated
	party := []news.StorySource{{ArticleID: 40, SourceName: "SANA", Published: t0}}
	byChange := news.Story{ID: 5, Headline: "Army says rebels broke the truce in Homs", CeasefireStatus: news.CeasefireViolated,
		PrevCeasefireStatus: news.CeasefireInEffect, Sources: party,
		Changes: []news.StoryChange{{Change: news.ChangeCeasefireViolated, From: news.CeasefireInEffect, At: t0, Source: "SANA"}}}
	byState := byChange
	byState.Changes = nil
	collapsing := collapsed()
	collapsing.ID, collapsing.Sources = 5, party
	for _, tt := range []struct {
		name string
		s    news.Story
		want int
	}{
		{"violation told by a party's outlet", byChange, 0},
		{"violated state told by a party's outlet", byState, 0},
		{"collapse told by a party's outlet", collapsing, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fresh := reporting
			if tt.want > 0 {
				fresh = art(40, "SANA", news.ChangeCeasefireCollapsed)
			}
			got := Decide(&news.AlertRule{ID: 1}, []news.Story{tt.s}, map[int64][]news.ArticleWithAnalysis{5: {fresh}})
			if len(got) != tt.want {
				t.Errorf("fired %d (%+v), want %d", len(got), got, tt.want)
			}
		})
	}
	// Another outlet's report makes it a change, and it fires.
	byChange.Sources = append(byChange.Sources, news.StorySource{ArticleID: 41, SourceName: "Reuters", Published: t0})
	got := Decide(&news.AlertRule{ID: 1}, []news.Story{byChange}, map[int64][]news.ArticleWithAnalysis{5: {reporting, art(41, "Reuters", news.ChangeCeasefireViolated)}})
	if len(got) != 1 || got[0].Key.What != "ceasefire_violated" {
		t.Errorf("fired %+v, want the violation once", got)
	}
}
