package news

// SentenceRef names one indexed sentence: its article (store id) and its
// position (0 for the title, i+1 for the i-th sentence of the text). The
// sentence index returns them; the question answerer reads them.
type SentenceRef struct {
	ArticleID int64
	Position  int
}
