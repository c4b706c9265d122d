package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// movedWords introduce the places people moved out of: "evacuated from
// Madaya", "left Fuaa and Kafraya".
var movedWords = WordSetOf(map[string]bool{"from": true, "left": true, "fled": true})

// maxPlaceDescribers is how many lower-case words may stand between a
// moved word and the names ("from the northern towns of Fuaa and
// Kafraya", "from rebel-held Madaya").
const maxPlaceDescribers = 4

// PlacesMovedFrom returns the names of the places that words (as written,
// WordsAsWritten) tell people moved out of, from word at on: the first
// "from", "left" or "fled" followed, past at most a few lower-case words
// ("the northern towns of"), by names joined by "and" — "Madaya and
// Zabadani". "" when there is none: "left the two towns" names no place.
func PlacesMovedFrom(words []string, at int) string {
	for i := max(at, 0); i < len(words); i++ {
		if !movedWords.Has(strings.ToLower(words[i])) {
			continue
		}
		if names := namesAfter(words, i+1); names != "" {
			return names
		}
		return ""
	}
	return ""
}

// namesAfter returns the run of capitalised names joined by "and" that
// begins within maxPlaceDescribers lower-case words of i.
func namesAfter(words []string, i int) string {
	j := i
	for j < len(words) && j-i < maxPlaceDescribers && !Capitalised(words[j]) {
		j++
	}
	var names []string
	for j < len(words) && Capitalised(words[j]) {
		names = append(names, words[j])
		if j+2 < len(words) && words[j+1] == "and" && Capitalised(words[j+2]) {
			names = append(names, "and")
			j += 2
			continue
		}
		break
	}
	return strings.Join(names, " ")
}

// Capitalised reports a word written with a capital first letter.
func Capitalised(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'A' < 26 // unicode.IsUpper of an ASCII byte ('A' to 'Z'), inlined
	}
	return capitalRune(w)
}

// capitalRune is Capitalised of a word that opens past ASCII (or "").
func capitalRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
