package analyze

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// talkWords name talks or their sitting; one of them within venueReach
// words before "in" or "at" and a venue ("talks in Geneva", "sat down in
// a Geneva lakeside hotel", "met at Astana"), or within two words after
// the venue ("the Geneva talks", "a Geneva lakeside hotel"), tells where
// talks are held.
var talkWords = lang.WordSetOf(lang.TalksWords(lang.TalkWord))

// venueReach is how many words before "in" or "at" a talk word may stand:
// "kick off Syria talks in Geneva", "sat down in a Geneva hotel".
const venueReach = 3

// markTalksHeld sets on each place that may be a venue of talks — a city
// of no war (the gazetteer's venues: Geneva, Astana, Vienna) — how often
// the title or text names it as where talks are held (heldAt:
// news.Entity.TalksHeld). A venue named otherwise ("a news briefing in
// Geneva", "had told Tehran") counts nothing. A story of talks places its
// talks in the city its reports name so most (story.markVenue), not in the
// places the talks discuss (issue 13, d32 P1: Geneva talks on a truce were
// placed in Aleppo). words returns the words of the whole title and text
// (articleWords); it is called only for an article that names a venue.
func markTalksHeld(places []news.Entity, words func() []string) {
	var ws []string
	for i := range places {
		p := &places[i]
		if p.Kind != "city" || p.Conflict != "" || p.Name == "" {
			continue
		}
		nw := lang.Words(p.Name)
		if len(nw) == 0 {
			continue
		}
		if ws == nil {
			ws = words()
		}
		name := strings.Join(nw, " ")
		for j := 0; j+len(nw) <= len(ws); j++ {
			if ws[j] == nw[0] && strings.Join(ws[j:j+len(nw)], " ") == name && heldAt(ws, j, j+len(nw)) {
				p.TalksHeld++
			}
		}
	}
}

// articleWords returns lang.Words(a.Title + " . " + a.Text): the doc's
// title words and words when the doc reads the article's whole title and
// text as they are (title and text from readAs), copied into the arena's
// array, else the article's words afresh.
func articleWords(d *doc, a *news.Article, title, text string) []string {
	if title == a.Title && text == a.Text && len(text) <= maxText {
		ws := d.arena.article.take(len(d.titleWords) + len(d.words)) // read in the analysis only
		ws = append(append(ws, d.titleWords...), d.words...)
		d.arena.article.keep(ws)
		return ws
	}
	return lang.Words(a.Title + " . " + a.Text)
}

// heldAt reports whether the venue at ws[from:to] is named as the place of
// talks: "in" or "at" before it (an article between) with a talk word
// within venueReach words before that, or a talk word within two words
// after it.
func heldAt(ws []string, from, to int) bool {
	for k := to; k < len(ws) && k <= to+1; k++ {
		if talkWords.Has(ws[k]) {
			return true
		}
	}
	p := from - 1
	if p >= 0 && (ws[p] == "a" || ws[p] == "the") {
		p--
	}
	if p < 0 || ws[p] != "in" && ws[p] != "at" {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-venueReach; k-- {
		if talkWords.Has(ws[k]) {
			return true
		}
	}
	return false
}
