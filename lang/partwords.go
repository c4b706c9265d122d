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
		return partAnaphors.Has(at(1))
	case "out":
		return partAnaphors.Has(at(1)) || at(1) == "of" && partAnaphors.Has(at(2))
	case "this", "these", "that":
		return includeWords.Has(at(1))
	}
	return false
}

var partAnaphors = WordSetOf(setOf("these them those whom"))

var includeWords = WordSetOf(setOf("includes include included including"))

// BackReference reports a word before a count that refers back to a count
// already known ("all five deaths", "the five victims", "these 12"): the
// sentence tells of those counted, not a count of its own (round h-orig3).
func BackReference(w string) bool {
	switch w {
	case "all", "the", "these", "those", "both":
		return true
	}
	return false
}

// partNouns name a part or a rate of what follows "of" ("the share of
// refugees", "the rate of infection"): the figure they come to is no count
// of it.
var partNouns = WordSetOf(setOf("share proportion percentage percent rate ratio majority half third quarter fraction"))

// PartNoun reports whether lower-case w names a part or a rate of what
// follows it ("the share of", "the rate of").
func PartNoun(w string) bool { return partNouns.Has(w) }
