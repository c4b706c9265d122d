package analyze

import (
	"flag"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

var talks2Dump = flag.Bool("talks2-dump", false, "log the errors on testdata/labels/agnews-train-talks2.jsonl (development data; never its held-out half)")

// TestAgreementsNewsTrain2 scores the development half of the second talks
// part as TestAgreementsAGHeldOut2 scores its held-out half (the same
// reading of the same extract): talks recall, violence-only and other war
// news read as talks, and items about no armed conflict given any category
// (the relevance gate on World news). Its rows may be read: -talks2-dump
// logs every error.
func TestAgreementsNewsTrain2(t *testing.T) {
	var dump func(agAgreementLabel, *news.Article, news.Analysis)
	if *talks2Dump {
		dump = func(l agAgreementLabel, a *news.Article, an news.Analysis) {
			t.Logf("%s (%s, %s) row %d: %s; categories %v, talks %.2f, relevance %+v",
				l.Label, l.Confidence, l.Note, l.Row, a.Text, an.Categories, an.Scores[news.Talks], an.RelevanceOf())
		}
	}
	s := scoreTalksPart(t, "agnews-train-talks2.jsonl", dump)
	s.logSecond(t, "development (2)")
	if 50*s.talks["violence_only"] > s.n["violence_only"] {
		t.Errorf("talks in %d of %d violence-only snippets, want at most 2 %%", s.talks["violence_only"], s.n["violence_only"])
	}
}
