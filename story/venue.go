package story

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
var talkWords = map[string]bool{
	"talks": true, "talk": true, "negotiations": true, "meeting": true, "meetings": true, "meet": true, "met": true,
	"conference": true, "summit": true, "round": true, "sat": true, "hotel": true, "session": true, "consultations": true,
}

// venueReach is how many words before "in" or "at" a talk word may stand:
// "kick off Syria talks in Geneva", "sat down in a Geneva hotel".
const venueReach = 3

// markVenue marks (news.Entity.Venue) the place of a talks story where its
// talks are held as its reports tell it: a city of no war its places hold
// (the gazetteer's venues: Geneva, Astana, Vienna) that a member's title
// or text names as the talks' place (heldAt); of several, the one told
// most. A venue named otherwise ("a news briefing in Geneva", "had told
// Tehran") is none. The places talks discuss are what they are about, not
// where they were held (issue 13, d32 P1: Geneva talks on a truce were
// placed in Aleppo).
func markVenue(places []news.Entity, ms []Member) {
	count := map[string]int{}
	for i := range places {
		if p := &places[i]; p.Kind == "city" && p.Conflict == "" && p.Name != "" {
			count[p.Name] = 0
		}
	}
	if len(count) == 0 {
		return // most stories: no venue among their places, no text read
	}
	for i := range ms {
		ws := lang.Words(ms[i].Article.Title + " . " + ms[i].Article.Text)
		for name := range count {
			nw := lang.Words(name)
			for j := 0; j+len(nw) <= len(ws); j++ {
				if ws[j] == nw[0] && strings.Join(ws[j:j+len(nw)], " ") == strings.Join(nw, " ") && heldAt(ws, j, j+len(nw)) {
					count[name]++
				}
			}
		}
	}
	best := ""
	for name, n := range count {
		if n > 0 && (best == "" || n > count[best] || n == count[best] && name < best) {
			best = name
		}
	}
	for i := range places {
		places[i].Venue = best != "" && places[i].Name == best
	}
}

// heldAt reports whether the venue at ws[from:to] is named as the place of
// talks: "in" or "at" before it (an article between) with a talk word
// within venueReach words before that, or a talk word within two words
// after it.
func heldAt(ws []string, from, to int) bool {
	for k := to; k < len(ws) && k <= to+1; k++ {
		if talkWords[ws[k]] {
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
		if talkWords[ws[k]] {
			return true
		}
	}
	return false
}
