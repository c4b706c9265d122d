package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/internal/agnews"
	"github.com/conflict-digest/conflict-digest/news"
)

// Does a learned talks decision help on short items, where the rules are
// weakest (issue 14, "agreements and negotiations in other wars")? -talks
// adds the development talks parts of AG News (the rows of
// agnews-train-talks.jsonl, both halves, and agnews-train-talks2.jsonl;
// never the held-out files) to the training articles, and cross-validates a
// talks head (analyze.TrainTalks) that decides talks for short items only,
// beside the rules on the same folds: talks recall, and violence-only,
// other war news and items about no war read as talks. Totals only.

// talksParts are the development talks parts, under analyze/testdata/labels.
// Their held-out parts (…-heldout.jsonl) are never read here.
var talksParts = []struct{ file, source string }{
	{"agnews-train-talks.jsonl", "agtalks"},
	{"agnews-train-talks2.jsonl", "agtalks2"},
}

// agExtracts are the AG News train extracts the talks parts name, as
// analyze/testdata/gate/fetch-agnews-train.sh puts them in place.
var agExtracts = map[string]struct{ name, sha256 string }{
	"first2000": {"train-first2000.csv", "fe1b508b8e4b92d6dedf36c21756e0568a7693a0b7fc244bea416e918308318f"},
	"sample":    {"train-sample.csv", "12f856f840fba25ba56f3c1780e023ea462fdcab1d20aa99c07de8cfbd03cf73"},
	"lst5000":   {"train-lst5000.csv", "23ff4a798bef4c6f1bab4018f491757b87e124901515e4e208461e022a163401"},
}

// talkRow is a row of a talks part.
type talkRow struct {
	File  string `json:"file"`
	Row   int    `json:"row"`
	Label string `json:"label"` // talks, violence_only, other_conflict, not_conflict
}

// loadTalks reads the development talks parts, their texts from the
// extracts (sha256-checked), each row as the analysis tests read it
// (TestAgreementsNewsTrain, TestAgreementsNewsTrain2).
func loadTalks(repo string) ([]example, error) {
	extracts := map[string][][]string{}
	var out []example
	for _, p := range talksParts {
		rows, err := readLines[talkRow](filepath.Join(repo, "analyze", "testdata", "labels", p.file))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			recs, ok := extracts[r.File]
			if !ok {
				if recs, err = readExtract(repo, r.File); err != nil {
					return nil, err
				}
				extracts[r.File] = recs
			}
			a, err := talkArticle(recs, r)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p.file, err)
			}
			ex := example{id: fmt.Sprintf("%s:%s-%d", p.source, r.File, r.Row), source: p.source, art: a,
				gold: labelRow{Label: r.Label}}
			switch r.Label {
			case "talks":
				ex.gold.Categories = []news.Category{news.Talks}
			case "violence_only":
				ex.gold.Categories = []news.Category{news.Violence}
			case "other_conflict", "not_conflict":
			default:
				return nil, fmt.Errorf("%s: %s row %d: label %q", p.file, r.File, r.Row, r.Label)
			}
			ex.gold.ID = ex.id
			if p.source == "agtalks" {
				ex.half = "report"
				if crc32.ChecksumIEEE([]byte(r.File+"-"+strconv.Itoa(r.Row)))%2 == 0 {
					ex.half = "fit"
				}
			}
			out = append(out, ex)
		}
	}
	return out, nil
}

// talkArticle is a labelled row's article: a first2000 row's title, and
// title ". " description as its text; an lst5000 row's text as it is (both
// dated as 2004 news and through the feed's cleaning, as `bot analyze
// --jsonl` reads them); a sample row (its first field the row number) as
// its text alone.
func talkArticle(recs [][]string, r talkRow) (news.Article, error) {
	if r.File == "sample" {
		for _, rec := range recs {
			if len(rec) == 3 && rec[0] == strconv.Itoa(r.Row) {
				return news.Article{Text: agnews.Text(rec[1])}, nil
			}
		}
		return news.Article{}, fmt.Errorf("row %d is not in the sample extract", r.Row)
	}
	if r.Row < 1 || r.Row > len(recs) {
		return news.Article{}, fmt.Errorf("%s row %d: not in the extract", r.File, r.Row)
	}
	a, err := agnews.Article(r.File, recs[r.Row-1])
	if err != nil {
		return news.Article{}, fmt.Errorf("%s row %d: %v", r.File, r.Row, err)
	}
	return a, nil
}

// readExtract reads an AG News train extract, checked against its sha256.
func readExtract(repo, file string) ([][]string, error) {
	f, ok := agExtracts[file]
	if !ok {
		return nil, fmt.Errorf("no AG News extract %q", file)
	}
	path := filepath.Join(repo, "analyze", "testdata", "gate", "agnews", f.name)
	data, err := readPinned(path, f.sha256)
	if err != nil {
		return nil, err
	}
	out, err := csvRecords(data, -1)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// talkClass is what a row is for the talks measure: talks, violence_only
// (violence and nothing else), not_conflict (no category, or an AG News row
// about no war), or other.
func talkClass(ex *example) string {
	switch l := ex.gold.Label; l {
	case "talks", "violence_only", "not_conflict":
		return l
	case "other_conflict":
		return "other"
	}
	cs := ex.gold.Categories
	switch {
	case slices.Contains(cs, news.Talks):
		return "talks"
	case len(cs) == 1 && cs[0] == news.Violence:
		return "violence_only"
	case len(cs) == 0:
		return "not_conflict"
	}
	return "other"
}

var talkClasses = []string{"talks", "violence_only", "other", "not_conflict"}

// talksCount is one system's talks decisions per set and class.
type talksCount map[string]map[string]*[2]int // set -> class -> {rows, given talks}

func (t talksCount) add(set, class string, got bool) {
	if t[set] == nil {
		t[set] = map[string]*[2]int{}
	}
	if t[set][class] == nil {
		t[set][class] = &[2]int{}
	}
	t[set][class][0]++
	t[set][class][1] += b2i(got)
}

// talksSetting is a talks head's penalty and decision line, and the
// longest item (in sentences) it decides for.
type talksSetting struct {
	l2, line float64
}

var talksLines = []float64{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2}

// talksSystem decides talks for one article from the rules and a head's
// probability p.
type talksSystem struct {
	name   string
	decide func(s *analyze.Sample, p, line float64) bool
}

// talksFromRules starts the talks head from the rules' log-odds;
// talksTrainShort trains it on short items only.
var talksFromRules, talksTrainShort, talksWords = true, false, false

// shortMax is the longest item, in sentences, a talks head decides for.
var shortMax = 3

func short(s *analyze.Sample) bool { return s.Sentences() <= shortMax }

func rulesTalks(s *analyze.Sample) bool { return slices.Contains(s.Rules, news.Talks) }

var talksSystems = []talksSystem{
	{"head", func(s *analyze.Sample, p, line float64) bool {
		if s.Relevant() && short(s) {
			return p >= line
		}
		return rulesTalks(s)
	}},
	{"rules|head", func(s *analyze.Sample, p, line float64) bool {
		return rulesTalks(s) || (s.Relevant() && short(s) && p >= line)
	}},
	{"rules|head, no gate", func(s *analyze.Sample, p, line float64) bool {
		return rulesTalks(s) || (short(s) && p >= line)
	}},
	{"head, no gate", func(s *analyze.Sample, p, line float64) bool {
		if short(s) {
			return p >= line
		}
		return rulesTalks(s)
	}},
}

// talksMaxFalse is the measure's bound on violence-only items read as
// talks; the inner choice keeps a margin under it.
const talksMaxFalse = 0.015

// pickTalks chooses a head's penalty and line for one system by an inner
// cross-validation over idx: the best talks F1 over every row whose
// violence-only rows read as talks stay under talksMaxFalse; the rules
// (line past 1) when none does.
func pickTalks(d *data, idx []int, sys talksSystem, cfg analyze.TrainConfig) talksSetting {
	best, bestF := talksSetting{l2: l2Grid[len(l2Grid)-1], line: 2}, -1.0
	for _, l2 := range l2Grid {
		c := cfg
		c.L2 = l2
		probs := map[int]float64{}
		for f := range folds - 1 {
			train, test := d.split(idx, f, innerFold)
			h := trainTalks(d, train, c)
			for _, i := range test {
				probs[i] = h.Prob(&d.samples[i])
			}
		}
		for _, line := range talksLines {
			var tp, fp, fn, viol, violHit int
			for _, i := range idx {
				got, class := sys.decide(&d.samples[i], probs[i], line), talkClass(&d.exs[i])
				switch {
				case class == "talks" && got:
					tp++
				case class == "talks":
					fn++
				case got:
					fp++
				}
				if class == "violence_only" {
					viol++
					violHit += b2i(got)
				}
			}
			if float64(violHit) <= talksMaxFalse*float64(viol) && f1(tp, fp, fn) > bestF {
				best, bestF = talksSetting{l2, line}, f1(tp, fp, fn)
			}
		}
	}
	return best
}

func trainTalks(d *data, idx []int, cfg analyze.TrainConfig) *analyze.TalksHead {
	if talksTrainShort {
		idx = slices.DeleteFunc(slices.Clone(idx), func(i int) bool { return !short(&d.samples[i]) })
	}
	s, _ := d.subset(idx)
	ys := make([]bool, len(idx))
	for k, i := range idx {
		ys[k] = talkClass(&d.exs[i]) == "talks"
	}
	return analyze.TrainTalks(s, ys, cfg, talksFromRules, talksWords)
}

// talksCV prints the rules and each talks system, nested (penalty and line
// chosen on the training folds only), on the same 5 folds.
func talksCV(w io.Writer, exs []example, samples []analyze.Sample, labels []analyze.Label, cfg analyze.TrainConfig) {
	d := &data{exs, samples, labels}
	all := upTo(len(exs))
	counts := map[string]talksCount{"rules": {}, "rules, no gate": {}, "gate lets in": {}}
	names := []string{"rules", "rules, no gate", "gate lets in"}
	for _, i := range all {
		s := &samples[i]
		recordTalks(counts["rules"], &exs[i], s, rulesTalks(s))
		recordTalks(counts["rules, no gate"], &exs[i], s, rulesTalks(s) || (short(s) && s.RulesTalksUngated()))
		recordTalks(counts["gate lets in"], &exs[i], s, s.Relevant())
	}
	lengths := talksCount{}
	for _, i := range all {
		lengths.add(exs[i].source, strconv.Itoa(min(samples[i].Sentences(), 9)), true)
	}
	fmt.Fprintf(w, "sentences per item (9: 9 or more), per set:\n")
	for _, set := range []string{"fakes", "reliefweb", "gate", "agtalks", "agtalks2", "agnews"} {
		fmt.Fprintf(w, "  %-10s", set)
		for n := range 10 {
			if c := lengths[set][strconv.Itoa(n)]; c != nil {
				fmt.Fprintf(w, " %d:%d", n, c[0])
			}
		}
		fmt.Fprintln(w)
	}
	for _, sys := range talksSystems {
		name := sys.name + " nested"
		names = append(names, name)
		counts[name] = talksCount{}
		var picked []string
		for f := range folds {
			train, test := d.split(all, f, foldOf)
			st := pickTalks(d, train, sys, cfg)
			picked = append(picked, fmt.Sprintf("l2 %g line %g", st.l2, st.line))
			c := cfg
			c.L2 = st.l2
			h := trainTalks(d, train, c)
			for _, i := range test {
				recordTalks(counts[name], &exs[i], &samples[i], sys.decide(&samples[i], h.Prob(&samples[i]), st.line))
			}
		}
		fmt.Fprintf(w, "%s: picks %s\n", name, strings.Join(picked, "; "))
	}
	fmt.Fprintf(w, "%d articles, %d folds by FNV-1a(id) %% %d; heads decide for items of at most %d sentences; from the rules' log-odds %v; trained on short items only %v; n-grams only %v\n",
		len(exs), folds, folds, shortMax, talksFromRules, talksTrainShort, talksWords)
	printTalks(w, names, counts)
}

// talksSets are the sets the talks table prints.
var talksSets = []string{"all", "all short", "agtalks", "agtalks fit", "agtalks report", "agtalks2", "agnews fit",
	"fakes", "reliefweb", "gate"}

func recordTalks(t talksCount, ex *example, s *analyze.Sample, got bool) {
	class := talkClass(ex)
	sets := []string{"all", ex.source}
	if ex.half != "" {
		sets = append(sets, ex.source+" "+ex.half)
	}
	if short(s) {
		sets = append(sets, "all short")
	}
	for _, set := range sets {
		t.add(set, class, got)
	}
}

func printTalks(w io.Writer, names []string, counts map[string]talksCount) {
	fmt.Fprintf(w, "%-15s %-20s %12s %12s %12s %14s %6s\n", "set", "system", "talks", "viol.-only", "other war", "no war/no cat.", "F1")
	for _, set := range talksSets {
		for _, name := range names {
			c := counts[name][set]
			if c == nil {
				continue
			}
			fmt.Fprintf(w, "%-15s %-20s", set, name)
			for _, class := range talkClasses {
				v := c[class]
				if v == nil {
					v = &[2]int{}
				}
				fmt.Fprintf(w, " %5d/%-5d ", v[1], v[0])
			}
			tp := get(c, "talks")[1]
			fn := get(c, "talks")[0] - tp
			fp := get(c, "violence_only")[1] + get(c, "other")[1] + get(c, "not_conflict")[1]
			fmt.Fprintf(w, "%6.3f\n", f1(tp, fp, fn))
		}
	}
}

func get(c map[string]*[2]int, class string) [2]int {
	if v := c[class]; v != nil {
		return *v
	}
	return [2]int{}
}

// readPinned reads an extract the labels were made on, checked against its
// sha256.
func readPinned(path, sum string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w (analyze/testdata/gate/fetch-agnews-*.sh fetch it)", err)
	}
	if got := sha256.Sum256(data); hex.EncodeToString(got[:]) != sum {
		return nil, fmt.Errorf("%s is not the extract the labels were made on", path)
	}
	return data, nil
}
