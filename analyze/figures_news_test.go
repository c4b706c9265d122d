package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestNewsCopyMainCounts holds invented sentences in the style of today's
// online news (h-orig13, read from news18's fit half): a count "this week"
// is the week's event, not a running total (as "this month" is); a bare
// "least" before a number is the copy's "at least" with its "at" dropped;
// "nearly a dozen" is about 12.
func TestNewsCopyMainCounts(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		value      int64
		qual       news.Qualifier
	}{
		{"this week's strikes", "Airstrikes on two villages this week killed nearly a dozen civilians, according to villagers.", 12, news.About},
		{"least for at least", "A roadside bomb hit a vehicle on Wednesday evening, killing least 15 civilians and injuring two others.", 15, news.AtLeast},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k := Analyze(&news.Article{Title: "Strike", Text: tt.text}).Facts.Killed
			if k == nil || k.Value != tt.value || k.Qualifier != tt.qual {
				t.Errorf("killed %+v, want %d %s", k, tt.value, tt.qual)
			}
		})
	}
}
