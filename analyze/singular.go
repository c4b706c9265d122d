package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// personNouns are people counted one by one: "a child and a woman were
// killed" is a toll of two.
var personNouns = lang.PeopleWords(lang.PersonNoun)

// personNounSet is personNouns as mayStateFigure reads them.
var personNounSet = lang.WordSetOf(personNouns)

// singleDets open a phrase naming one person.
var singleDets = lang.DeterminerWords(lang.SingleDeterminer)

// personLead is how far into the text a toll told person by person is
// looked for: the main event's, in its lead.
const personLead = 3

// singularMentions finds tolls told person by person in a lead sentence:
// "A child and a woman were killed" (2), "a nurse critically wounded" (1),
// "killing a woman and injuring four others" (1).
func singularMentions(s *factSentence, si int) []mention {
	if s.index > personLead {
		return nil
	}
	var out []mention
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		n, end := personRun(toks, i)
		if n == 0 {
			continue
		}
		if k := singularKind(toks, i, end); k != nil {
			fig := news.Figure{Value: int64(n), Qualifier: news.Exact, Sentence: s.text, Kind: k.name,
				Text: s.text[toks[i].off:toks[end-1].end], Scope: news.ScopeMain}
			out = append(out, mention{fig: fig, kind: k, sent: si, index: s.index, tok: i})
		}
		i = end
	}
	return out
}

// personRun counts the one-person phrases joined by "and" or commas from
// toks[i] ("a man and his young daughter"), and the token after them.
func personRun(toks []ftok, i int) (int, int) {
	n, j := 0, i
	for j < len(toks) && toks[j].is(wcSingleDet) {
		k := ageAfter(toks, j+1)
		for a := 0; a < 2 && k < len(toks) && !toks[k].is(wcPersonNoun) && !toks[k].punct && !toks[k].isNum; a++ {
			k++ // an adjective or two: "his young daughter", "a Turkish soldier"
		}
		if k >= len(toks) || !toks[k].is(wcPersonNoun) {
			break
		}
		n, j = n+1, k+1
		if j < len(toks) && (toks[j].w == "and" || toks[j].w == ",") && j+1 < len(toks) && toks[j+1].is(wcSingleDet) {
			j++
			continue
		}
		if j+1 < len(toks) && toks[j].w == "and" && toks[j+1].is(wcPersonNoun) {
			n, j = n+1, j+2 // "a woman and child"
		}
		break
	}
	if n == 0 {
		return 0, i
	}
	return n, j
}

// ageAfter returns the token after a hyphenated age at k ("a five-year-old
// girl", "a 12-year-old boy": the number is the person's age, not a count),
// k when none stands there.
func ageAfter(toks []ftok, k int) int {
	if k+2 >= len(toks) || !toks[k].isNum || !toks[k+1].hyph || !toks[k+2].hyph {
		return k
	}
	if w := toks[k+1].w; (w == "year" || w == "month") && toks[k+2].w == "old" {
		return k + 3
	}
	return k
}

// singularKind returns the kind of a person run: a kind's verb or "... of"
// phrase right before it ("killing a woman", "the killing of a staff
// member") or its word after it, past auxiliaries and adverbs only ("were
// killed", "critically wounded", "was later killed").
func singularKind(toks []ftok, start, end int) *figureKind {
	for _, k := range figureKinds[:2] {
		if start > 0 && k.before.Has(toks[start-1].w) {
			if intentAt(toks, start-1) {
				return nil // "threatened to kill a journalist", "would kill a captive": a threat
			}
			return k
		}
		if start > 1 && k.beforeOf[[2]string{toks[start-2].w, toks[start-1].w}] {
			return k // "the killing of a staff member"
		}
		for j := end; j < len(toks) && j < end+4 && !toks[j].punct && !toks[j].isNum; j++ {
			if k.after.Has(toks[j].w) && doerOf(toks, j) {
				return nil // "A Taliban suicide fighter killed himself and wounded at least seven others": the doer, no count
			}
			if k.after.Has(toks[j].w) || k == &killedKind && gunnedDown(toks, j) {
				return k
			}
			if w := toks[j].w; !auxiliaries.Has(w) && !strings.HasSuffix(w, "ly") && w != "later" && w != "also" {
				break // "A man carries an injured girl": the man is not the injured
			}
		}
	}
	return nil
}

// doerOf reports the verb at j followed by a reflexive pronoun ("killed
// himself", "killed herself"): the one-person phrase before it is the one
// who did it, its own death no count of victims (readers write no number:
// "bomber killed himself (no number)").
func doerOf(toks []ftok, j int) bool {
	return j+1 < len(toks) && reflexives.Has(toks[j+1].w)
}

// reflexives turn a verb back on its subject: "killed himself".
var reflexives = lang.WordSetOf(lang.PeopleWords(lang.Reflexive))
