package lang

// scoops are the words by which an outlet credits a report to itself or
// another outlet ("broken earlier by The New Arab", "first reported by
// Reuters"): what the text says about its own reporting, not about the
// event.
var scoops = [][]string{
	{"broken", "earlier", "by"}, {"broken", "first", "by"},
	{"first", "reported", "by"}, {"broke", "the", "news"}, {"broke", "the", "story"},
	{"reported", "exclusively"}, {"an", "exclusive", "report"},
}

// CreditsOutlet reports whether lower-case words ws credit a report to an
// outlet: an outlet's promotion of its own scoop.
func CreditsOutlet(ws []string) bool {
	for i := range ws {
		for _, p := range scoops {
			if i+len(p) <= len(ws) && equalWords(ws[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
