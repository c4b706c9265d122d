package digest

import (
	"slices"
	"strings"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// What a figure may weigh in a key development and a conflict's line
// (issue 13, readers of whole weeks): a count is a sign of the period's
// course only when it is a death toll of the period that someone outside
// the fighting gives or backs. Three kinds of count are none:
//   - a side's claim of its enemies' dead (sideClaim): "Over 60 terrorists
//     were killed", told by a party or by an outlet in its own voice;
//   - a count gathered over months (retrospective): a rights group's report
//     of 69 civilians killed "during and after months of fighting";
//   - a headline's sum of the killed and the injured (sumCount): "88 Killed
//     & Injured" is no death toll of 88.

// sideClaim reports a killed figure that is one side's word about its
// enemies: every line a party's claim, or an outlet's own unnamed count of
// fighters (the group a side names "terrorists"), none of a named body
// outside the fighting. Such a figure ranks as a party's claim does and is
// never a conflict's trend.
func (f *ItemFigure) sideClaim() bool {
	if f.Kind != news.FigureKilled {
		return false
	}
	if f.src == nil || len(f.src.Lines) == 0 {
		return false // a figure stored without lines: its backing weighs it (worstToll asks partyOnly)
	}
	for _, l := range f.src.Lines {
		if l.PartyClaim {
			continue
		}
		if l.Originator != "" || len(l.Steps) == 0 {
			return false
		}
		for _, st := range l.Steps {
			if st.Who != "fighters" {
				return false
			}
		}
	}
	return true
}

// retrospective reports a figure whose count the item is summed up by is
// told over months or more ("during and after months of fighting", "since
// January", "between March and June", "over the past year"): a count of a
// past span's dead, no sign of this period's course.
func (f *ItemFigure) retrospective() bool {
	st, ok := f.leadStep()
	return ok && spansMonths(st.Sentence)
}

// sumCount reports a figure whose count the item is summed up by is a sum
// of the killed and the injured as a headline gives it ("88 Killed &
// Injured", "Kills, Injures 88", "175 Civilians Killed Injured"): no toll of
// its own kind.
func (f *ItemFigure) sumCount() bool {
	st, ok := f.leadStep()
	return ok && tellsSum(st.Sentence)
}

// leadStep is the report of the count the item is summed up by: the
// newest step of the line whose count is the lead's (leadCount).
func (f *ItemFigure) leadStep() (news.FigureBy, bool) {
	if f.src == nil {
		return news.FigureBy{}, false
	}
	lc, ok := f.leadCount()
	if !ok {
		return news.FigureBy{}, false
	}
	var out news.FigureBy
	found := false
	for _, l := range f.src.Lines {
		for _, st := range l.Steps {
			if st.Value == lc.Value && (!found || st.Published.After(out.Published)) {
				out, found = st, true
			}
		}
	}
	return out, found
}

// rankWords splits a sentence into lower-case words, keeping "&" and ","
// as words of their own.
func rankWords(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == '&' || r == ',':
			flush()
			out = append(out, string(r))
		default:
			flush()
		}
	}
	flush()
	return out
}

var (
	deathWords = map[string]bool{"killed": true, "kills": true, "kill": true, "dead": true, "killing": true}
	harmWords  = map[string]bool{"injured": true, "injures": true, "injure": true, "wounded": true, "wounds": true,
		"wound": true, "injuring": true, "wounding": true}
)

// tellsSum reports the killed and the injured counted as one: a word of
// death followed by one of harm, next to it or after "and", "&" or a comma
// ("Killed & Injured", "Kills, Injures 88", "Killed Injured").
func tellsSum(s string) bool {
	ws := rankWords(s)
	for i, w := range ws {
		if !deathWords[w] {
			continue
		}
		j := i + 1
		if j < len(ws) && (ws[j] == "and" || ws[j] == "&" || ws[j] == "," || ws[j] == "or") {
			j++
		}
		if j < len(ws) && harmWords[ws[j]] {
			return true
		}
	}
	return false
}

// spansMonths reports a sentence that counts over months or years: "months
// of", "N months", "since January", "between March and June", "over the
// past year", "this year".
func spansMonths(s string) bool {
	ws := rankWords(s)
	for i, w := range ws {
		switch {
		case (w == "months" || w == "years") && (i == 0 || ws[i-1] != "in") &&
			(i+1 >= len(ws) || ws[i+1] != "old"):
			// not "the heaviest attack in months", "ten years old"
			return true
		case (w == "since" || w == "between") && i+1 < len(ws) && (isMonthWord(ws[i+1]) || lang.IsYear(ws[i+1])):
			return true
		case w == "year" && i > 0 && slices.Contains([]string{"past", "last", "this"}, ws[i-1]):
			return true
		}
	}
	return false
}

// isMonthWord reports a month's name (lang.Month), not "may".
func isMonthWord(w string) bool {
	m, ok := lang.Month(w)
	return ok && m != 0 && w != "may"
}

// tollSign reports a killed figure that may stand for the period's course:
// neither a side's claim of its enemies' dead, nor a count of months, nor a
// headline's sum.
func (f *ItemFigure) tollSign() bool {
	return f.Kind == news.FigureKilled && !f.sideClaim() && !f.retrospective() && !f.sumCount()
}
