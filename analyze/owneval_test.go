package analyze

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

var (
	untuned = flag.Bool("untuned", false, "also score testdata/figures/untuned.jsonl (held out until 2026-12-03, development data since)")
	figErrs = flag.Bool("figerrs", false, "log each main figure and each labelled figure's originator the analysis gets wrong")
	_       = flag.Bool("fresh2", false, "no effect: testdata/figures/fresh2.jsonl, held out until the end of the second session of 2026-12-03, is development data scored always")
	fresh3  = flag.Bool("fresh3", false, "fail when testdata/figures/fresh3.jsonl (development data since 2026-12-03, scored whenever the AG News test file is in place) cannot be scored")
	_       = flag.Bool("fresh5", false, "no effect: testdata/figures/fresh5.jsonl, held out until 2026-12-03, is development data scored always")
	judgeTo = flag.String("judge-out", "", "write, per scored part, the labelled figures the analysis found with the originator it gives (DIR/PART.jsonl; printed nowhere) for readers who judge them against the text (analyze/testdata/figures/README.md, \"Judged originators\")")
	errsOf  = flag.String("errors-of", "", "comma-separated development parts whose errors to log (\"fresh3,fresh5\")")
	_       = flag.Bool("fresh6", false, "no effect: testdata/figures/fresh6.jsonl, held out until the fifth session of 2026-12-03, is development data scored whenever the AG News train extracts are in place")
	_       = flag.Bool("fresh7", false, "no effect: testdata/figures/fresh7.jsonl, held out from the fifth session of 2026-12-03 until the sixth, is development data scored whenever the AG News train extracts are in place")
	_       = flag.Bool("fresh8", false, "no effect: testdata/figures/fresh8.jsonl, held out from the sixth session of 2026-12-03 until the seventh, is development data scored whenever the AG News test file is in place")
	_       = flag.Bool("fresh10", false, "no effect: testdata/figures/fresh10.jsonl, held out from the session of 2026-12-04 until the second session of that day, is development data scored whenever the Reuters-21578 and CNN/DailyMail files are in place")
	_       = flag.Bool("fresh9", false, "no effect: testdata/figures/fresh9.jsonl, held out from the seventh session of 2026-12-03 until the session of 2026-12-04, is development data scored whenever the AG News keaml extracts are in place")
)

// errorsOf reports whether -figerrs or -errors-of asks for a development
// part's errors (a held-out part is scored by scoreHeldOut, which logs none).
func errorsOf(part string) bool {
	return *figErrs || slices.Contains(strings.Split(*errsOf, ","), part)
}

// fresh10Part is 1987 Reuters wire stories (Reuters-21578) and
// CNN/DailyMail stories of 2007-2015, every one of the two collections' files
// in place that has a casualty word and a digit (Reuters) or those and three
// war words (CNN/DailyMail), chosen and labelled as
// testdata/figures/README.md says (fresh10): held out from the session of
// 2026-12-04 until the second session of that day, development data since.
var fresh10Part = filepath.Join("testdata", "figures", "fresh10.jsonl")

// ownFigure is a labelled figure of testdata/figures (README.md there).
type ownFigure struct {
	Kind       string `json:"kind"`
	Value      int64  `json:"value"`
	Qualifier  string `json:"qualifier"`
	Why        string `json:"why"`
	Originator string `json:"originator"`
	// PartyClaim is nil when the label leaves it out: fresh10's readers
	// marked it on main figures only, so a subfigure's is not a judgement.
	PartyClaim *bool `json:"party_claim"`
	// Sentence is where the label found the figure: of two labelled
	// figures of one kind and value, each is scored against the figure the
	// analysis reports from its sentence.
	Sentence string `json:"sentence"`
}

// party reports a figure labelled as a party's claim.
func (f *ownFigure) party() bool {
	return f.PartyClaim != nil && *f.PartyClaim
}

// partyText writes the label's party_claim, "unlabelled" when left out.
func (f *ownFigure) partyText() string {
	if f.PartyClaim == nil {
		return "unlabelled"
	}
	return fmt.Sprint(*f.PartyClaim)
}

type ownLabel struct {
	ID         string      `json:"id"`
	Killed     *ownFigure  `json:"killed"`
	Injured    *ownFigure  `json:"injured"`
	Displaced  *ownFigure  `json:"displaced"`
	Evacuated  *ownFigure  `json:"evacuated"`
	Subfigures []ownFigure `json:"subfigures"`
	Others     []ownFigure `json:"others"`
	Confidence string      `json:"confidence"`
	Conflict   *bool       `json:"conflict"` // false: not about armed conflict (fresh3), not scored
}

type ownArticle struct {
	ID, Title, Text, Published, Source string
}

// figureScore counts as ../shared/eval/score_figures.py does, per kind, and
// the originators of the labelled figures the analysis also reports.
type figureScore struct {
	gold, pred, right, qual map[string]int
	origSeen, origRight     int // labelled figures found by kind and value; with the right originator
	namedSeen, namedRight   int // the same, for figures the label names an originator for
	// origRightPub and namedRightPub count an originator equal to the
	// document's own publisher as equal to "" either way round
	// (scorerPublishers): the publisher is the outlet, so both state one fact.
	origRightPub, namedRightPub int
	partySeen, partyRight       int // figures labelled as a party's claim
	errs                        []string
	judged                      []judgeRow // for -judge-out
}

// judgeRow is one labelled figure the analysis found, as -judge-out writes
// it: the analysis's originator for a reader to judge against the text, and
// the label's (kept from the reader who judges, by the script that asks).
type judgeRow struct {
	ID         string `json:"id"`
	Kind       string `json:"kind"`
	Value      int64  `json:"value"`
	Sentence   string `json:"sentence"`
	Originator string `json:"originator"`
	PartyClaim bool   `json:"party_claim"`
	Label      string `json:"label_originator"`
}

func (s *figureScore) add(l *ownLabel, f news.Facts, pubs map[string]bool) {
	for _, k := range []string{"killed", "injured", "displaced", "evacuated"} {
		g, p := l.main(k), f.Main(k)
		if g != nil {
			s.gold[k]++
		}
		if p != nil {
			s.pred[k]++
		}
		if (g == nil) != (p == nil) || (g != nil && g.Value != p.Value) {
			s.errs = append(s.errs, fmt.Sprintf("%s %s: %s, want %s", l.ID, k, mainValue(p), mainValue(g)))
		}
		if g != nil && p != nil && g.Value == p.Value {
			s.right[k]++
			if string(p.Qualifier) == g.Qualifier {
				s.qual[k]++
			} else {
				s.errs = append(s.errs, fmt.Sprintf("%s %s %d: qualifier %q, want %q; sentence %q", l.ID, k, g.Value, p.Qualifier, g.Qualifier, p.Sentence))
			}
		}
	}
	for _, g := range l.all() {
		p := labelledFigure(f, &g)
		if p == nil {
			continue
		}
		// the labels write the table's names: a generic kind written as the
		// text names it is compared by its table name (CanonicalOriginator,
		// README "Naming conventions")
		ok := strings.EqualFold(p.Originator, g.Originator) || strings.EqualFold(CanonicalOriginator(*p), g.Originator)
		okPub := ok || g.Originator == "" && (isPublisher(p.Originator, pubs) || isPublisher(CanonicalOriginator(*p), pubs)) ||
			p.Originator == "" && isPublisher(g.Originator, pubs)
		if !ok || g.PartyClaim != nil && *g.PartyClaim != p.PartyClaim {
			pubNote := ""
			if okPub && !ok {
				pubNote = ` (right when the publisher counts as "")`
			}
			s.errs = append(s.errs, fmt.Sprintf("%s %s %d: originator %q party %v, want %q party %s%s; sentence %q",
				l.ID, g.Kind, g.Value, p.Originator, p.PartyClaim, g.Originator, g.partyText(), pubNote, p.Sentence))
		}
		s.judged = append(s.judged, judgeRow{l.ID, g.Kind, g.Value, p.Sentence, p.Originator, p.PartyClaim, g.Originator})
		s.origSeen++
		if ok {
			s.origRight++
		}
		if okPub {
			s.origRightPub++
		}
		if g.Originator != "" {
			s.namedSeen++
			if ok {
				s.namedRight++
			}
			if okPub {
				s.namedRightPub++
			}
		}
		if g.party() {
			s.partySeen++
			if p.PartyClaim {
				s.partyRight++
			}
		}
	}
}

func mainValue[F news.Figure | ownFigure](f *F) string {
	switch f := any(f).(type) {
	case *news.Figure:
		if f != nil {
			return fmt.Sprintf("%d from %q", f.Value, f.Sentence)
		}
	case *ownFigure:
		if f != nil {
			return fmt.Sprint(f.Value)
		}
	}
	return "none"
}

func (l *ownLabel) main(kind string) *ownFigure {
	switch kind {
	case "killed":
		return l.Killed
	case "injured":
		return l.Injured
	case "displaced":
		return l.Displaced
	case "evacuated":
		return l.Evacuated
	}
	return nil
}

// all returns every labelled figure with its kind.
func (l *ownLabel) all() []ownFigure {
	var out []ownFigure
	for _, k := range []string{"killed", "injured", "displaced", "evacuated"} {
		if g := l.main(k); g != nil {
			c := *g
			c.Kind = k
			out = append(out, c)
		}
	}
	return append(append(out, l.Subfigures...), l.Others...)
}

// labelledFigure returns the analysis's figure for a labelled one: of its
// kind and value, the one reported from the label's sentence, else the
// first (findFigure). An article may give one value twice ("six police
// were killed" in two provinces); each label meets its own.
func labelledFigure(f news.Facts, g *ownFigure) *news.Figure {
	if want := strings.TrimSpace(g.Sentence); want != "" {
		for _, p := range append([]*news.Figure{f.Main(g.Kind)}, figurePointers(f)...) {
			if p != nil && p.Kind == g.Kind && p.Value == g.Value && strings.TrimSpace(p.Sentence) == want {
				return p
			}
		}
	}
	return findFigure(f, g.Kind, g.Value)
}

// figurePointers returns pointers to f's other figures.
func figurePointers(f news.Facts) []*news.Figure {
	out := make([]*news.Figure, len(f.Figures))
	for i := range f.Figures {
		out[i] = &f.Figures[i]
	}
	return out
}

// findFigure returns the analysis's figure of a kind and value, the main
// one first.
func findFigure(f news.Facts, kind string, v int64) *news.Figure {
	if m := f.Main(kind); m != nil && m.Value == v {
		return m
	}
	for i := range f.Figures {
		if g := &f.Figures[i]; g.Kind == kind && g.Value == v {
			return g
		}
	}
	return nil
}

func (s *figureScore) report(t *testing.T, name string) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s:", name)
	for _, k := range []string{"killed", "injured", "displaced", "evacuated"} {
		p, r := ratio(s.right[k], s.pred[k]), ratio(s.right[k], s.gold[k])
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		fmt.Fprintf(&b, " %s F1 %.3f (gold %d, pred %d, right %d, qual %.3f);", k, f1, s.gold[k], s.pred[k], s.right[k],
			ratio(s.qual[k], s.right[k]))
	}
	fmt.Fprintf(&b, " originator right %d/%d (%.3f), named %d/%d (%.3f), party claims %d/%d;"+
		" publisher = \"\": originator right %d/%d (%.3f), named %d/%d (%.3f)",
		s.origRight, s.origSeen, ratio(s.origRight, s.origSeen), s.namedRight, s.namedSeen,
		ratio(s.namedRight, s.namedSeen), s.partyRight, s.partySeen,
		s.origRightPub, s.origSeen, ratio(s.origRightPub, s.origSeen), s.namedRightPub, s.namedSeen,
		ratio(s.namedRightPub, s.namedSeen))
	t.Log(b.String())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestOwnFigures scores the analysis on the project's own figure labels
// (testdata/figures): the development parts always (tuned: FA-KES and a few
// ReliefWeb reports; rw-dev: ReliefWeb development reports of other wars and
// disasters; fresh and fresh2: parts held out until their errors were read
// on 2026-12-03; fresh4 and fresh5: ReliefWeb development reports labelled on
// 2026-12-03, fresh5 held out until the end of that day), fresh3 (AG News
// wire snippets, held out until the end of that day) when the AG News test
// file is in place, fresh6 (AG News train wire items, held out until the
// fifth session of that day) and fresh7 (more of them, held out until the
// sixth session of that day) when the AG News train extracts are in place,
// fresh8 (AG News test-file World items, held out until the seventh session
// of that day) with fresh3, fresh9 (two more AG News train extracts' World
// items, held out until the session of 2026-12-04) when those extracts are
// in place, fresh10 (1987 Reuters and CNN/DailyMail stories, held out until
// the second session of 2026-12-04) when those files are in place, and the
// formerly untuned part with -untuned. -figerrs logs every development part's errors, -errors-of
// those of the parts it names. The floors keep what the development parts reached.
func TestOwnFigures(t *testing.T) {
	arts, parts := ownParts(t)
	for _, part := range parts {
		s := scorePart(t, arts, filepath.Join("testdata", "figures", part+".jsonl"))
		s.report(t, part)
		if errorsOf(part) {
			for _, e := range s.errs {
				t.Logf("%s: %s", part, e)
			}
		}
		// the floors read the publisher as "" (the convention since round
		// h-orig1); the strict share is logged beside it
		if r := ratio(s.namedRightPub, s.namedSeen); r < ownOriginatorFloor[part] {
			t.Errorf("%s: originators named right %.3f, want >= %.2f", part, r, ownOriginatorFloor[part])
		}
	}
}

// ownParts returns the texts of the development parts of testdata/figures
// that are in place on this machine, and those parts' names.
func ownParts(t *testing.T) (map[string]ownArticle, []string) {
	t.Helper()
	arts := map[string]ownArticle{}
	for _, f := range []string{filepath.Join(evalDir, "articles.jsonl"), filepath.Join(evalDir, "..", "corpus", "reliefweb-2017.jsonl")} {
		for _, a := range readJSONLines[ownArticle](t, f) {
			arts[a.ID] = a
		}
	}
	parts := []string{"tuned", "rw-dev", "fresh", "fresh2", "fresh4", "fresh5"}
	if *untuned {
		parts = append(parts, "untuned")
	}
	if agNewsAt() != "" {
		for id, a := range agNewsArticles(t) {
			id = "agnews-test-" + strings.TrimPrefix(id, "ag-test-")
			arts[id] = ownArticle{ID: id, Title: a.Title, Text: a.Text}
		}
		parts = append(parts, "fresh3", "fresh8")
	} else if *fresh3 {
		t.Fatalf("-fresh3 needs the AG News test file: run analyze/testdata/gate/fetch-agnews.sh (or set AGNEWS_CSV)")
	} else {
		t.Log("fresh3 and fresh8 not scored: no AG News test file (analyze/testdata/gate/fetch-agnews.sh)")
	}
	if agTrainInPlace() {
		for id, a := range agTrainArticles(t, "first2000", "sample", "lst5000") {
			arts[id] = ownArticle{ID: id, Title: a.Title, Text: a.Text}
		}
		parts = append(parts, "fresh6", "fresh7")
	} else {
		t.Log("fresh6 and fresh7 not scored: no AG News train extracts (analyze/testdata/gate/fetch-agnews-train.sh)")
	}
	if keamlInPlace() {
		for id, a := range keamlArticles(t) {
			arts[id] = ownArticle{ID: id, Title: a.Title, Text: a.Text}
		}
		parts = append(parts, "fresh9")
	} else {
		t.Log("fresh9 not scored: no AG News keaml extracts (analyze/testdata/gate/fetch-agnews-keaml.sh)")
	}
	if reutersInPlace() && cnndmInPlace() {
		for id, a := range reutersArticles(t) {
			arts[id] = ownArticle{ID: id, Title: a.Title, Text: a.Text, Published: a.Published.Format("2006-01-02"), Source: a.SourceName}
		}
		for id, a := range cnndmArticles(t) {
			arts[id] = ownArticle{ID: id, Text: a.Text}
		}
		parts = append(parts, "fresh10")
	} else {
		t.Log("fresh10 not scored: no Reuters-21578 or CNN/DailyMail files (analyze/testdata/gate/fetch-reuters.sh, fetch-cnndm.sh)")
	}
	return arts, parts
}

// agNewsAt returns the path of the AG News test file when it is in place,
// "" when not.
func agNewsAt() string {
	p := os.Getenv("AGNEWS_CSV")
	if p == "" {
		p = filepath.Join("testdata", "gate", "agnews", "test.csv")
	}
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// agTrainInPlace reports whether the AG News train extracts that fresh6's
// ids are rows of are all in place.
func agTrainInPlace() bool {
	for _, f := range agTrainFiles {
		if _, err := os.Stat(filepath.Join("testdata", "gate", "agnews", f.name)); err != nil {
			return false
		}
	}
	return true
}

// scorePart scores the labels of one part (a JSON-lines file) against the
// analysis of their articles.
func scorePart(t *testing.T, arts map[string]ownArticle, path string) *figureScore {
	t.Helper()
	s := &figureScore{gold: map[string]int{}, pred: map[string]int{}, right: map[string]int{}, qual: map[string]int{}}
	for _, l := range readJSONLines[ownLabel](t, path) {
		if l.Conflict != nil && !*l.Conflict {
			continue
		}
		a, ok := arts[l.ID]
		if !ok {
			t.Fatalf("%s: article %s not found", path, l.ID)
		}
		pub, _ := time.Parse("2006-01-02", a.Published)
		an := Analyze(&news.Article{Title: a.Title, Text: a.Text, Published: pub, SourceName: a.Source})
		s.add(&l, an.Facts, scorerPublishers(a))
	}
	return s
}

// scoreHeldOut reports a held-out part's totals and nothing of its errors,
// whatever -figerrs says; it returns the score for its own test.
func scoreHeldOut(t *testing.T, arts map[string]ownArticle, path string) *figureScore {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("no held-out part: %v", err)
		return nil
	}
	s := scorePart(t, arts, path)
	s.report(t, strings.TrimSuffix(filepath.Base(path), ".jsonl")+" (held out)")
	s.writeJudged(t, strings.TrimSuffix(filepath.Base(path), ".jsonl"))
	return s
}

// writeJudged writes the part's found figures to -judge-out's DIR/name.jsonl
// when the flag asks; it prints nothing of them (a held-out part's errors
// are read by the readers who judge, not by whoever tunes the rules).
func (s *figureScore) writeJudged(t *testing.T, name string) {
	t.Helper()
	if *judgeTo == "" {
		return
	}
	var b strings.Builder
	for _, r := range s.judged {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.MkdirAll(*judgeTo, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*judgeTo, name+".jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// ownOriginatorFloor is, per development part, a little below the share of
// originators named right that it reached (0.934, 0.964, 0.916 and, for
// fresh, 0.840 on 2026-12-03; fresh2 0.765 when it became development
// data, 0.902 after its relabelling to the current conventions and h-orig2's
// rules; after h-orig3's: tuned 0.953, rw-dev 1.000, untuned 0.940, fresh
// 0.873, fresh2 0.917, fresh4 0.933 on 15 named figures); fresh3 and
// fresh5, development data since 2026-12-03 (held out until then: 7/13 and
// 9/18 named), 13/13 and 17/18 after h-orig4's rules: one error more would
// still pass; fresh6, development data since the fifth session of that day
// (held out until then: 38/48 named), 49/51 after h-orig6's rules and
// relabels; fresh7, development data since the sixth session of that day
// (held out until then: 40/65 named), 63/65 after h-orig8's rules; fresh8,
// development data since the seventh session of that day (held out until
// then: 69/80 named), 77/80 after h-orig9's rules; fresh9, development
// data since the session of 2026-12-04 (held out until then: 21/33 named),
// 34/34 after h-orig10's rules and two relabels: two errors more would
// still pass; fresh10, development data since the second session of
// 2026-12-04 (held out until then: 46/71 named), 59/72 after h-orig12's
// rules: two errors more would still pass.
var ownOriginatorFloor = map[string]float64{"tuned": 0.94, "rw-dev": 0.96, "untuned": 0.92, "fresh": 0.85, "fresh2": 0.90,
	"fresh4": 0.86, "fresh3": 0.92, "fresh5": 0.88, "fresh6": 0.94, "fresh7": 0.94, "fresh8": 0.94, "fresh9": 0.94, "fresh10": 0.79}

// TestHeldOutPartScored scores a held-out part of invented labels written to
// a temporary file, as a held-out part of testdata/figures is scored.
func TestHeldOutPartScored(t *testing.T) {
	arts := map[string]ownArticle{
		"inv-1": {ID: "inv-1", Title: "Strikes kill 12 in Idlib",
			Text: "Air strikes killed 12 people in Idlib on Monday, the Syrian Observatory for Human Rights said."},
		"inv-2": {ID: "inv-2", Title: "Shelling kills 7 in Douma",
			Text: "Shelling killed 7 people in Douma on Tuesday, state television said."},
	}
	path := filepath.Join(t.TempDir(), "fresh2.jsonl")
	labels := `{"id": "inv-1", "killed": {"value": 12, "qualifier": "exact", "originator": "SOHR"}}
{"id": "inv-2", "killed": {"value": 7, "qualifier": "exact", "originator": "civil defence"}, "injured": {"value": 3, "qualifier": "exact", "originator": ""}}
`
	if err := os.WriteFile(path, []byte(labels), 0o644); err != nil {
		t.Fatal(err)
	}
	s := scoreHeldOut(t, arts, path)
	if s == nil {
		t.Fatal("no score")
	}
	if s.gold["killed"] != 2 || s.right["killed"] != 2 || s.gold["injured"] != 1 || s.pred["injured"] != 0 {
		t.Errorf("killed gold %d right %d, injured gold %d pred %d; want 2, 2, 1, 0",
			s.gold["killed"], s.right["killed"], s.gold["injured"], s.pred["injured"])
	}
	if s.namedSeen != 2 || s.namedRight != 1 {
		t.Errorf("named %d/%d, want 1/2", s.namedRight, s.namedSeen)
	}
}
