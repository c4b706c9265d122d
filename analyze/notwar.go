package analyze

import _ "embed"

// Rules of the relevance gate for texts that are not about armed conflict
// although they name a place of one and words of violence, war or
// displacement beside it (issues 13 and 14, round h-gate27): agency pages
// the store gives with no headline, whose first sentence tells what they
// are about. Each is asked in relevanceOf's switch, after the topics.

// hazardOpening reports whether a page with no headline is a natural
// hazard's report: its first sentence of prose (openingSentence, standing
// for the headline the page lacks) names a disaster ([disaster]: a
// cyclone, an earthquake, a drought) and no armed word, no violence but a
// toll's, no refugees and no war's toll, and names the hazard before any
// war or sign of one (hazardFirst); no armed party is named; and
// the text names the hazard more often than all its armed words, its
// violence (a toll's left out) and its wars together. A cyclone that makes
// landfall where the displaced of a war live in camps, an earthquake whose
// relief gang violence slows, a drought that "exacerbates underlying
// challenges to food security from conflict": the readers of the labels
// call each the hazard's (GUIDE.md), as the topics do when a headline
// names it (topicWins). A report that opens on the war's displaced
// ("5.8K people displaced in Port-au-Prince as violence escalates") or on
// a flood's absence names no hazard first and stays where the rest of the
// gate puts it.
func (c *gateCounts) hazardOpening(in gateInput) bool {
	if len(in.title) != 0 || in.party {
		return false
	}
	head := openingSentence(in)
	if head == nil {
		return false
	}
	n := gateAll.counts(head)
	if n[gateSections["disaster"]] == 0 || !hazardFirst(head) {
		return false
	}
	for _, s := range []string{"armed", "refugee", "wartoll"} {
		if n[gateSections[s]] > 0 {
			return false
		}
	}
	force, toll := gateSections["force"], gateSections["toll"]
	if n[force] > n[toll] {
		return false
	}
	war := c.text[gateSections["armed"]] + max(c.text[force]-c.text[toll], 0) + c.text[gateSections["war"]]
	return c.text[gateSections["disaster"]] > war
}

// hazardTold reports whether a page with no headline is a natural hazard's
// report told past an opening that names none: an agency's sitrep whose first
// sentences are its own furniture ("The report is produced by OCHA DRC in
// collaboration with humanitarian partners") and whose text names the hazard
// at least hazardTimes times, and hazardShare times for each of its words of
// violence (a toll's left out) and war; it names no armed word, no refugees
// and no war's toll anywhere, no armed party, and its headline and lead no
// violence but a toll's. The displaced and the aid of a volcano's eruption
// in Goma are the eruption's, though Goma is a place of a war (rwp7's
// UNICEF and OCHA reports on Nyiragongo, both readings not about war; with
// a headline, "Volcano Eruption Goma", the topic decides it already). A
// report of people displaced "as violence escalates" (violence in its lead)
// or of a war's refugees stays where the rest of the gate puts it, and so
// does a war's report that names a flood once or twice (rwp9-020be6d1f7).
func (c *gateCounts) hazardTold(in gateInput) bool {
	if len(in.title) != 0 || in.party || c.forceTL > c.tl("toll") {
		return false
	}
	for _, s := range []string{"armed", "refugee", "wartoll"} {
		if c.text[gateSections[s]] > 0 {
			return false
		}
	}
	force, toll := gateSections["force"], gateSections["toll"]
	war := max(c.text[force]-c.text[toll], 0) + c.text[gateSections["war"]]
	n := c.text[gateSections["disaster"]]
	return n >= hazardTimes && n >= hazardShare*war
}

// hazardTimes and hazardShare: how often a headless report's text names its
// hazard, in all and for each word of violence or war (hazardTold).
const (
	hazardTimes = 3
	hazardShare = 3
)

// firstHazard returns the hazard's words as the text first names them
// (hazardTold's detail).
func firstHazard(in gateInput) string {
	for _, ws := range in.text {
		if f := gate["disaster"].found(ws, nil); f != "" {
			return f
		}
	}
	return ""
}

// hazardFirst reports whether the first word of a disaster, a war or a
// sign of war ([disaster], [war], [warsign]) in ws is the disaster's: the
// sentence tells the hazard and names the war, or the insecurity that
// hampers its relief, after it ("a 7.2 magnitude earthquake ... areas
// which were already challenging to access due to ongoing insecurity").
func hazardFirst(ws []string) bool {
	disaster, war, sign := gate["disaster"], gate["war"], gate["warsign"]
	for i := range ws {
		switch {
		case war.at(ws, i) != nil, sign.at(ws, i) != nil:
			return false
		case disaster.at(ws, i) != nil:
			return true
		}
	}
	return false
}

//go:embed notwar.txt
var notWarData string

// notWar holds notwar.txt's phrase sets by section: [migrants], [smugglers].
var notWar = parseGate(notWarData)

// migrantsAbused reports whether a report is about migrants held and abused
// by traffickers in a country at war, not about the war: its headline (for a
// page with none, its first sentence of prose) names migrants and no armed
// word, no war and no sign of one; its text names their traffickers or
// smugglers; no armed party is named and nothing is struck ([impact]) or
// counted as a war's toll; every armed word stands in a sentence that names
// the migrants, the traffickers or gangs (the abusers listed together:
// "state officials, armed groups, smugglers and traffickers"); and the text
// names the migrants at least migrantShare times for each of its armed and
// war words. Killings, torture and slavery of migrants in detention and by
// trafficking networks are their migration's plight, the war the
// background ("Libya has become a transit route for migrants fleeing
// conflict"), as the readers of the labels have it (GUIDE.md; rwp11: the UN
// report on migrants in Libya, as VOA and Reuters told it).
func (c *gateCounts) migrantsAbused(in gateInput) bool {
	head := in.title
	if len(head) == 0 {
		head = openingSentence(in)
	}
	if in.party || notWar["migrants"].count(head) == 0 {
		return false
	}
	n := gateAll.counts(head)
	for _, s := range []string{"armed", "war", "warsign"} {
		if n[gateSections[s]] > 0 {
			return false
		}
	}
	for _, s := range []string{"impact", "wartoll"} {
		if c.title[gateSections[s]]+c.text[gateSections[s]] > 0 {
			return false
		}
	}
	all := append([][]string{in.title}, in.text...)
	migrants, smugglers, gangs, armed := notWar["migrants"], notWar["smugglers"], peaceNeeds["gangs"], gate["armed"]
	m, s := 0, 0
	for _, ws := range all {
		mw, sw := migrants.count(ws), smugglers.count(ws)
		m, s = m+mw, s+sw
		if armed.count(ws) > 0 && mw+sw+gangs.count(ws) == 0 {
			return false
		}
	}
	war := c.title[gateSections["armed"]] + c.text[gateSections["armed"]] + c.title[gateSections["war"]] + c.text[gateSections["war"]]
	return s > 0 && m >= migrantShare*war
}

// migrantShare is how many words of migrants a report of their abuse names
// for each armed word or word of war (migrantsAbused).
const migrantShare = 2
