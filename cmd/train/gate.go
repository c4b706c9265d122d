package main

import (
	"fmt"
	"io"
	"math"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// Does the learned layer help where it is used only in the genre where it
// might beat the rules? The README's held-out halves showed the model
// ahead on ReliefWeb's long agency and situation reports and behind on
// FA-KES's news and on short wire items. A gate reads the genre from the
// article's form at run time (analyze.Sample.ReportLength: its sentences
// when it does not open with a wire dateline; with the paragraph kind, also
// more than one paragraph), never from its source: at or past a length the
// model decides, through rules+margin with its own margin; below it the
// rules. The length and the margin are chosen by the inner
// cross-validation of the training part, as the model's setting is.

// gateKind is a family of gates: by length alone, or by length in
// paragraphs.
type gateKind struct {
	name  string
	paras bool
}

// gateKinds are the gated systems the tables compare.
var gateKinds = [...]gateKind{{"gated", false}, {"gated+para", true}}

// never is a length no article reaches: the gate closed, the rules alone.
const never = math.MaxInt

// gateLengths are the report lengths, in sentences, the inner
// cross-validation compares (never: the rules everywhere).
var gateLengths = []int{8, 12, 16, 20, 30, 45, never}

// gate lets the model decide articles of the report genre.
type gate struct {
	minLen int     // the least ReportLength the model decides
	paras  bool    // and only a text of more than one paragraph
	margin float64 // rules+margin's margin in the genre
}

func (g gate) String() string {
	if g.minLen == never {
		return "closed"
	}
	return fmt.Sprintf("from %d sentences margin %g", g.minLen, g.margin)
}

// in reports whether s is of the gate's genre.
func (g gate) in(s *analyze.Sample) bool {
	return s.ReportLength() >= g.minLen && (!g.paras || s.Paragraphs() > 1)
}

// decide is rules+margin in the genre, the rules outside it.
func (g gate) decide(m *analyze.Model, s *analyze.Sample, lines [4]float64) ([]news.Category, news.CeasefireStatus) {
	if !g.in(s) {
		return s.Rules, s.RuleStatus
	}
	return combo(m, s, lines, g.margin)
}

// pickGate chooses the length and margin of a gate by the mission
// micro-F1 of the inner folds' models ms at lines, among the gates whose
// ceasefire status is no worse than floor (the rules'); a tie goes to the
// longer length (fewer articles given to the model), then the larger margin.
func (d *data) pickGate(ms []trained, lines [4]float64, paras bool, floor float64) gate {
	best, bestF1 := gate{minLen: never, paras: paras}, -1.0
	for _, n := range gateLengths {
		for _, mg := range marginGrid {
			g := gate{minLen: n, paras: paras, margin: mg}
			t := d.tallyGate(ms, lines, g)["all"]
			if t.status() >= floor && t.mission() >= bestF1 && (t.mission() > bestF1 || n >= best.minLen) {
				best, bestF1 = g, t.mission()
			}
		}
	}
	return best
}

func (d *data) tallyGate(ms []trained, lines [4]float64, g gate) map[string]*tally {
	t := newTallies()
	for _, m := range ms {
		for _, i := range m.test {
			cats, st := g.decide(m.m, &d.samples[i], lines)
			d.record(t, i, cats, st)
		}
	}
	return t
}

// fixedGates are gates set by hand, not chosen: their rows show what a
// choice of the inner cross-validation could at best have reached on the
// outer folds (an upper bound, not a score).
var fixedGates = func() []gate {
	var out []gate
	for _, n := range []int{8, 16, 30, 45} {
		for _, mg := range []float64{0, 0.2} {
			out = append(out, gate{minLen: n, margin: mg}, gate{minLen: n, paras: true, margin: mg})
		}
	}
	return out
}()

func (g gate) name() string {
	if g.paras {
		return fmt.Sprintf("fixed ¶ %s", g)
	}
	return fmt.Sprintf("fixed %s", g)
}

// fixedSets are the sets the fixed gates' lines print.
var fixedSets = []string{"all", "fakes", "reliefweb fit", "agnews fit", "gate"}

// printFixed prints, for each fixed gate, how many articles of idx each set
// has in the genre and the mission micro-F1 and ceasefire status of the
// gated system against the rules'.
func printFixed(w io.Writer, d *data, idx []int, t map[string]map[string]*tally) {
	fmt.Fprintf(w, "fixed gates, set by hand (an upper bound of the choice, not a score); mission (in genre/articles), status:\n%-36s", "rules")
	for _, s := range fixedSets {
		r := t["rules"][s]
		fmt.Fprintf(w, " %14s %.3f %2d/%-2d", s, r.mission(), r.statusOK, r.statusBoth)
	}
	fmt.Fprintln(w)
	for _, g := range fixedGates {
		in := map[string]int{}
		for _, i := range idx {
			if g.in(&d.samples[i]) {
				in["all"]++
				in[d.exs[i].source+" "+d.exs[i].half]++
				in[d.exs[i].source]++
			}
		}
		fmt.Fprintf(w, "%-36s", g.name())
		for _, s := range fixedSets {
			x := t[g.name()][s]
			fmt.Fprintf(w, " %5.3f (%3d/%3d) %2d/%-2d", x.mission(), in[s], x.n, x.statusOK, x.statusBoth)
		}
		fmt.Fprintln(w)
	}
}
