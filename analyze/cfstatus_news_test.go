package analyze

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// cfPart is 169 English news pages of 2010–2025 about a ceasefire in one
// of 21 wars, from about 150 outlets, labelled by three readers who saw no
// code (testdata/labels/PROVENANCE.md, "cf-status.jsonl"). Split in two
// halves fixed before any score: sha1(id) odd is the fit half (-errors-of
// cf prints its confusion matrix and errors), even the held-out half
// (totals only, never its errors).
var cfPart = filepath.Join("testdata", "labels", "cf-status.jsonl")

// cfPages is where the pages' texts are kept, git-ignored (the pages are
// their publishers'; each label keeps its url to find them again).
var cfPages = filepath.Join("testdata", "gate", "cf", "pages.jsonl")

// cfStatusFitFloor is a little below the fit half's ceasefire status
// accuracy after h-status's rules, 67/81 = 0.827 (40/81 = 0.494 on main
// 5d8d177, before any rule fitted on it): two errors more would still pass.
const cfStatusFitFloor = 0.80

// cfLabel is a row of cf-status.jsonl.
type cfLabel struct {
	ID              string               `json:"id"`
	Categories      []news.Category      `json:"categories"`
	CeasefireStatus news.CeasefireStatus `json:"ceasefire_status"`
	Note            string               `json:"note"`
}

// cfScore counts, per category, the analysis's hits against the labels,
// and the ceasefire states of the pages both call ceasefire news.
type cfScore struct {
	tp, fp, fn         map[news.Category]int
	statusN, statusOK  int
	confusion          map[[2]news.CeasefireStatus]int // gold, read
	errs               []string
	scored, notCeasefi int // pages scored; labelled ceasefire, not read so
	// violOnly counts the pages labelled violence and neither talks nor
	// ceasefire; violTalks those of them read as talks (issue 14's false
	// alarms on violence-only items).
	violOnly, violTalks int
	// talksErrs are the pages whose talks label the analysis does not
	// share, with its talks evidence.
	talksErrs []string
}

func newCFScore() *cfScore {
	return &cfScore{tp: map[news.Category]int{}, fp: map[news.Category]int{}, fn: map[news.Category]int{},
		confusion: map[[2]news.CeasefireStatus]int{}}
}

// add scores one page's analysis against its label.
func (s *cfScore) add(l *cfLabel, a *ownArticle, an *news.Analysis) {
	s.scored++
	gl := &news.Analysis{Categories: l.Categories}
	for _, c := range news.Categories {
		p, y := an.Has(c), gl.Has(c)
		s.tp[c] += b2i(p && y)
		s.fp[c] += b2i(p && !y)
		s.fn[c] += b2i(y && !p)
	}
	if an.Has(news.Talks) != gl.Has(news.Talks) {
		s.talksErrs = append(s.talksErrs, fmt.Sprintf("%s talks labelled %v, read %v: %q\n\tnote: %s\n\tevidence: %s", l.ID,
			gl.Has(news.Talks), an.Has(news.Talks), headOf(a), l.Note, strings.Join(an.Evidence[news.Talks], " | ")))
	}
	if gl.Has(news.Violence) && !gl.Has(news.Talks) && !gl.Has(news.Ceasefire) {
		s.violOnly++
		s.violTalks += b2i(an.Has(news.Talks))
	}
	if !gl.Has(news.Ceasefire) || l.CeasefireStatus == news.CeasefireNone {
		return
	}
	got := an.CeasefireStatus
	if !an.Has(news.Ceasefire) {
		s.notCeasefi++
		got = news.CeasefireNone
	}
	s.confusion[[2]news.CeasefireStatus{l.CeasefireStatus, got}]++
	if got == news.CeasefireNone {
		return
	}
	s.statusN++
	if got == l.CeasefireStatus {
		s.statusOK++
		return
	}
	ev := strings.Join(an.Evidence[news.Ceasefire], " | ")
	s.errs = append(s.errs, fmt.Sprintf("%s %s read as %s: %q\n\tnote: %s\n\tevidence: %s",
		l.ID, l.CeasefireStatus, got, headOf(a), l.Note, ev))
}

// headOf is a page's headline, or its first words when it has none.
func headOf(a *ownArticle) string {
	if a.Title != "" {
		return a.Title
	}
	return a.Text[:min(len(a.Text), 120)]
}

// missionCats are the categories of the mission micro-F1, as
// ../shared/eval/run and TestClassifyDevSet count it.
var missionCats = []news.Category{news.Talks, news.Ceasefire, news.Humanitarian}

// f1 is the micro-F1 over cats (one category: its F1).
func (s *cfScore) f1(cats ...news.Category) float64 {
	var tp, fp, fn int
	for _, c := range cats {
		tp, fp, fn = tp+s.tp[c], fp+s.fp[c], fn+s.fn[c]
	}
	return ratio(2*tp, 2*tp+fp+fn)
}

// report logs the totals.
func (s *cfScore) report(t *testing.T, name string) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d pages, ceasefire status %d/%d (%.3f), %d labelled ceasefire not read so; mission micro-F1 %.3f; talks recall %d/%d, violence-only read as talks %d/%d",
		name, s.scored, s.statusOK, s.statusN, ratio(s.statusOK, s.statusN), s.notCeasefi, s.f1(missionCats...),
		s.tp[news.Talks], s.tp[news.Talks]+s.fn[news.Talks], s.violTalks, s.violOnly)
	for _, c := range news.Categories {
		fmt.Fprintf(&b, ", %s %.3f (tp %d fp %d fn %d)", c, s.f1(c), s.tp[c], s.fp[c], s.fn[c])
	}
	t.Log(b.String())
}

// cfStates are the rows and columns of the confusion matrix; "" is a page
// the analysis does not call ceasefire news.
var cfStates = []news.CeasefireStatus{news.CeasefireProposed, news.CeasefireInEffect,
	news.CeasefireViolated, news.CeasefireCollapsed, news.CeasefireNone}

// confusionTable writes the gold-by-read matrix.
func (s *cfScore) confusionTable() string {
	var b strings.Builder
	b.WriteString("gold \\ read")
	for _, c := range cfStates {
		fmt.Fprintf(&b, "%11s", cmpOr(c, "none"))
	}
	for _, g := range cfStates[:4] {
		fmt.Fprintf(&b, "\n%-11s", g)
		for _, c := range cfStates {
			fmt.Fprintf(&b, "%11d", s.confusion[[2]news.CeasefireStatus{g, c}])
		}
	}
	return b.String()
}

func cmpOr(s news.CeasefireStatus, none string) string {
	if s == news.CeasefireNone {
		return none
	}
	return string(s)
}

// scoreCF scores the labels of ids that pick keeps.
func scoreCF(arts map[string]ownArticle, labels []cfLabel, pick func(id string) bool) *cfScore {
	s := newCFScore()
	for i := range labels {
		l := &labels[i]
		if !pick(l.ID) {
			continue
		}
		a := arts[l.ID]
		an := Analyze(&news.Article{Title: a.Title, Text: a.Text, SourceName: a.Source})
		s.add(l, &a, &an)
	}
	return s
}

// TestNewsCeasefireStatus scores cf-status.jsonl when its texts are in
// place: the fit half with its confusion matrix and errors on request
// (-errors-of cf), the held-out half as totals only.
func TestNewsCeasefireStatus(t *testing.T) {
	fit := scorePageHalves(t, "cf", cfPages, cfPart)
	if errorsOf("cf") {
		t.Logf("cf fit half, ceasefire status:\n%s", fit.confusionTable())
		fit.logStatusErrors(t, "cf")
	}
	if r := ratio(fit.statusOK, fit.statusN); r < cfStatusFitFloor {
		t.Errorf("cf fit half: ceasefire status %.3f, want >= %.2f", r, cfStatusFitFloor)
	}
}

// logStatusErrors logs a fit half's ceasefire status errors, sorted, each
// after prefix.
func (s *cfScore) logStatusErrors(t *testing.T, prefix string) {
	t.Helper()
	slices.Sort(s.errs)
	for _, e := range s.errs {
		t.Logf("%s: %s", prefix, e)
	}
}

// scorePageHalves scores a labelled page set when its texts are in place
// (it skips the test when they are not): the fit half's totals, which it
// returns for the caller's errors and floors, and the held-out half's
// totals only (halves by newsHeldOut).
func scorePageHalves(t *testing.T, name, pages, part string) *cfScore {
	t.Helper()
	if _, err := os.Stat(pages); err != nil {
		t.Skipf("%s not scored: no texts at %s (testdata/labels/PROVENANCE.md says where they come from)", name, pages)
	}
	arts, labels := labelledPages(t, name, pages, part)
	fit := scoreCF(arts, labels, func(id string) bool { return !newsHeldOut(id) })
	fit.report(t, name+" fit half")
	scoreCF(arts, labels, newsHeldOut).report(t, name+" (held out)")
	return fit
}

// labelledPages reads a page set's texts and its labels, leaving out, and
// saying so, the labelled pages that have no text on this machine (the
// texts are collected again on each machine from the labels' urls).
func labelledPages(t *testing.T, name, pages, part string) (map[string]ownArticle, []cfLabel) {
	t.Helper()
	arts := map[string]ownArticle{}
	for _, a := range readJSONLines[ownArticle](t, pages) {
		arts[a.ID] = a
	}
	var labels []cfLabel
	var missing []string
	for _, l := range readJSONLines[cfLabel](t, part) {
		if _, ok := arts[l.ID]; ok {
			labels = append(labels, l)
		} else {
			missing = append(missing, l.ID)
		}
	}
	if len(missing) > 0 {
		t.Logf("%s: %d labelled pages have no text on this machine and are left out: %s", name, len(missing), strings.Join(missing, ", "))
	}
	return arts, labels
}

// tvPart is 150 English news pages of 20 wars, 79 about diplomacy and 71
// about fighting only, read by two readers who saw no code
// (testdata/labels/PROVENANCE.md, "tv-talks.jsonl"); halves as cfPart's.
// Issue 14 measures agreements and negotiations in other wars by their
// recall and by the violence-only pages read as talks.
var tvPart = filepath.Join("testdata", "labels", "tv-talks.jsonl")

// tvPages holds their texts, git-ignored as cfPages.
var tvPages = filepath.Join("testdata", "gate", "tv", "pages.jsonl")

// tvFit* are floors on the fit half only, a little below its scores
// when the set was made (main afa80e4: talks recall 41/42, violence-only
// read as talks 1/33): one more miss or one more false alarm still passes.
const (
	tvFitTalksRecall  = 0.93
	tvFitFalseAlarmsN = 2
)

// TestNewsTalks scores tv-talks.jsonl when its texts are in place: the fit
// half with its talks errors on request (-errors-of tv), the held-out half
// as totals only.
func TestNewsTalks(t *testing.T) {
	fit := scorePageHalves(t, "tv", tvPages, tvPart)
	if errorsOf("tv") {
		for _, e := range fit.talksErrs {
			t.Logf("tv: %s", e)
		}
		fit.logStatusErrors(t, "tv status")
	}
	tp, all := fit.tp[news.Talks], fit.tp[news.Talks]+fit.fn[news.Talks]
	if r := ratio(tp, all); r < tvFitTalksRecall {
		t.Errorf("tv fit half: talks recall %d/%d, want >= %.2f", tp, all, tvFitTalksRecall)
	}
	if fit.violTalks > tvFitFalseAlarmsN {
		t.Errorf("tv fit half: %d violence-only pages read as talks, want <= %d", fit.violTalks, tvFitFalseAlarmsN)
	}
}

// TestCFScoreConfusion: an invented page labelled in_effect and read as
// proposed lands in its cell and among the errors; one not read as
// ceasefire news counts in the none column, not in the accuracy.
func TestCFScoreConfusion(t *testing.T) {
	s := newCFScore()
	l := cfLabel{ID: "inv", Categories: []news.Category{news.Ceasefire}, CeasefireStatus: news.CeasefireInEffect}
	a := ownArticle{Title: "Truce begins in Foo"}
	s.add(&l, &a, &news.Analysis{Categories: []news.Category{news.Ceasefire}, CeasefireStatus: news.CeasefireProposed})
	s.add(&l, &a, &news.Analysis{Categories: []news.Category{news.Talks}})
	s.add(&l, &a, &news.Analysis{Categories: []news.Category{news.Ceasefire}, CeasefireStatus: news.CeasefireInEffect})
	// Ceasefire: two read, one missed.
	if s.statusN != 2 || s.statusOK != 1 || len(s.errs) != 1 || s.notCeasefi != 1 {
		t.Errorf("status %d/%d, %d errors, %d not read", s.statusOK, s.statusN, len(s.errs), s.notCeasefi)
	}
	if n := s.confusion[[2]news.CeasefireStatus{news.CeasefireInEffect, news.CeasefireProposed}]; n != 1 {
		t.Errorf("in_effect read as proposed: %d, want 1", n)
	}
	if got := s.f1(news.Ceasefire); got != ratio(4, 5) {
		t.Errorf("ceasefire F1 %.3f, want %.3f", got, ratio(4, 5))
	}
}
