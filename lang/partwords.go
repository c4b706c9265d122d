package lang

// OpensWithParts reports lower-case words that open a sentence by taking
// the parts of a count the sentence before gave (round h-orig2): "of
// these", "out of these" (and the slip "out these"), "among them", "this
// includes", "these include". What follows tells of that count, from its
// source.
func OpensWithParts(w []string) bool {
	at := func(k int) string {
		if k < len(w) {
			return w[k]
		}
		return ""
	}
	switch at(0) {
	case "of", "among":
		return partAnaphors[at(1)]
	case "out":
		return partAnaphors[at(1)] || at(1) == "of" && partAnaphors[at(2)]
	case "this", "these", "that":
		return includeWords[at(1)]
	}
	return false
}

var partAnaphors = setOf("these them those whom")

var includeWords = setOf("includes include included including")
