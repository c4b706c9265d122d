package ask

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// restate returns a question with its opening phrase written as the parse
// reads it (lang.QuestionRestated): readers ask "what amount of aid did
// Finland send" and "which person signed the loan" as others ask "how much
// aid" and "who signed", and every reading after the parse (the type, what
// is counted, the count's verb, the argument) then sees one wording. The
// phrase may follow an opening clause set off by a comma ("According to
// UNICEF, what amount ...", "In December 2017, which person ..."). A phrase
// must end at a word's end: "what amounts" is left as written.
func restate(text string) string {
	text = sourceLast(leadInOff(text))
	if out, ok := restateAt(text, 0); ok {
		return out
	}
	// a comma inside a figure ("a 5,000-liter bladder") closes no clause
	if c := strings.Index(text, ", "); c > 0 && openingClause(text[:c]) {
		out, _ := restateAt(text, c+2)
		return out
	}
	return text
}

// restateAt restates the phrase that opens text[at:], reporting whether
// one did.
func restateAt(text string, at int) (string, bool) {
	for at < len(text) && text[at] == ' ' {
		at++
	}
	rest := text[at:]
	for _, r := range lang.QuestionRestated {
		n := len(r.From)
		if len(rest) <= n || !strings.EqualFold(rest[:n], r.From) || rest[n] != ' ' {
			continue
		}
		to := r.To
		if rest[0] >= 'A' && rest[0] <= 'Z' {
			to = strings.ToUpper(to[:1]) + to[1:]
		}
		return text[:at] + to + rest[n:], true
	}
	return text, false
}

// leadInOff returns a question without the words a reader set before its
// own (lang.QuestionLeadIns): "Tell me how many people were killed in
// Aleppo", "Do we know which group claimed the attack?" read as "How many
// people ...", "Which group ...". The words after the lead-in must open a
// question ("tell me about the truce" is left as written). Of the fit
// questions asked so (eval/askpara.py's tellme, doweknow, canyou), "do we
// know" had lost 6 of 220 answers: "know" was read as the question's verb
// and term.
func leadInOff(text string) string {
	for _, l := range lang.QuestionLeadIns {
		n := len(l)
		if len(text) <= n+1 || !strings.EqualFold(text[:n], l) || text[n] != ' ' && text[n] != ',' {
			continue
		}
		rest := strings.TrimLeft(text[n:], " ,:")
		w, _, _ := strings.Cut(rest, " ")
		if !lang.QuestionWord(strings.ToLower(w)) {
			return text
		}
		return strings.ToUpper(rest[:1]) + rest[1:]
	}
	return text
}

// sourceLast moves a question's opening source to its end: "According
// to UNICEF, how many children ...?" reads as "How many children ...,
// according to UNICEF?", as most readers write it. The words are the same,
// but the order of the question's terms was not: of the 80 fit questions
// closing on their source (eval/askpara.py's accfront), 0.938 were answered
// as written and 0.887 with the source first.
func sourceLast(text string) string {
	const acc = "according to "
	c := strings.IndexByte(text, ',')
	if c < 0 || len(text) < len(acc) || !strings.EqualFold(text[:len(acc)], acc) || !strings.HasSuffix(text, "?") {
		return text
	}
	rest := strings.TrimSpace(text[c+1 : len(text)-1])
	if rest == "" || strings.ContainsAny(text[:c], "?") {
		return text
	}
	return strings.ToUpper(rest[:1]) + rest[1:] + ", " + strings.ToLower(text[:1]) + text[1:c] + "?"
}

// openingClause reports whether the words before a question's first comma
// are a clause set before it: its source ("According to UNICEF") or its
// time or place ("In December 2017").
func openingClause(s string) bool {
	low := strings.ToLower(s)
	return strings.HasPrefix(low, "according to ") || strings.HasPrefix(low, "in ") || strings.HasPrefix(low, "on ") ||
		strings.HasPrefix(low, "as of ") || strings.HasPrefix(low, "during ")
}
