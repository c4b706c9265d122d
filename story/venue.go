package story

import "github.com/conflict-digest/conflict-digest/news"

// markVenue marks (news.Entity.Venue) the place of a talks story where its
// talks are held as its reports tell it: a city of no war its places hold
// (the gazetteer's venues: Geneva, Astana, Vienna) that members' analyses
// name as the talks' place (news.Entity.TalksHeld, decided by the analysis
// where it reads the text); of several, the one told most. The places
// talks discuss are what they are about, not where they were held (issue
// 13, d32 P1: Geneva talks on a truce were placed in Aleppo).
func markVenue(places []news.Entity, ms []Member) {
	count := map[string]int{}
	for i := range places {
		if p := &places[i]; p.Kind == "city" && p.Conflict == "" && p.Name != "" {
			count[p.Name] = 0
		}
	}
	if len(count) == 0 {
		return // most stories: no venue among their places
	}
	for i := range ms {
		for _, e := range ms[i].Analysis.Places {
			if _, ok := count[e.Name]; ok {
				count[e.Name] += int(e.TalksHeld)
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
