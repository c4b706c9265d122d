package story

import (
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
)

// weekdays maps the words news uses for the day of an event to a weekday.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// eventDayWords is how many words of the title and lead are searched for
// the event's day: the day the lead gives is the event's, later days are
// background ("a truce agreed on Friday").
const eventDayWords = 80

// noDay is the event day of an item whose lead names none.
const noDay = -1 << 31

// eventDay returns the day of the event as days since 1970, from the first
// weekday, "yesterday" or "today" in the title and lead, taken as the
// latest such day not after publication ("on Tuesday" in an article
// published on Thursday is two days before). It returns noDay when the lead
// names no day or the article has no publication time.
func eventDay(title, text string, published time.Time) int32 {
	d, day := newDayFinder(published), int32(noDay)
	for _, s := range append([]string{title}, textLead(text, nil, leadSentences)...) {
		for _, w := range analyze.Words(s) {
			day = d.next(w, day)
		}
	}
	return day
}

// dayFinder finds the event day in a stream of words.
type dayFinder struct {
	published time.Time
	pub       int32 // day of publication
	words     int
}

func newDayFinder(published time.Time) *dayFinder {
	return &dayFinder{published: published, pub: int32(published.Unix() / 86400)}
}

// next takes the next word and returns the event day found so far.
func (d *dayFinder) next(w string, found int32) int32 {
	if found != noDay || d.published.IsZero() {
		return found
	}
	if d.words++; d.words > eventDayWords {
		return noDay
	}
	switch w {
	case "today", "tonight":
		return d.pub
	case "yesterday":
		return d.pub - 1
	}
	if wd, ok := weekdays[w]; ok {
		return d.pub - int32((int(d.published.Weekday())-int(wd)+7)%7)
	}
	return noDay
}
