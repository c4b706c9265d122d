package digest

import (
	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// markTitle sets the title marks the analysis of a carries
// (news.Analysis.TitleMarks) on a hand-made analysis an.
func markTitle(a *news.Article, an *news.Analysis) {
	an.TitleMarks = analyze.TitleMarks(a.Title, func() []string {
		s := analyze.Sentences(analyze.LeadText(a.Text))
		return s[:min(len(s), analyze.LeadSentences)]
	})
}

// titled returns row with its analysis's title marks set (markTitle).
func titled(row news.ArticleWithAnalysis) news.ArticleWithAnalysis {
	markTitle(&row.Article, &row.Analysis)
	return row
}
