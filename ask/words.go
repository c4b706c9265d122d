package ask

import "github.com/conflict-digest/conflict-digest/lang"

// askStops are the stop words a question's terms leave out: they are never
// searched and never count as overlap with the question.
const askStops = lang.Function | lang.Reporting | lang.Vague

func isStop(w string) bool { return lang.IsStop(w, askStops) }

// questionWords frame a question without being its topic.
var questionWords = lang.QuestionWords(lang.FrameWord)

// isCalendarWord reports the words of dates that are capitalised but never
// an answer's name: months, weekdays (also short) and "today".
func isCalendarWord(w string) bool {
	w = withoutNote(w)
	_, month := lang.Month(w)
	_, day := lang.Weekday(w)
	_, short := lang.ShortWeekday(w)
	_, relative := lang.RelativeDay(w)
	return month || day || short || relative
}

// withoutNote returns a word of three letters or more without the one or
// two digits of a footnote's mark that a PDF's text writes onto it
// ("August2", "insecurity1"); other words as they are.
func withoutNote(w string) string {
	if k := lang.FootnoteMark(w, 3); k > 0 {
		return w[:k]
	}
	return w
}

// genericCaps are capitalised words that start sentences or label things
// without naming the answer.
var genericCaps = lang.QuestionWords(lang.NotAnswerCap)

func set(s string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				m[s[start:i]] = true
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}

// demonyms map an adjective of nationality to its country, so that "Iranian
// foreign minister" finds "Iran says".
var demonyms = lang.Demonyms()
