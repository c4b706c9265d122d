package analyze

// dealAidCue is the aid or access a sentence must tell in full to be a
// deal's aid term (dealAid): "the deal will ensure the immediate,
// unimpeded entry of humanitarian supplies" (1.0); an aid body named
// ("Aid organization Oxfam said the end of the truce is terrible news",
// 0.8) or people, food and medicine let pass as one of a peace process's
// gains (0.88) are not.
const dealAidCue = 0.95

// humanitarianRule is the index of the humanitarian rule in rules.
const humanitarianRule = 2

// dealAid is the humanitarian evidence of the sentences past the lead that
// tell aid or access as a truce's or a deal's term, in an article the
// rules give talks or ceasefire: the sentence names the pact (lang's pact
// words: truce, ceasefire, accord, deal, agreement, peace) and tells aid or
// access in full ("- Humanitarian Aid: The deal will ensure the immediate,
// unimpeded entry of humanitarian supplies", "226 aid trucks entered Gaza
// daily, falling short of the minimum 600 trucks that Israel is obligated
// to permit under the agreement", "the TPLF asked the UN to enforce a
// ceasefire in order to restore the flow of humanitarian aid"). The
// labelling guide's "a deal that lets besieged civilians leave is talks +
// humanitarian": what the deal lets in is its news, told where the story
// lists the deal's terms, not in a passing line (issue 14, h-hum1: cf2 fit
// cf2-e35536fc97, cf3 fit cf3-b5d10d2ccc, cf3-f6cd96d0b7; every fit
// document with such a sentence is labelled humanitarian by a reading).
// An evacuation deal is left out: FA-KES's readers give a deal's
// evacuation told in the body no humanitarian (fakes-096).
func dealAid(d *doc, ss []scored, head int) float32 {
	var e float32
	for i := range ss {
		s := &ss[i]
		if s.index < 0 || s.lead || s.index == head || s.index >= len(d.sents) {
			continue
		}
		h := s.evidenceOf(fHumanitarian)
		if h < dealAidCue || max(s.w[fAid], s.w[fAccess]) < dealAidCue {
			continue
		}
		for _, w := range d.sents[s.index].words {
			if pactWords[w] {
				e += h
				break
			}
		}
	}
	return e
}

// withDealAid decides humanitarian again for an article the rules give
// talks or ceasefire and not humanitarian, its deal's aid terms past the
// lead (dealAid) counted as lead sentences and a paragraph given to aid.
func (rr *ruleResult) withDealAid(d *doc, ss []scored, head int) {
	if rr.decided[humanitarianRule] || !(rr.decided[talksRule] || rr.decided[ceasefireRule]) {
		return
	}
	e := dealAid(d, ss, head)
	if e == 0 {
		return
	}
	r := &rules[humanitarianRule]
	p := rr.prof[humanitarianRule]
	p.lead += e
	p.run = max(p.run, 2)
	s := r.score(p)
	rr.prof[humanitarianRule] = p
	rr.score[humanitarianRule] = s / (s + r.threshold)
	rr.decided[humanitarianRule] = s >= r.threshold && p.peak >= r.peak
}
