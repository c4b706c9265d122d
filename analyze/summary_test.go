package analyze

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// checkSummary asserts a summary's properties: at most three sentences of
// the text, each verbatim and whole, and no more than one of them over the
// length cap.
func checkSummary(t *testing.T, text, summary string) {
	t.Helper()
	if summary == "" {
		return
	}
	sents := Sentences(summary)
	if len(sents) > summarySentences {
		// a sentence the splitter cannot split alone may still be whole; only
		// count what the article itself splits into
		if n := countArticleSentences(text, summary); n > summarySentences {
			t.Errorf("summary has %d sentences, want <= %d: %q", n, summarySentences, summary)
		}
	}
	for _, s := range sents {
		if !quotedFrom(text, s) {
			t.Errorf("summary sentence %q is not verbatim from the text", s)
		}
	}
}

func countArticleSentences(text, summary string) int {
	n := 0
	for _, s := range Sentences(text) {
		if strings.Contains(summary, s) {
			n++
		}
	}
	return n
}

func TestSummaryProperties(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string // sentences that must be in the summary
		not               []string // text that must not be
	}{
		{"dateline and agency tag", "Air strikes kill 12 in Idlib",
			"Wed 05 Apr 2017 Air strikes kill 12 in Idlib. Air strikes killed 12 civilians in Idlib on Tuesday a monitor said. " +
				"The strikes hit a market in the town centre. Rescue workers searched the rubble for survivors. " +
				"Syria has been at war since 2011. - REUTERS",
			[]string{"Air strikes killed 12 civilians in Idlib on Tuesday a monitor said."},
			[]string{"Wed 05 Apr", "REUTERS"}},
		{"furniture", "",
			"Share this withEmailFacebookCopy this linkThe Red Cross says the evacuation of civilians will take several days. " +
				"Scroll down for video. Click here to read more about the war in Syria today. Government forces took nearly all of the city this week.",
			[]string{"The Red Cross says the evacuation of civilians will take several days."},
			[]string{"Share this", "Click here", "Scroll down"}},
		{"glued sentences", "",
			"Three teenagers were stopped by Turkish officials and arrested on their return.They were bailed while police carried out inquiries.Scotland Yard said they were all released without charge on Monday.",
			[]string{"Three teenagers were stopped by Turkish officials and arrested on their return."},
			[]string{"return.They"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
			checkSummary(t, tt.text, an.Summary)
			if an.Summary == "" {
				t.Fatal("empty summary")
			}
			for _, w := range tt.want {
				if !strings.Contains(an.Summary, w) {
					t.Errorf("summary %q lacks %q", an.Summary, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(an.Summary, n) {
					t.Errorf("summary %q has %q", an.Summary, n)
				}
			}
		})
	}
}

func TestSummaryLimits(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "Sentence number %d ", i)
		b.WriteString(strings.Repeat("word ", i%7+5))
		b.WriteString("about the shelling of Aleppo today. ")
	}
	an := Analyze(&news.Article{Title: "Shelling of Aleppo", Text: b.String()})
	n := countArticleSentences(b.String(), an.Summary)
	if n < 1 || n > summarySentences {
		t.Fatalf("summary has %d sentences, want 1 to %d: %q", n, summarySentences, an.Summary)
	}
	if len(an.Summary) > summaryChars+200 {
		t.Errorf("summary is %d bytes long, want about %d at most", len(an.Summary), summaryChars)
	}
	if got := Analyze(&news.Article{Text: "Too short."}).Summary; got != "" {
		t.Errorf("summary of a fragment = %q, want empty", got)
	}
}

// TestSummaryDevSet keeps the summaries of the FRANK articles above Lead-3 in
// ROUGE-1 (the shared scorer's tokens: lower-case letters and digits).
func TestSummaryDevSet(t *testing.T) {
	type row struct {
		ID, Text, Reference string
	}
	rows := readJSONLines[row](t, filepath.Join(evalDir, "summaries", "dev-summaries.jsonl"))
	var sys, lead float64
	for _, r := range rows {
		an := Analyze(&news.Article{Text: r.Text})
		checkSummary(t, r.Text, an.Summary)
		ref := rougeTokens(r.Reference)
		sys += rouge1(rougeTokens(an.Summary), ref)
		lead += rouge1(rougeTokens(lead3(r.Text)), ref)
	}
	sys, lead = sys/float64(len(rows)), lead/float64(len(rows))
	t.Logf("ROUGE-1 F1: summary %.3f, lead-3 %.3f (%+.0f%%)", sys, lead, 100*(sys/lead-1))
	if sys < lead*1.10 {
		t.Errorf("ROUGE-1 %.3f, want >= 1.10 x lead-3 %.3f", sys, lead)
	}
}

func rougeTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

func rouge1(c, r []string) float64 {
	ref := map[string]int{}
	for _, w := range r {
		ref[w]++
	}
	overlap := 0
	for _, w := range c {
		if ref[w] > 0 {
			ref[w]--
			overlap++
		}
	}
	if overlap == 0 {
		return 0
	}
	p, rc := float64(overlap)/float64(len(c)), float64(overlap)/float64(len(r))
	return 2 * p * rc / (p + rc)
}

// lead3 is the scorer's baseline: the first three sentences split at a mark,
// space and capital.
func lead3(text string) string {
	var out []string
	start := 0
	for i := 0; i+2 < len(text) && len(out) < 3; i++ {
		if strings.ContainsRune(".!?", rune(text[i])) && text[i+1] == ' ' {
			j := i + 1
			for j < len(text) && text[j] == ' ' {
				j++
			}
			if j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] == '"' || text[j] == '\'') {
				out = append(out, text[start:i+1])
				start = j
			}
		}
	}
	if len(out) < 3 && start < len(text) {
		out = append(out, text[start:])
	}
	return strings.Join(out, " ")
}
