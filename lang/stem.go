package lang

import (
	"strings"
	"unicode/utf8"
)

// Stem is the project's one stemmer, a light one for English: enough that
// "strikes" meets "strike", "killed" "kill", "civilians" "civilian" and
// "planned" "plan", without the surprises a full stemmer makes of
// names ("Idlib", "Aleppo's"). It takes a lower-case word, drops a
// possessive and spells British words the American way ("centre",
// "neighbourhood"), so that either spelling finds the other.
func Stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if v, ok := spelling[w]; ok {
		w = v
	}
	n := utf8.RuneCountInString(w)
	switch {
	case n <= 3:
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ing") && n > 5:
		return undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && n > 4:
		return undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "es") && n > 4 && strings.ContainsAny(w[len(w)-3:len(w)-2], "sxzh"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// spelling maps British spellings to American ones.
var spelling = map[string]string{
	"neighbourhood": "neighborhood", "neighbourhoods": "neighborhoods", "centre": "center",
	"centres": "centers", "defence": "defense", "organisation": "organization",
	"organisations": "organizations", "programme": "program", "harbour": "harbor",
	"armoured": "armored", "labour": "labor", "honour": "honor",
}

// undouble drops a doubled final consonant ("planned" becomes "plan"), but
// not a doubled l or s ("shelled" stays "shell").
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}
