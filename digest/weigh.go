package digest

import "github.com/conflict-digest/conflict-digest/news"

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
// past span's dead, no sign of this period's course. The analysis decides
// it where it reads the sentence (news.Figure.OverMonths); a figure of an
// analysis stored before it did weighs as a toll.
func (f *ItemFigure) retrospective() bool {
	st, ok := f.leadStep()
	return ok && st.OverMonths
}

// sumCount reports a figure whose count the item is summed up by is a sum
// of the killed and the injured as a headline gives it ("88 Killed &
// Injured", "Kills, Injures 88", "175 Civilians Killed Injured"): no toll of
// its own kind. The analysis decides it (news.Figure.KilledInjuredSum).
func (f *ItemFigure) sumCount() bool {
	st, ok := f.leadStep()
	return ok && st.KilledInjuredSum
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

// tollSign reports a killed figure that may stand for the period's course:
// neither a side's claim of its enemies' dead, nor a count of months, nor a
// headline's sum.
func (f *ItemFigure) tollSign() bool {
	return f.Kind == news.FigureKilled && !f.sideClaim() && !f.retrospective() && !f.sumCount()
}
