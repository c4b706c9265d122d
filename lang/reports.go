package lang

// Words a report's title tells its news by: the analysis reads them where
// it decides what a report is told from (a Security Council session, an
// attack's toll), stories where they join the reports of one event.

// tollWords are the words of an attack's toll or victims: a report so
// titled is the attack's, wherever it is told from.
const tollWords = `kill kills killed killing dead die dies died death deaths toll injured injures
	wounded wounding victims casualties`

var tolls = WordSetOf(setOf(tollWords))

// events are the words of the event itself (an act of violence, as a
// report of it says it: "gas dropped", "sarin used"), its toll or its
// victims.
var events = WordSetOf(setOf(tollWords + ` survivors hit hits struck dropped drops used uses bombed shelled
	fired gassed targeted targets pounded`))

// sessions are the words of a diplomatic act that is a meeting: a
// session, a vote, talks.
var sessions = WordSetOf(setOf(`meet meets met meeting meetings session sessions talks vote votes voted
	veto vetoes vetoed resolution summit`))

// TollWord reports a word (lower case) of an attack's toll or its victims
// ("killed", "wounded", "casualties").
func TollWord(w string) bool { return tolls.Has(w) }

// EventWord reports a word (lower case) of a violent event itself, its
// toll or its victims ("struck", "gassed", "killed").
func EventWord(w string) bool { return events.Has(w) }

// SessionWord reports a word (lower case) of a meeting: a session, a vote,
// talks ("meets", "vetoed", "summit").
func SessionWord(w string) bool { return sessions.Has(w) }

// UNName reports whether words (lower case) end with the name of the
// United Nations or its Security Council ("u n", "un", "united nations",
// "security council").
func UNName(ws []string) bool {
	n := len(ws)
	last := ws[n-1]
	return last == "un" || n > 1 && (last == "n" && ws[n-2] == "u" || last == "nations" && ws[n-2] == "united" ||
		last == "council" && ws[n-2] == "security")
}

// SecurityCouncil reports whether words (lower case) name the Security
// Council ("security council").
func SecurityCouncil(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i] == "council" && ws[i-1] == "security" {
			return true
		}
	}
	return false
}
