package analyze

// The marks that set a figure apart from the article's own event: a war's
// or a year's total, an earlier event recalled, a population a report
// serves.

import (
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// warWords name a whole war: a count beside them may be the war's total.
var warWords = wordSet("war", "conflict", "uprising", "crisis", "revolution", "revolt", "insurgency", "unrest", "fighting")

// isBackground reports a cumulative or past figure near i: "since 2011",
// "the war that has killed", "so far this year".
func isBackground(toks []ftok, i int) bool {
	if previousToll(toks, i) || periodBefore(toks, i) {
		return true
	}
	lo, hi := max(0, i-14), min(len(toks), i+12)
	perfect, war := false, false
	for j := lo; j < hi; j++ {
		w := toks[j].w
		next := ""
		if j+1 < len(toks) {
			next = strings.TrimSuffix(toks[j+1].w, "'s") // "last week's massacre"
		}
		switch {
		case w == "since" && ((sinceOrigin(toks, j) && !superlativeBefore(toks, j)) || killedKind.before[next]):
			return true // "since 2011", "has since killed"
		case (w == "has" || w == "have") && j >= i-5 && j < i:
			perfect = true // "the war ... has killed more than"
		case warWords[w] && w != "fighting" && j >= i-8 && j <= i+6:
			war = true
		case w == "total" && next == "number", (w == "brought" || w == "brings" || w == "bringing") && j < i:
			return true // "brought the total number of ... killed in Syria to 18": a running total
		case (w == "in" || w == "during" || w == "throughout") && j+1 < len(toks) && toks[j+1].year:
			return true // "In 2017, 7,224 people were displaced": a year's total
		case w == "so" && next == "far", w == "this" && next == "year", w == "last" && next == "year",
			w == "in" && next == "total", (w == "last" || w == "this") && (next == "month" || next == "week"):
			return true

		}
	}
	return (war && perfect) || (toks[i].num >= 10_000 && warInSentence(toks))
}

// populationNouns after "displaced" make it a population's name ("displaced
// persons"), not an event's outcome.
var populationNouns = wordSet("people", "persons", "families", "households", "population", "populations",
	"individuals", "iraqis", "syrians", "civilians", "women", "children")

// movementWords tell of a displacement that happened: a flight, an arrival,
// a cause or a time (weekdays too, from lang).
var movementWords = wordSet("fled", "flee", "fleeing", "arrived", "arriving", "arrival", "arrivals", "influx", "newly",
	"new", "forced", "displacement", "following", "after", "since", "last", "past", "recent", "recently",
	"week", "weeks", "weekend", "days", "yesterday", "today", "due", "because", "triggered", "caused", "settled", "moved", "displacing", "uprooted")

// stockCount reports a count of the displaced named as a population ("3.2
// million IDPs", "for 226 displaced families") in a sentence that tells of
// no flight, arrival, cause or time: the people a report serves, not the
// ones an event displaced. end is the count's kind word.
func stockCount(toks []ftok, i, end int) bool {
	if end <= i {
		return false // "displaced 61,000 people": a verb
	}
	w := toks[end].w
	if w != "idps" && !(w == "displaced" && end+1 < len(toks) && populationNouns[toks[end+1].w]) {
		return false
	}
	for _, t := range toks {
		if _, day := lang.Weekday(t.w); movementWords[t.w] || day {
			return false
		}
	}
	return true
}

// eventNouns name an attack that a count may be the toll of.
var eventNouns = wordSet("attack", "attacks", "strike", "strikes", "airstrike", "bombing", "bombings", "massacre",
	"assault", "raid", "raids", "offensive", "blast", "explosion", "shelling")

// blameWords before "for" make the event the one the article reports:
// "claimed responsibility for a suicide bombing that killed 30".
var blameWords = wordSet("responsibility", "responsible", "blame", "blamed", "blames", "blaming", "accountable", "credit")

// linkWordsOfPhrase stand between "for" and an attack that is not its object.
var linkWordsOfPhrase = wordSet("following", "after", "on", "in", "of", "over", "during", "amid", "since")

// recalledFor reports a count in a relative clause of an attack that is the
// purpose or cause of something else: "the launch pad for a devastating
// chemical attack on an Idlib village that left up to a hundred civilians
// dead", "in retaliation for a gas attack that killed 87": an earlier event
// recalled, unless "for" follows blame ("responsible for").
func recalledFor(toks []ftok, i int) bool {
	rel := -1
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].w == "that" || toks[j].w == "which" {
			rel = j
			break
		}
	}
	if rel < 0 {
		return false
	}
	for j := rel - 1; j >= 1 && j >= rel-8; j-- {
		if toks[j].punct {
			return false
		}
		if !eventNouns[toks[j].w] {
			continue
		}
		if datedBefore(toks, j) {
			return true // "the 14 October bomb attack in Mogadishu that claimed more than 500 lives"
		}
		for f := j - 1; f >= 1 && f >= j-5; f-- {
			if toks[f].punct || linkWordsOfPhrase[toks[f].w] {
				return false // "investigated for war crimes following an attack": not the attack's "for"
			}
			if toks[f].w == "for" {
				return !blameWords[toks[f-1].w]
			}
		}
		return false
	}
	return false
}

// superlatives compare an event with the past: "the most dangerous month
// since December 2013, with nine killed" dates the comparison, not the count.
var superlatives = wordSet("most", "deadliest", "worst", "bloodiest", "highest", "largest", "biggest", "heaviest")

func superlativeBefore(toks []ftok, j int) bool {
	for k := j - 1; k >= 0 && k >= j-10 && !toks[k].punct; k-- {
		if superlatives[toks[k].w] {
			return true
		}
	}
	return false
}

// datedBefore reports a date in the noun phrase of the attack at j: "the
// 14 October bomb attack", "the April 4 attack", "the 2013 massacre".
func datedBefore(toks []ftok, j int) bool {
	for k := j - 1; k >= 0 && k >= j-4 && !toks[k].punct; k-- {
		if toks[k].year || (isMonth(toks[k].w) && ((k > 0 && toks[k-1].isNum) || (k+1 < j && toks[k+1].isNum))) {
			return true
		}
		if toks[k].w == "the" {
			break
		}
	}
	return false
}

// periodBefore reports "a month of infighting has killed ...": the number
// totals a period of weeks or more, not an event.
func periodBefore(toks []ftok, i int) bool {
	for j := 1; j+1 < i; j++ {
		w, p := toks[j].w, toks[j-1]
		if (w == "month" || w == "months" || w == "weeks" || w == "years") && toks[j+1].w == "of" &&
			(p.w == "a" || (p.isNum && !p.year) || p.w == "several" || p.w == "past") {
			return true
		}
	}
	return false
}

// warInSentence reports a word for the whole war ("the war", "the conflict").
func warInSentence(toks []ftok) bool {
	for _, t := range toks {
		if warWords[t.w] && t.w != "fighting" {
			return true
		}
	}
	return false
}

// sinceOrigin reports "since" followed by a year or the start of the war.
func sinceOrigin(toks []ftok, j int) bool {
	dated := datedStart(toks, j+1)
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if (t.year && !dated) || t.w == "start" || t.w == "beginning" || t.w == "outbreak" || t.w == "began" || t.w == "erupted" ||
			t.w == "started" || t.w == "onset" || warWords[t.w] {
			return true
		}
	}
	return false
}

// datedStart reports a day and month at toks[k] ("since 25 August 2017",
// "since August 25"): a crisis dated to the day, not a war's years.
func datedStart(toks []ftok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	day := func(t ftok) bool { return t.isNum && !t.year && !t.amount && t.num >= 1 && t.num <= 31 }
	return (day(toks[k]) && isMonth(toks[k+1].w)) || (isMonth(toks[k].w) && day(toks[k+1]))
}

// previousToll reports "a previous toll of N": superseded by the new one.
func previousToll(toks []ftok, i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j].w == "toll" {
			p := toks[j-1].w
			return p == "previous" || p == "earlier" || p == "initial" || p == "old" || p == "preliminary"
		}
	}
	return false
}

// lapseUnits measure how long before another event one happened: "a day
// after", "two weeks earlier", "several years ago".
var lapseUnits = wordSet("day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "weekend")

// earlierReach is how many words a count's clause is searched for the marks
// of an earlier event.
const earlierReach = 10

// recalledEarlier reports a count at i of an event the sentence sets before
// its own, by marks that need no publication date: "a day after killing
// 34", "died in fighting two weeks earlier", "killed in attacks several
// years ago" (a day or days earlier or ago may still be the event the
// article reports the aftermath of), "killed
// ... last weekend", "last Feb. 27", "on November 20, 2003" (a year
// before the year the article was given, or any when it came without a
// date: wire copy writes no year for the week's events).
func recalledEarlier(toks []ftok, i int, published time.Time) bool {
	for j := i - 1; j >= 1 && j >= i-earlierReach; j-- {
		if toks[j].punct && toks[j].w != "," {
			break
		}
		if (toks[j].w == "after" || toks[j].w == "before") && lapseUnits[toks[j-1].w] {
			return true // "a day after killing 34 people"
		}
	}
	for j := i + 1; j < len(toks) && j <= i+earlierReach; j++ {
		w := toks[j].w
		if toks[j].punct && w != "," {
			break
		}
		prev := toks[j-1].w
		switch {
		case (w == "earlier" || w == "ago") && lapseUnits[prev] && prev != "hours" && prev != "day" && prev != "days":
			return true // "two weeks earlier", "several years ago"
		case w == "last" && j+1 < len(toks) && (toks[j+1].w == "weekend" || monthNumber(toks[j+1].w) != 0):
			return true // "last weekend", "last Feb. 27"
		case toks[j].year && onDateBefore(toks, j) && (published.IsZero() || int(toks[j].num) < published.Year()):
			return true // "on November 20, 2003"
		}
	}
	return false
}

// onDateBefore reports "on" and a month's name among the four words before
// the year at j: "on November 20, 2003", "on 20 November 2003" (a
// dateline's "Yangon, 22 December 2017" has no "on" and dates no event).
func onDateBefore(toks []ftok, j int) bool {
	for k := j - 1; k >= 1 && k >= j-3; k-- {
		if monthNumber(toks[k].w) != 0 && toks[k].w != "may" {
			return toks[k-1].w == "on" || k >= 2 && toks[k-1].isNum && toks[k-2].w == "on"
		}
	}
	return false
}
