package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// ownedHeads are the lower-case nouns of a body that its name or a post
// stands before ("the Foo government", "the mayor's office"): a state's
// bodies written out (stateoffice) and the offices wire copy seats
// (seatedoffice).
var ownedHeads = lang.WordSetOf(func() map[string]bool {
	m := map[string]bool{}
	for w := range stateOffices {
		m[w] = true
	}
	for w := range seatedOffices {
		m[w] = true
	}
	return m
}())

// bodyHeadOriginators keeps the body's noun that the text writes right
// after a figure's originator as written ("According to the Deputy
// Minister of Health of the Foo government", "the mayor's office said"):
// the source is the body, its noun no word to cut. Only an originator the
// text writes (no name of the table, whose short names stay) and that ends
// in a capitalised word or a possessive; the noun must close the phrase
// (a comma, a full stop, "said", not "government buildings"). It looks in
// the figure's sentence, the next and the writtenReach before it.
func bodyHeadOriginators(sents []factSentence, ms []mention) {
	for i := range ms {
		f := &ms[i].fig
		o := f.Originator
		if o == "" {
			continue
		}
		if _, ok := tableEntry(o); ok {
			continue
		}
		last := o[strings.LastIndexByte(o, ' ')+1:]
		r, _ := utf8.DecodeRuneInString(last)
		if !unicode.IsUpper(r) && !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") {
			continue
		}
		order := []int{ms[i].sent, ms[i].sent + 1}
		for k := 1; k <= writtenReach; k++ {
			order = append(order, ms[i].sent-k)
		}
		for _, si := range order {
			if si < 0 || si >= len(sents) {
				continue
			}
			if head, ok := headAfter(sents[si].text, o); ok {
				f.Originator = o + " " + head
				break
			}
		}
	}
}

// headAfter returns the body's noun that follows name in text as a word
// of its own and closes the phrase.
func headAfter(text, name string) (string, bool) {
	for from := 0; ; {
		k := strings.Index(text[from:], name+" ")
		if k < 0 {
			return "", false
		}
		k += from
		from = k + 1
		if k > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:k]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		rest := text[k+len(name)+1:]
		e := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if e < 0 {
			e = len(rest)
		}
		w := rest[:e]
		if w == "" || !ownedHeads.Has(w) {
			continue // lower case only: "Government" would be a name's own word, read with it
		}
		after := strings.TrimLeft(rest[e:], " ")
		if after != "" && !strings.ContainsRune(",.;:)\"”'", rune(after[0])) && !closingWord(after) {
			continue // "the Foo government buildings": no source
		}
		return w, true
	}
}

// closingWord reports a phrase that goes on with a verb that closes a
// sentence after its sayer ("said", "reported").
func closingWord(after string) bool {
	w := after
	if e := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); e >= 0 {
		w = after[:e]
	}
	return closingSays.Has(w)
}

// closingSays are the verbs that close a sentence after its sayer.
var closingSays = lang.WordSetOf(lang.ReportingWords(lang.ClosingSayVerb | lang.ReportingVerb))
