package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/lang"
)

// CleanSentence returns a sentence of an article without the page furniture
// the article summary strips — a dateline, the headline run into the lead,
// an agency tag — and whether what is left reads as news rather than page
// clutter (a tag list, a "read more", a photo caption). Story summaries use
// it so that the sentences they pick across articles are cleaned exactly as
// one article's summary is. title is the article's title, "" when unknown.
func CleanSentence(s, title string) (string, bool) {
	text := cleanSentence(s, strings.ToLower(s), title)
	low := strings.ToLower(text)
	ws := lang.Words(low)
	if len(ws) == 0 || isBoilerplate(low, ws) || endsWithDate(ws) || hasTagList(text) {
		return text, false
	}
	return text, true
}

// hasTagList reports a page's tag list glued inside a sentence ("... of the
// war-torn city Tags Syria Aleppo UN De Mistura Eleven people ..."): where
// the splitter found no sentence end before it, the list and the sentences
// around it run together and no part of them can be quoted whole.
func hasTagList(s string) bool {
	i := strings.Index(s, " Tags ")
	if i < 0 {
		return false
	}
	next, _, _ := strings.Cut(s[i+len(" Tags "):], " ")
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r)
}

// PartyOutlet reports whether source, an article's outlet (its SourceName
// or the name readers know it by: "sana", "Al-Manar", "Syrian Coalition"),
// is a party to the fighting's own: an entry the originator table marks
// as a party's (its organs SANA, Al-Manar, Sputnik, IRNA; a party speaking
// on its own site), compared by letters as outletEntry does. The table's
// common nouns ("army", "rebels", "government") name no outlet.
func PartyOutlet(source string) bool {
	key := outletKey(source)
	if key == "" {
		return false
	}
	for _, o := range origs.list {
		if r, _ := utf8.DecodeRuneInString(o.name); o.party && unicode.IsUpper(r) && outletKey(o.name) == key {
			return true
		}
	}
	return false
}

// SayingVerb reports a verb that closes a sentence after its sayer ("the
// group said", "... the Observatory added"): one list for the article
// summary and the story summary's reading of quotes.
func SayingVerb(w string) bool { return sayingVerbs.Has(w) } // w as written: "said", not "Said"

// CountedGroup reports a noun, in lower case, that names whom a count
// counts ("civilians", "terrorists", "children": the groups of figures).
func CountedGroup(w string) bool {
	_, ok := whoGroups[w]
	return ok
}

// NamesOutlet reports whether sentence s names a news outlet of the
// originator table, one that carries others' news and gives none of its
// own ("Associated Press", "Reuters", "AFP"): a sentence that tells what
// another outlet reported.
func NamesOutlet(s string) bool {
	for _, m := range origs.find(s, ftokens(s)) {
		if origs.list[m.id].kind == outletKind {
			return true
		}
	}
	return false
}
