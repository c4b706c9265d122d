package lang

import "strings"

// periodUnits are the spans a count told over days rather than on one day
// runs over: "over the past few days", "in the last two weeks". Hours are
// none: "in the past 24 hours" is the day's count.
var periodUnits = WordSetOf(map[string]bool{"days": true, "weeks": true, "months": true, "week": true, "month": true})

// TellsPeriod reports whether lower-case words ws count over a span of
// days up to the report ("At least 72 were killed over the past few
// days", "in recent weeks", "during the last three days"): a period's toll,
// not the toll of one day's event.
func TellsPeriod(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		switch {
		case (ws[i] == "in" || ws[i] == "over") && ws[i+1] == "recent" && periodUnits.Has(ws[i+2]):
			return true
		case (ws[i] == "over" || ws[i] == "in" || ws[i] == "during" || ws[i] == "throughout") && ws[i+1] == "the" &&
			i+3 < len(ws) && (ws[i+2] == "past" || ws[i+2] == "last"):
			for _, w := range ws[i+3 : min(len(ws), i+6)] {
				if periodUnits.Has(w) {
					return true
				}
			}
		}
	}
	return false
}

// earlierUnits are what "last" or "earlier this" names when a sentence
// opens on a time before the report's own: "Last month ...", "Earlier this
// year ...".
var earlierUnits = WordSetOf(map[string]bool{"week": true, "month": true, "year": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true})

// OpensWithEarlierTime reports whether lower-case words ws open on a time
// before the report's own day: a month or a year ("In March two blasts
// ...", "In 2015 ..."), "last month", "earlier this year", "back in",
// "previously". News tells its own event by the day ("on Tuesday"); a
// sentence that opens on a month or year recalls an earlier one, and a
// sentence after it that says "the attack" points at that one. A leading
// "and" or "but" is passed over.
func OpensWithEarlierTime(ws []string) bool {
	if len(ws) > 0 && (ws[0] == "and" || ws[0] == "but") {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return len(ws) == 1 && ws[0] == "previously"
	}
	switch ws[0] {
	case "in":
		if m, ok := Month(ws[1]); ok && m != 0 && (ws[1] != "may" || len(ws) > 2 && IsYear(ws[2])) {
			return true
		}
		return IsYear(ws[1])
	case "last":
		return earlierUnits.Has(ws[1])
	case "earlier":
		return ws[1] == "in" || (ws[1] == "this" && len(ws) > 2 && earlierUnits.Has(ws[2]))
	case "back":
		return ws[1] == "in"
	case "previously":
		return true
	}
	return false
}

// earlierOf open a phrase naming the period before a report's own ("last
// week", "the previous month"); reportPeriods are the periods it names.
var (
	earlierOf     = WordSetOf(map[string]bool{"last": true, "previous": true, "preceding": true, "prior": true})
	reportPeriods = WordSetOf(map[string]bool{"week": true, "month": true, "quarter": true, "fortnight": true})
)

// EarlierPeriodAt reports whether lower-case words w1 w2 name the period
// before a report's own: "last week", "previous month", "preceding
// quarter". A figure written with it is the baseline its report compares
// this period's with.
func EarlierPeriodAt(w1, w2 string) bool { return earlierOf.Has(w1) && reportPeriods.Has(w2) }

// updateUnits are the spans an update names as the time since its last
// issue: "over the past two weeks", "during the last few days". Months
// are none: "over the past months" sums up a war's course.
var updateUnits = WordSetOf(map[string]bool{"days": true, "weeks": true, "week": true, "fortnight": true})

// sinceOf open the time since a report's last issue after "since the":
// "since the last update", "since DTM's previous report".
var sinceOf = WordSetOf(map[string]bool{"last": true, "previous": true, "latest": true})

// growthNouns name a thing grown, after "recent": "the recent escalation
// of hostilities", "a recent upsurge in violence".
var growthNouns = WordSetOf(map[string]bool{"escalation": true, "upsurge": true, "surge": true, "intensification": true,
	"spike": true, "flare-up": true, "uptick": true, "increase": true})

// issueNouns name an issue of a report's series (bulletins.tsv, issue).
var issueNouns = WordSetOf(BulletinWords(IssueNoun))

// UpdatePeriodAt returns the end (past its last word) of a phrase at
// ws[i] that names the period an update covers, up to its own day, or -1:
// the time since its last issue ("since DTM's last update", "since the
// previous report"), the days or weeks past ("during the previous two
// weeks", "over the past few days"; "previous" only before a count, as
// "the previous week" is the one before the report's), the reporting
// period ("during the reporting period"), or a growth of it the update
// calls recent ("the recent escalation of hostilities"). What it tells
// in that period is the update's own news, not the war's background
// (issue 14, h-viol13).
func UpdatePeriodAt(ws []string, i int) int {
	w := ws[i]
	switch {
	case w == "since":
		for k := i + 1; k < min(len(ws)-1, i+3); k++ {
			if sinceOf.Has(ws[k]) {
				for j := k + 1; j < min(len(ws), k+3); j++ {
					if issueNouns.Has(ws[j]) {
						return j + 1
					}
				}
				return -1
			}
		}
	case w == "over" || w == "in" || w == "during" || w == "throughout":
		if i+3 >= len(ws) || ws[i+1] != "the" {
			return -1
		}
		if ws[i+2] == "reporting" && ws[i+3] == "period" {
			return i + 4
		}
		if ws[i+2] != "past" && ws[i+2] != "last" && ws[i+2] != "previous" {
			return -1
		}
		for k := i + 3; k < min(len(ws), i+6); k++ {
			if updateUnits.Has(ws[k]) {
				if ws[i+2] == "previous" && (k == i+3 || !strings.HasSuffix(ws[k], "s")) {
					return -1
				}
				return k + 1
			}
		}
	case w == "recent":
		if i+1 < len(ws) && growthNouns.Has(ws[i+1]) {
			return i + 2
		}
	}
	return -1
}
