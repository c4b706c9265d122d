package analyze

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// checkAnalysis asserts the invariants every analysis keeps, whatever the
// input: categories in digest order and without repeats, a ceasefire status
// only with the ceasefire label, humanitarian types only with the
// humanitarian label, and evidence quoted from the article itself.
func checkAnalysis(t *testing.T, a *news.Article, an *news.Analysis) {
	t.Helper()
	last := -1
	for _, c := range an.Categories {
		i := slices.Index(news.Categories, c)
		if i <= last {
			t.Fatalf("categories %v: unknown, repeated or out of order", an.Categories)
		}
		last = i
	}
	if an.CeasefireStatus != news.CeasefireNone && !an.Has(news.Ceasefire) {
		t.Errorf("status %q without the ceasefire label", an.CeasefireStatus)
	}
	if len(an.HumanitarianTypes) > 0 && !an.Has(news.Humanitarian) {
		t.Errorf("types %v without the humanitarian label", an.HumanitarianTypes)
	}
	for c, ev := range an.Evidence {
		if !an.Has(c) {
			t.Errorf("evidence for %s without the label", c)
		}
		for _, s := range ev {
			if !strings.Contains(a.Text, s) && !strings.Contains(a.Title, s) {
				t.Errorf("evidence %q is not in the article", s)
			}
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("", "")
	f.Add("Truce collapses", "The ceasefire collapsed on Monday. Air strikes killed 12 people.")
	f.Add("<h1>Aid</h1>", "<p>An aid convoy reached the besieged town.</p><script>var x = 1;</script>")
	f.Add("Перемирие", "Вооружённые силы заявили о прекращении огня. 停火协议于周一生效。")
	f.Add("", "1,000,000,000 people fled in 2016. . . ! ? \"\" '' -- 48-hour")
	f.Add("x", strings.Repeat("peace talks ", 500))
	f.Add("\xff\xfe", "\x00\xc3\x28 invalid utf-8 \xed\xa0\x80")
	f.Fuzz(func(t *testing.T, title, text string) {
		a := &news.Article{Title: title, Text: text}
		an := Analyze(a)
		checkAnalysis(t, a, &an)
	})
}

func TestAnalyzeBadInput(t *testing.T) {
	huge := strings.Repeat("The ceasefire took effect. Shelling killed 3 people in Aleppo, 1,000,000 fled. ", 13000)
	tests := []struct {
		name, title, text string
	}{
		{"empty", "", ""},
		{"spaces", "  ", "\n\n \t"},
		{"one megabyte", "Long", huge},
		{"one megabyte without breaks", "", strings.Repeat("a", 1<<20)},
		{"other scripts", "سوريا", "قالت الأمم المتحدة إن وقف إطلاق النار صامد. 停火协议于周一生效。"},
		{"html left in", "<b>Truce</b>", "<div class=\"x\"><p>A truce took effect.</p><p>Aid <a href=\"/x\">arrived</a>.</p></div>"},
		{"numbers", "2016", "1,000,000,000 and 2016 and 0.5 and 99999999999999999999999 people were killed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &news.Article{Title: tt.title, Text: tt.text}
			start := time.Now()
			an := Analyze(a)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("Analyze took %v, want it bounded", d)
			}
			checkAnalysis(t, a, &an)
		})
	}
}
