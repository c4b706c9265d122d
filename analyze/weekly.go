package analyze

import (
	"strconv"
	"time"
)

// A weekly update (issue 10, round h-fig41) prints its period as its
// dateline ("12 - 19 October 2018 UNHCR FLASH UPDATE") and opens with its
// lead item, the week's news ("On 16 October, UNHCR evacuated 135 ..."),
// then strings the week's other items under headings (population
// movements, a shipwreck, the agency's response, key figures). The lead
// item is the update's main event, told on a day of its period however
// early in the week; the later items are other stories (GUIDE.md: a
// bulletin of many items has no main figure beyond its lead's).

// maxWeekDays bounds a weekly update's period: a week or two, not a month
// (a monthly update's news may stand in any of its paragraphs).
const maxWeekDays = 15

// weekLeadWords is how many words a sentence must have to open the lead item
// (headings, the period and the title's words have fewer).
const weekLeadWords = 10

// weekLead is a weekly update's period and the paragraph of its lead item.
type weekLead struct {
	start time.Time // the period's first day
	para  int       // the lead item's paragraph
	ok    bool
}

// weeklyLead returns the period a text's dateline prints as "D1 - D2
// Month Year", at most maxWeekDays long, and the paragraph of the first
// sentence of weekLeadWords words or more after it; ok is false when the
// dateline is no such period.
func weeklyLead(d *doc) weekLead {
	ws := d.words[:min(len(d.words), datelineReach+3)]
	for i := 1; i < len(ws) && i < datelineReach; i++ {
		end, n, ok := dateAt(ws[i:])
		if !ok || n != 3 {
			continue
		}
		first, err := strconv.Atoi(ws[i-1])
		if err != nil || first < 1 || first >= end.Day() || end.Day()-first > maxWeekDays {
			return weekLead{}
		}
		after := i + n
		for j := range d.sents {
			s := &d.sents[j]
			if j >= maxFactSentences {
				break
			}
			if s.at+len(s.words) > after && s.at+len(s.words)-max(after, s.at) >= weekLeadWords {
				start := time.Date(end.Year(), end.Month(), first, 0, 0, 0, 0, time.UTC)
				return weekLead{start: start, para: s.para, ok: true}
			}
		}
		return weekLead{}
	}
	return weekLead{}
}

// weekLeadDay reports a sentence of a weekly update's lead item whose date
// falls within the update's period: the lead item's own day, not an
// earlier event recalled.
func weekLeadDay(s *factSentence, wl weekLead) bool {
	return wl.ok && s.para == wl.para && !earlierDate(s.toks, wl.start.Add(60*time.Hour))
}

// weeklyOthers marks as other events' the figures a weekly update gives
// outside its lead item's paragraph.
func weeklyOthers(ms []mention, sents []factSentence, wl weekLead) {
	if !wl.ok {
		return
	}
	for i := range ms {
		if s := &sents[ms[i].sent]; s.index >= 0 && s.para != wl.para {
			ms[i].other = true
		}
	}
}
