package story

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// A weekday right after a verb of telling dates the figure's telling; a
// weekday of the event, or none, leaves the report's day.
func TestGivenDay(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want time.Weekday
		ok   bool
	}{
		{"News of the massacre surfaced on Wednesday with the opposition accusing the army of killing between 1000 and 1800 people.", time.Wednesday, true},
		{"The monitor said late on Monday that 40 people were killed in the town.", time.Monday, true},
		{"Rescuers reported Tuesday that 12 bodies were recovered.", time.Tuesday, true},
		{"Air strikes killed 40 people on Monday, the monitor said.", 0, false},
		{"The monitor said the strikes of last week killed 40.", 0, false},
		{"The group said on Monday in 2012 that 40 were killed.", 0, false},
		{"On Tuesday rebel commanders stated that about 70 people were killed in the shelling.", time.Tuesday, true},
		{"Late on Sunday the head of the local council said 25 bodies were found.", time.Sunday, true},
		{"On Tuesday jets killed 40 people in the market the monitor said.", 0, false},
		{"On Tuesday a car bomb exploded near the checkpoint and the army later said 9 died.", 0, false},
	} {
		got, ok := givenDay(lang.Words(tt.s))
		if ok != tt.ok || got != tt.want {
			t.Errorf("%q: %v %v, want %v %v", tt.s, got, ok, tt.want, tt.ok)
		}
	}
}

// A Friday report of a claim that surfaced on Wednesday dates the claim's
// count Wednesday; its count of Friday's own stays Friday's.
func TestFigureDatedByItsTelling(t *testing.T) {
	fri := time.Date(2015, 3, 6, 9, 0, 0, 0, time.UTC)
	claim := "News of the massacre surfaced on Wednesday with the opposition accusing the army of killing between 1000 and 1800 people."
	m := member(1, "weekly", "Questions remain after the gas attack", claim, fri, news.Analysis{
		Categories: []news.Category{news.Violence}, EventDate: "2015-03-04",
		Facts: news.Facts{Killed: &news.Figure{Value: 1800, Low: 1000, Qualifier: news.UpTo, Sentence: claim, Originator: "opposition", PartyClaim: true}}})
	own := "A monitor said 60 people were killed in the attack."
	m2 := member(2, "wire", "Gas attack toll", own, fri, news.Analysis{Categories: []news.Category{news.Violence}, EventDate: "2015-03-04",
		Facts: news.Facts{Killed: &news.Figure{Value: 60, Qualifier: news.Exact, Sentence: own, Originator: "monitor"}}})
	figs := Figures([]Member{m, m2})
	got := map[string]time.Time{}
	for _, f := range figs {
		for _, l := range f.Lines {
			got[l.Originator] = dayOf(l.Steps[0].Published)
		}
	}
	if want := time.Date(2015, 3, 4, 0, 0, 0, 0, time.UTC); !got["opposition"].Equal(want) {
		t.Errorf("the claim's count dated %v, want %v (Wednesday, when it surfaced)", got["opposition"], want)
	}
	if want := dayOf(fri); !got["monitor"].Equal(want) {
		t.Errorf("the report's own count dated %v, want %v", got["monitor"], want)
	}
}

// A telling whose day opens a "that" clause after the count dates that
// clause, not the count before it (issue 10, fig42: a quote's "40 more"
// dated by "Reports also said on Thursday that ..." after it). The same
// telling before the count dates it. Invented sentences.
func TestGivenDayAfterCountFig42(t *testing.T) {
	for _, tt := range []struct {
		s, count string
		want     time.Weekday
		ok       bool
	}{
		{"\"Some 30 more gunmen were killed near the dam\" Reports also said on Tuesday that the groups lost 90 men this week.", "Some 30", 0, false},
		{"\"Some 30 more gunmen were killed near the dam\" Reports also said on Tuesday that the groups lost 90 men this week.", "90", time.Tuesday, true},
		{"Some 30 gunmen were killed near the dam, the army said on Tuesday.", "Some 30", time.Tuesday, true},
	} {
		got, ok := givenDayOf(lang.Words(tt.s), countWordAt(tt.s, tt.count))
		if ok != tt.ok || got != tt.want {
			t.Errorf("%q (%s): %v %v, want %v %v", tt.s, tt.count, got, ok, tt.want, tt.ok)
		}
	}
}
