package story

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
)

// loadedWords are a party's words for its enemy or its own dead, which a
// neutral headline of the same event does without: "Syrian Army Kills 31
// ISIL Terrorists" beside "Air raids kill 31 jihadists", "Syrian Forces Foil
// Raid ..." beside "29 Syria Rebels Dead in Fighting ...".
var loadedWords = lang.HeadlineWords(lang.LoadedWord)

// loadedHeadline reports a headline in a party's words (loadedWords).
func loadedHeadline(h string) bool {
	for _, w := range lang.Words(strings.ToLower(h)) {
		if loadedWords[w] {
			return true
		}
	}
	return false
}

// headCount returns the largest count a headline gives, as digits or a
// word ("31 jihadists", "Four medics"), 0 for none, so that a neutral
// headline telling less (no count, or a smaller one: "25 killed" beside
// "92 killed") does not replace one that tells more.
func headCount(h string) int64 {
	var most int64
	for _, f := range strings.Fields(strings.ToLower(h)) {
		w := strings.Trim(f, ",.:;!?\"'()")
		if v, err := strconv.ParseInt(strings.ReplaceAll(w, ",", ""), 10, 64); err == nil {
			most = max(most, v) // "1,300"
		} else if v, ok := lang.Cardinal(w); ok {
			most = max(most, v)
		}
	}
	return most
}

// pluralTails end the words that agree with a count above one: a plural
// noun ("leaders", "people", "children", "men") or a participle ("dead",
// "killed", "hurt").
var pluralTails = lang.StemList(lang.PluralTail)

// gluedCount reports a headline stripped of its punctuation whose count
// runs into a second clause to its end: "... kills 25 senior Nusra Front
// leader" (of "kills 25, senior Nusra Front leader"), where the words after
// a count above one hold no function word, no plural and no participle,
// and the last is in lower case: it reads as 25 leaders.
func gluedCount(h string) bool {
	ws := strings.Fields(h)
	for i, w := range ws {
		v, err := strconv.ParseInt(strings.ReplaceAll(w, ",", ""), 10, 64)
		if err != nil || v < 2 || len(ws)-i-1 < 2 {
			continue
		}
		rest := ws[i+1:]
		last := rest[len(rest)-1]
		if r, _ := utf8.DecodeRuneInString(last); !unicode.IsLower(r) {
			return false
		}
		for _, x := range rest {
			low := strings.ToLower(x)
			if lang.IsStop(low, lang.Function) || slices.ContainsFunc(pluralTails, func(t string) bool { return strings.HasSuffix(low, t) }) {
				return false
			}
		}
		return true
	}
	return false
}

// gluedSays reports a headline stripped of its punctuation that ends with
// who says it, run into its claim: "... kills 18 partner forces Pentagon
// says" (of "..., Pentagon says").
func gluedSays(h string) bool {
	ws := strings.Fields(h)
	if n := len(ws); n < 5 || strings.ContainsAny(h, ",:;") || ws[n-1] != "says" && ws[n-1] != "said" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[len(ws)-2])
	return unicode.IsUpper(r)
}

// partyOutlet reports a member from a party's own outlet (SANA, Al-Manar,
// the Syrian Coalition's site: analyze.PartyOutlet), by its source id or
// the name readers know it by.
func partyOutlet(m *Member) bool { return PartySource(m.source()) }

// PartySource reports an outlet, by its source id ("manar", "etilaf") or
// the name readers know it by, that is a party's own (analyze.PartyOutlet).
func PartySource(src string) bool {
	return analyze.PartyOutlet(src) || analyze.PartyOutlet(DisplaySource(src))
}

// headRank is what decides between the headlines of a story's newest
// development (headline): stating the story's toll, a party's words, the
// event day, a party's outlet, in that order.
type headRank struct {
	figure, loaded, party, glued bool
	count                        int64
	day                          time.Time
}

// rankHead returns the rank of member m's headline h.
func rankHead(h string, m *Member, day time.Time, figures []string) headRank {
	return headRank{figure: statesFigure(h, figures), count: headCount(h), loaded: loadedHeadline(h), party: partyOutlet(m), glued: gluedCount(h) || gluedSays(h), day: day}
}

// atLeast reports whether a headline ranked r may head the story over one
// ranked o that came before it: it states the toll where o does not; else
// it is in neutral words where o is in a party's and tells no less (a
// count as large as o's) nor is glued (a count run into another clause:
// gluedCount; its teller run into its claim: gluedSays);
// else it is of a later day; else it is not a party outlet's where o is,
// in words alike, telling as much and not glued; else, all equal, the
// later report heads it.
func (r headRank) atLeast(o headRank) bool {
	if r.figure != o.figure {
		return r.figure
	}
	better := func(a, b headRank) bool { return a.count >= b.count && !a.glued } // a may replace b
	if r.loaded != o.loaded {
		if !r.loaded && better(r, o) {
			return true
		}
		if r.loaded && better(o, r) {
			return false
		}
	}
	if !r.day.Equal(o.day) {
		return r.day.After(o.day)
	}
	if r.party != o.party && r.loaded == o.loaded && r.count == o.count && r.glued == o.glued {
		return !r.party
	}
	return true
}

// hurtWords tell the wounded beside the dead in a headline's count.
var hurtWords = lang.HeadlineWords(lang.HurtWord)

// tellsCasualties reports a headline whose count is of the killed and the
// hurt together: a word of the dead (killed, dead) followed by one of the
// hurt, next to it or after "and" ("Killed Injured" of a title stripped of
// its comma), or "casualties".
func tellsCasualties(h string) bool {
	ws := lang.Words(strings.ToLower(h))
	for i, w := range ws {
		if w == "casualties" {
			return true
		}
		if w != "killed" && w != "dead" || i+1 >= len(ws) {
			continue
		}
		next := ws[i+1]
		if next == "and" && i+2 < len(ws) {
			next = ws[i+2]
		}
		if hurtWords[next] {
			return true
		}
	}
	return false
}
