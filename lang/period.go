package lang

// periodUnits are the spans a count told over days rather than on one day
// runs over: "over the past few days", "in the last two weeks". Hours are
// none: "in the past 24 hours" is the day's count.
var periodUnits = map[string]bool{"days": true, "weeks": true, "months": true, "week": true, "month": true}

// TellsPeriod reports whether lower-case words ws count over a span of
// days up to the report ("At least 72 were killed over the past few
// days", "in recent weeks", "during the last three days"): a period's toll,
// not the toll of one day's event.
func TellsPeriod(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		switch {
		case (ws[i] == "in" || ws[i] == "over") && ws[i+1] == "recent" && periodUnits[ws[i+2]]:
			return true
		case (ws[i] == "over" || ws[i] == "in" || ws[i] == "during" || ws[i] == "throughout") && ws[i+1] == "the" &&
			i+3 < len(ws) && (ws[i+2] == "past" || ws[i+2] == "last"):
			for _, w := range ws[i+3 : min(len(ws), i+6)] {
				if periodUnits[w] {
					return true
				}
			}
		}
	}
	return false
}
