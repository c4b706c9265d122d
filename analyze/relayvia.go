package analyze

import "github.com/conflict-digest/conflict-digest/lang"

// A party's media often passes on a count from a source it names only by
// kind: "SANA news agency quoted local sources as saying ...", "a source at
// the province told SANA's correspondent that ...". The originator is the
// source behind the relay (relayedSource, attribute); the relay is kept
// beside it (news.Figure.Via), so that a reader sees the chain ("local
// sources via SANA") and that it reached the article through a party's
// organ, not from sources the article's outlet reached itself.

// relayWords tell that the media named before them passes on what a source
// named after them said: "SANA quoted local sources", "state media, citing
// a military source".
var relayWords = lang.WordSetOf(lang.ReportingWords(lang.RelayWord))

// relayReachAfter is how many tokens after a relay word the source it
// passes on may be named: "quoted a number of local sources".
const relayReachAfter = 4

// relayVia gives the figures whose originator a sentence names behind a
// party's media (relayIn) that media as their Via, in every sentence the
// originator's counts are read from: the lead's unattributed count that
// restates the relayed one is that count. A report of the relay's own
// outlet (outlet) names no relay: it is its own report.
func relayVia(sents []factSentence, ms []mention, outlet string) {
	own := outletEntry(outlet)
	via := map[string]int{}
	for i := range ms {
		m := &ms[i]
		if m.fig.Originator == "" {
			continue
		}
		if r := relayIn(&sents[m.sent]); r >= 0 && r != own && origs.list[r].name != m.fig.Originator {
			via[m.fig.Originator] = r
		}
	}
	if len(via) == 0 {
		return
	}
	for i := range ms {
		if r, ok := via[ms[i].fig.Originator]; ok && ms[i].fig.Originator != "" {
			ms[i].fig.Via, ms[i].fig.ViaParty = origs.list[r].name, origs.list[r].party
		}
	}
}

// relayIn returns the party's media (state_media, a party's organ) through
// which a sentence passes on another source's words, -1 for none: the
// media before a relay word and a source after it ("SANA news agency
// quoted local sources"), or the media told by "a source at" a body
// (relayedSource: "a source at Aleppo province told SANA's correspondent").
func relayIn(s *factSentence) int {
	if s.toks == nil {
		return -1
	}
	for i, m := range s.origs {
		o := origs.list[m.id]
		if o.kind != "state_media" || !o.party {
			continue
		}
		if m.end < len(s.toks) && relayWords.Has(s.toks[m.end].w) {
			for _, n := range s.origs[i+1:] {
				if n.start > m.end && n.start <= m.end+relayReachAfter && !relaying(n.id) {
					return m.id
				}
			}
		}
		if r, ok := relayedSource(s); ok && r.id != m.id && !relaying(r.id) && r.start < m.start {
			return m.id
		}
	}
	return -1
}
