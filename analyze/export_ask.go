package analyze

// SplitSentences returns the sentences of an article's text in order, as the
// analyser splits them (paragraphs first, then sentence ends; text past the
// analyser's limit is left out). The sentence index and the question answerer
// both use it, so that a sentence's position means the same to both.
func SplitSentences(text string) []string {
	return newDoc("", text).texts()
}
