package analyze

// A court story's background tolls (issue 10, round h-fig58): news whose
// headline or lead tells a court's later step — a trial, jurors, a verdict,
// a sentence, an inquest — reports that step; the attack, crash or killing
// it is about is its background, as GUIDE.md "Figures" and eval/orig2's
// conventions have it ("a trial, sentencing, inquest or anniversary of an
// earlier event has no main figure"). Read on eval/orig2's fit half: a
// bomber's trial whose jurors watch the bombs that killed three and hurt
// 260 (cnndm-cgv-459), footage "shown in court" of the blast that killed a
// boy (cnndm-g4t-508). A lead that gives a toll of its own that is no
// follow-up's ("Gunmen kill 12 as the trial of their leader opens") keeps
// its figures: the court's step is then an aside of the day's attack.

import "github.com/conflict-digest/conflict-digest/lang"

var courtWords = lang.WordSetOf(lang.WarWords(lang.CourtWord))

// markCourtTolls marks as background the killed and injured counts of an
// article whose headline or lead tells a court's step (courtLead).
func markCourtTolls(sents []factSentence, ms []mention) {
	if !courtLead(sents, ms) {
		return
	}
	for i := range ms {
		if k := ms[i].kind; k == &killedKind || k == &injuredKind {
			ms[i].background = true
		}
	}
}

// courtLead reports a headline or lead (the sentences before the body's
// second) that names a court's step and states no killed or injured count
// that is not already background or another event's.
func courtLead(sents []factSentence, ms []mention) bool {
	court := false
	for si := range sents {
		s := &sents[si]
		if s.index > 0 {
			break
		}
		for _, t := range s.toks {
			if courtWords.Has(t.w) {
				court = true
				break
			}
		}
	}
	if !court {
		return false
	}
	for i := range ms {
		m := &ms[i]
		if m.index <= 0 && !m.background && !m.other && (m.kind == &killedKind || m.kind == &injuredKind) {
			return false
		}
	}
	return true
}
