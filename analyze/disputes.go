package analyze

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// A war's diplomacy often names no place of the war: its leaders, envoys,
// armed movements or peace process are named instead ("Musharraf looks
// forward to a dialogue with Manmohan Singh", "Ahern and Blair meet to
// revive the Northern Ireland process"). gazetteer/disputes.tsv says who
// stands on which side of the world's armed disputes; a sentence that
// names two sides of one of them (a pair) and tells a meeting, talks, a
// dialogue or a deal (the lexicon's parley cues) tells that war's
// diplomacy. Allies stand in one camp, so the United States and the Afghan
// government meeting is no pair; a dispute dated to years of armed
// conflict is no pair in an article dated outside them.

// disputeRole is what a name of the table stands for in its dispute.
type disputeRole uint8

const (
	roleSide     disputeRole = iota // one camp of the dispute
	roleMediator                    // a guarantor or standing mediator of it
	rolePlace                       // the disputed land
	roleBoth                        // the two sides at once ("inter-Korean")
	roleProcess                     // its peace process or an accord of it
)

var disputeRoles = map[string]disputeRole{
	"side": roleSide, "mediator": roleMediator, "place": rolePlace, "both": roleBoth, "process": roleProcess,
}

// dispute is one armed dispute of the table and the years of its armed
// phase (to 0 while it is open).
type dispute struct {
	name     string
	from, to int
}

// active reports whether an article dated in year is of the dispute's
// time; an undated article (year 0) is of every dispute's.
func (d *dispute) active(year int) bool {
	return year == 0 || year >= d.from && (d.to == 0 || year <= d.to)
}

// disputeRef is one meaning of a name of the table.
type disputeRef struct {
	dispute uint16
	role    disputeRole
	camp    uint8 // the side's or mediator's number in its dispute
}

// disputeTable is the loaded table: names are the lower-cased words of
// each name joined by spaces, possessives taken off (gazKey).
type disputeTable struct {
	disputes []dispute
	names    map[string][]disputeRef
	// first holds, for each word that begins a name, the most words of a
	// name that begins with it
	first map[string]uint8
	// cities are the names marked @: a city written in capitals in a
	// text that is not all capitals is a wire dateline ("SEOUL --",
	// "DAMASCUS:"), the place of writing, which names no side
	cities map[string]bool
}

// maxCamps is how many sides or mediators one dispute may have.
const maxCamps = 16

var disputes = mustLoadDisputes()

func mustLoadDisputes() *disputeTable {
	t, err := loadDisputes("gazetteer/disputes.tsv")
	if err != nil {
		panic(err)
	}
	return t
}

func loadDisputes(file string) (*disputeTable, error) {
	rows, err := tsvRows(file, 3)
	if err != nil {
		return nil, err
	}
	t := &disputeTable{names: map[string][]disputeRef{}, first: map[string]uint8{}, cities: map[string]bool{}}
	var camps map[string]uint8 // the current dispute's sides and mediators by label
	for _, f := range rows {
		if f[0] == "dispute" {
			d, err := parseDispute(f)
			if err != nil {
				return nil, fmt.Errorf("parse %s: %w", file, err)
			}
			t.disputes = append(t.disputes, d)
			camps = map[string]uint8{}
			continue
		}
		role, ok := disputeRoles[f[0]]
		if !ok || len(t.disputes) == 0 {
			return nil, fmt.Errorf("parse %s: row %q: want a role of a dispute opened above", file, f[0])
		}
		ref := disputeRef{dispute: uint16(len(t.disputes) - 1), role: role}
		if role == roleSide || role == roleMediator {
			label := f[0] + " " + f[1]
			if _, ok := camps[label]; !ok {
				camps[label] = uint8(len(camps))
			}
			if ref.camp = camps[label]; ref.camp >= maxCamps {
				return nil, fmt.Errorf("parse %s: dispute %s: more than %d sides and mediators", file, t.disputes[ref.dispute].name, maxCamps)
			}
		}
		for _, name := range strings.Split(f[2], "|") {
			t.add(name, ref)
		}
	}
	return t, nil
}

// parseDispute reads a dispute row: "dispute", its name, its first year
// and, for one settled, its last.
func parseDispute(f []string) (dispute, error) {
	d := dispute{name: f[1]}
	var err error
	if d.from, err = strconv.Atoi(f[2]); err != nil {
		return d, fmt.Errorf("dispute %s: first year %q", f[1], f[2])
	}
	if len(f) > 3 && f[3] != "" {
		if d.to, err = strconv.Atoi(f[3]); err != nil || d.to < d.from {
			return d, fmt.Errorf("dispute %s: last year %q", f[1], f[3])
		}
	}
	return d, nil
}

// add files one name of the table under its words.
func (t *disputeTable) add(name string, ref disputeRef) {
	city := strings.HasPrefix(name, "@")
	toks := lang.Words(strings.TrimPrefix(name, "@"))
	if len(toks) == 0 {
		return
	}
	for i, w := range toks {
		toks[i] = gazKey(w)
	}
	key := strings.Join(toks, " ")
	if city {
		t.cities[key] = true
	}
	for _, r := range t.names[key] {
		if r == ref {
			return
		}
	}
	t.names[key] = append(t.names[key], ref)
	t.first[toks[0]] = max(t.first[toks[0]], uint8(len(toks)))
}

// disputeHit is what one text names of one dispute.
type disputeHit struct {
	dispute          uint16
	sides, mediators uint16 // bits of the camps named
	place, process   bool
}

// maxDisputeHits bounds the disputes remembered for one text.
const maxDisputeHits = 6

// maxProcesses bounds the names of processes remembered for one text.
const maxProcesses = 4

// disputeHits is what one text names of the table's disputes, and where
// it names a peace process (word spans [from, to)).
type disputeHits struct {
	n     int
	hit   [maxDisputeHits]disputeHit
	nproc int
	procs [maxProcesses][2]int
}

// pair reports whether the text names two sides of one dispute (or both
// at once), a side or a mediator of it beside another side, a mediator or
// the disputed land ("Musharraf hopeful for a Kashmir solution"), or its
// peace process. Two mediators alone are no pair: the prime ministers of
// Britain and Ireland meet on other business too.
func (h *disputeHits) pair() bool {
	for _, x := range h.hit[:h.n] {
		if x.process {
			return true
		}
	}
	return h.sidesPair()
}

// sidesPair is pair with no process named: the pair of sides, mediators
// and disputed land alone.
func (h *disputeHits) sidesPair() bool {
	for _, x := range h.hit[:h.n] {
		sides, mediators := bits.OnesCount16(x.sides), bits.OnesCount16(x.mediators)
		switch {
		case sides >= 2:
			return true
		case sides+mediators >= 1 && x.place, sides >= 1 && mediators >= 1:
			return true
		}
	}
	return false
}

// withoutProcesses returns ws with the words of the processes h found in
// it blanked: what a sentence tells beside the names ("the Minsk
// agreements" names an agreement, it tells none made).
func (h *disputeHits) withoutProcesses(ws []string) []string {
	out := slices.Clone(ws)
	for _, sp := range h.procs[:h.nproc] {
		for i := sp[0]; i < sp[1] && i < len(out); i++ {
			out[i] = ""
		}
	}
	return out
}

// note adds one meaning of a name to h, when its dispute is of year, and
// reports whether it did.
func (h *disputeHits) note(r disputeRef, year int) bool {
	if !disputes.disputes[r.dispute].active(year) {
		return false
	}
	k := 0
	for k < h.n && h.hit[k].dispute != r.dispute {
		k++
	}
	if k == h.n {
		if h.n == maxDisputeHits {
			return false
		}
		h.n++
		h.hit[k] = disputeHit{dispute: r.dispute}
	}
	x := &h.hit[k]
	switch r.role {
	case roleSide:
		x.sides |= 1 << r.camp
	case roleMediator:
		x.mediators |= 1 << r.camp
	case rolePlace:
		x.place = true
	case roleBoth:
		x.sides |= 3
	case roleProcess:
		x.process = true
	}
	return true
}

// scan adds to h the disputes the words ws name (lower-cased word tokens
// of text; hs their heads, or nil), longest name first, for an article
// dated in year. A hyphenated word whose parts are all names
// ("Israeli-Palestinian", "Rwanda-Congo") names each part; a city written
// as a dateline names none.
func (h *disputeHits) scan(ws []string, hs []*head, text string, year int) {
	var written []string // ws as written, once a city asks
	for i := 0; i < len(ws); i++ {
		n := disputes.longest(ws, hs, i)
		if n == 0 {
			if strings.IndexByte(ws[i], '-') > 0 {
				h.hyphenated(ws[i], year)
			}
			continue
		}
		key := disputes.key(ws[i : i+n])
		if disputes.cities[key] {
			if written == nil {
				written = asWritten(ws, text)
			}
			if writtenAsDateline(written, i, n) {
				i += n - 1
				continue
			}
		}
		for _, r := range disputes.names[key] {
			if h.note(r, year) && r.role == roleProcess && h.nproc < maxProcesses {
				h.procs[h.nproc] = [2]int{i, i + n}
				h.nproc++
			}
		}
		i += n - 1
	}
}

// asWritten returns the words of text as written when they are ws's (the
// same tokens), or an empty slice: a text in capitals or one whose words
// ws are not (a sentence cut) tells no dateline.
func asWritten(ws []string, text string) []string {
	if shouted(text) {
		return []string{}
	}
	o := lang.WordsAsWritten(text)
	if len(o) != len(ws) {
		return []string{}
	}
	return o
}

// writtenAsDateline reports whether the n words at i of written are all in
// capitals (two letters or more, none lower-case): "NEW DELHI", "SEOUL".
func writtenAsDateline(written []string, i, n int) bool {
	if i+n > len(written) {
		return false
	}
	for _, w := range written[i : i+n] {
		if len(w) < 2 || strings.ToUpper(w) != w {
			return false
		}
	}
	return true
}

// hyphenated adds the parts of a hyphenated word when every part is a
// name of one word.
func (h *disputeHits) hyphenated(w string, year int) {
	// the parts of strings.Split(w, "-"), cut in place twice (not allocated)
	for rest, more := w, true; more; {
		var p string
		if p, rest, more = strings.Cut(rest, "-"); len(disputes.names[p]) == 0 {
			return
		}
	}
	for rest, more := w, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "-")
		for _, r := range disputes.names[p] {
			h.note(r, year)
		}
	}
}

// longest returns how many words of the longest name of t begin at ws[i],
// 0 for none.
func (t *disputeTable) longest(ws []string, hs []*head, i int) int {
	var most uint8
	switch w := ws[i]; {
	case hs == nil:
		most = t.first[gazKey(w)]
	case hs[i] != nil && hs[i].disp > 0:
		most = hs[i].disp
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
		// a possessive's head is the word's as written: the name begins
		// with the word the possessive is taken off
		most = t.first[gazKey(w)]
	}
	for n := min(int(most), len(ws)-i); n >= 1; n-- {
		if t.isName(ws[i : i+n]) {
			return n
		}
	}
	return 0
}

// isName reports whether the words ws are a name of the table:
// t.names[t.key(ws)] holds one, the key made where no allocation is (a
// map looked up by a string of bytes copies none).
func (t *disputeTable) isName(ws []string) bool {
	if len(ws) == 1 {
		return len(t.names[gazKey(ws[0])]) > 0
	}
	var buf [64]byte
	b := buf[:0]
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, gazKey(w)...)
	}
	return len(t.names[string(b)]) > 0
}

// key is the table's key of the words ws: gazKey of each, joined by spaces.
func (t *disputeTable) key(ws []string) string {
	if len(ws) == 1 {
		return gazKey(ws[0])
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(gazKey(w))
	}
	return b.String()
}

// pairIn reports whether the words ws of text (with their heads hs, or
// nil) name a pair of one dispute of year (disputeHits.pair).
func pairIn(ws []string, hs []*head, text string, year int) bool {
	var h disputeHits
	h.scan(ws, hs, text, year)
	return h.pair()
}

// parleyOfPair returns the weight of the parley between two sides of one
// dispute of year that a sentence tells (ws its words, hs their heads or
// nil, w the weights of its cues): w's parley when it names a pair of the
// dispute table, 0 when it names none. A sentence whose only pair is a
// peace process named must tell the process moving: a parley cue outside
// the process's name ("the Normandy format met to revive the Minsk
// agreements", not "not proscribed by the Minsk agreements").
func parleyOfPair(w *weights, ws []string, hs []*head, text string, year int) float32 {
	var h disputeHits
	h.scan(ws, hs, text, year)
	switch {
	case h.sidesPair():
		return w[fParley]
	case !h.pair():
		return 0
	}
	var rest weights
	var sp spans
	lex.match(h.withoutProcesses(ws), &rest, &sp)
	return rest[fParley]
}
