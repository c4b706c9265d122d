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
	text = sourceLast(text)
	at := 0
	if c := strings.IndexByte(text, ','); c > 0 && openingClause(text[:c]) {
		at = c + 1
		for at < len(text) && text[at] == ' ' {
			at++
		}
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
		return text[:at] + to + rest[n:]
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
