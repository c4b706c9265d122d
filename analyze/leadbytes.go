package analyze

import (
	"regexp"
	"regexp/syntax"
	"unicode"
)

// leadBytes is the set of the bytes a match of a regular expression
// anchored at the start of the text ("^...") can begin with. A line that
// begins with none is passed without running the expression: an
// expression anchored at the start tried on a sentence clears a bitmap of
// its program's size times the sentence's length before it fails at the
// first letter.
type leadBytes [256]bool

// anchoredLeads returns the leadBytes of the anchored expressions exprs
// (as regexp.MustCompile reads them), the union of theirs. It panics on an
// expression that is not anchored at the start, and counts every byte when
// an expression may match the empty text.
func anchoredLeads(exprs ...*regexp.Regexp) *leadBytes {
	var set leadBytes
	for _, re := range exprs {
		parsed, err := syntax.Parse(re.String(), syntax.Perl)
		if err != nil {
			panic("analyze: anchoredLeads: " + err.Error())
		}
		prog, err := syntax.Compile(parsed.Simplify())
		if err != nil {
			panic("analyze: anchoredLeads: " + err.Error())
		}
		if prog.StartCond()&syntax.EmptyBeginText == 0 {
			panic("analyze: anchoredLeads of an expression not anchored at the start: " + re.String())
		}
		set.addFrom(prog, uint32(prog.Start), map[uint32]bool{})
	}
	return &set
}

// addFrom adds the bytes a match may begin with from instruction pc on:
// the first byte of every rune the first rune instructions reached take.
func (set *leadBytes) addFrom(prog *syntax.Prog, pc uint32, seen map[uint32]bool) {
	if seen[pc] {
		return
	}
	seen[pc] = true
	in := &prog.Inst[pc]
	switch in.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		set.addFrom(prog, in.Out, seen)
		set.addFrom(prog, in.Arg, seen)
	case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
		set.addFrom(prog, in.Out, seen) // an empty-width condition only narrows what follows
	case syntax.InstRune, syntax.InstRune1:
		set.addRunes(in.Rune, syntax.Flags(in.Arg)&syntax.FoldCase != 0)
	case syntax.InstFail:
	default: // a match of the empty text, any rune
		set.addRange(0, unicode.MaxRune)
	}
}

// addRunes adds the first bytes of the runes of ranges (pairs of low and
// high), and of the runes they fold to when fold is set.
func (set *leadBytes) addRunes(ranges []rune, fold bool) {
	if len(ranges) == 1 {
		ranges = []rune{ranges[0], ranges[0]}
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		if fold && hi-lo > 256 {
			set.addRange(0, unicode.MaxRune) // no expression here folds so wide a class
			continue
		}
		set.addRange(lo, hi)
		for r := lo; fold && r <= hi; r++ {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set.addRange(f, f)
			}
		}
	}
}

// addRange adds the first bytes of the runes lo to hi: the byte itself for
// ASCII, every byte from 0x80 for any other (a lead byte, or one the
// matcher reads as the error rune).
func (set *leadBytes) addRange(lo, hi rune) {
	for r := lo; r <= hi && r < 0x80; r++ {
		set[r] = true
	}
	if hi >= 0x80 {
		for b := 0x80; b < 256; b++ {
			set[b] = true
		}
	}
}

// mayOpen reports whether a match may begin s: false only when none can.
func (set *leadBytes) mayOpen(s string) bool { return s == "" || set[s[0]] }
