package story

import "strings"

// NamesOutlet reports whether name would pass for a known outlet: the
// whole of it is one ("Reuters", "al jazeera", "BBC-News"), or one of its
// words is an outlet's name of four letters or more ("Reuters Live").
// A guild's label for a feed it adds must not (see bot's /sources add).
func NamesOutlet(name string) bool {
	if sq := squash(name); sq != "" && (outletNames[sq] != "" || knownDisplay(sq)) {
		return true
	}
	for _, w := range strings.Fields(strings.NewReplacer("-", " ", "_", " ", ".", " ", ":", " ").Replace(name)) {
		if sq := squash(w); len(sq) >= 4 && (outletNames[sq] != "" || knownDisplay(sq)) {
			return true
		}
	}
	return false
}

// knownDisplay reports whether sq is the squashed display name of an outlet.
func knownDisplay(sq string) bool {
	for _, v := range outletNames {
		if squash(v) == sq {
			return true
		}
	}
	return false
}
