package story

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of one gas attack told over three days: the first
// with no number, the later ones with a named source's higher counts.
const (
	gasFirst = "Dozens of people were killed in a suspected poison gas attack on rebel-held suburbs east of Damascus on Wednesday, activists said. " +
		"Residents described people choking in the streets of the eastern suburbs after rockets fell before dawn."
	gasCount = "The opposition National Coalition said 1,300 people were killed in the poison gas attack on the eastern suburbs of Damascus on Wednesday. " +
		"Doctors in the suburbs said many of the dead were children who had choked in their sleep."
	gasLater = "Activists in the eastern suburbs of Damascus buried more victims of Wednesday's poison gas attack on Thursday as the opposition raised its toll. " +
		"The opposition National Coalition said 1,300 people had been killed when rockets carrying gas fell before dawn."
)

// TestHeadlineOfTheLatestNamedCount: a story first told as "dozens killed"
// (by a reputable outlet) is headed by a later report whose title states a
// named source's count, across days and whatever the thousands separator;
// with no such title, by the latest, and its summary does not open with the
// outgrown "dozens".
func TestHeadlineOfTheLatestNamedCount(t *testing.T) {
	on := func(day string, v int64, orig string) news.Analysis {
		an := news.Analysis{EventDate: day}
		an.Facts.Figures = []news.Figure{{Kind: news.FigureKilled, Scope: news.ScopeMain, Word: "dozens", Text: "Dozens", Qualifier: news.Exact}}
		if v > 0 {
			an = killed(v, news.Exact)
			an.EventDate = day
			an.Facts.Killed.Originator = orig
		}
		return an
	}
	aug := func(d, h int) time.Time { return time.Date(2013, 8, d, h, 0, 0, 0, time.UTC) }
	ms := []Member{
		member(1, "reuters", "Dozens killed in gas attack near Damascus, activists say", gasFirst, aug(21, 8), on("2013-08-21", 0, "")),
		member(2, "alaraby", "Syrian opposition says 1,300 killed in gas attack near Damascus", gasCount, aug(21, 20), on("2013-08-21", 1300, "Syrian Coalition")),
	}
	if got, want := Build(ms).Headline, "Syrian opposition says 1,300 killed in gas attack near Damascus"; got != want {
		t.Errorf("one day: Headline = %q, want %q", got, want)
	}
	ms = []Member{
		member(1, "reuters", "Dozens killed in gas attack near Damascus, activists say", gasFirst, aug(21, 8), on("2013-08-21", 0, "")),
		member(2, "alaraby", "Gas attack victims buried near Damascus", gasLater, aug(22, 12), on("2013-08-22", 1300, "Syrian Coalition")),
		member(3, "trt", "Opposition says 1,300 killed in Damascus gas attack", gasCount, aug(22, 18), on("2013-08-21", 1300, "Syrian Coalition")),
	}
	if got, want := Build(ms).Headline, "Opposition says 1,300 killed in Damascus gas attack"; got != want {
		t.Errorf("across days: Headline = %q, want %q", got, want)
	}
	ms = ms[:2]
	s := Build(ms)
	if got, want := s.Headline, "Gas attack victims buried near Damascus"; got != want {
		t.Errorf("no title with the count: Headline = %q, want %q", got, want)
	}
	if strings.Contains(s.Summary, "Dozens") || !strings.Contains(s.Summary, "1,300") {
		t.Errorf("Summary = %q, want the named count, not the first report's dozens", s.Summary)
	}
}
