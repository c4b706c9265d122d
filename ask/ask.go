package ask

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// SentenceSearcher is the retrieval the asker needs from a store. Terms are
// single lower-case words as the unicode61 tokenizer sees them; callers never
// pass query syntax. A sentence's position is 0 for the article's title and
// i+1 for the i-th sentence of analyze.Sentences(text) (see IndexedSentences).
type SentenceSearcher interface {
	// SentenceCount returns the number of indexed sentences.
	SentenceCount(ctx context.Context) (int64, error)
	// TermDocs returns, for each term, the number of indexed sentences that
	// hold it (0 for an unknown term).
	TermDocs(ctx context.Context, terms []string) ([]int64, error)
	// SentenceHits returns up to limit sentences holding every term, newest
	// article first.
	SentenceHits(ctx context.Context, terms []string, limit int) ([]news.SentenceRef, error)
	// SentenceHitsAny returns up to limit sentences holding any of the
	// words, newest article first.
	SentenceHitsAny(ctx context.Context, words []string, limit int) ([]news.SentenceRef, error)
	// PhraseArticles returns up to limit articles whose title or text holds
	// the words as a phrase, best first.
	PhraseArticles(ctx context.Context, words []string, limit int) ([]int64, error)
	// ArticleDates returns the published time of the stored articles among
	// ids (zero when unknown); unknown ids are left out.
	ArticleDates(ctx context.Context, ids []int64) (map[int64]time.Time, error)
	// Articles returns the stored articles among ids, in any order.
	Articles(ctx context.Context, ids []int64) ([]news.Article, error)
}

// ArticleSearcher is what a SentenceSearcher may also offer: whole
// articles as plain bm25 reads them. With it, the floor of the answer and
// of its first citation is the article plain bm25 ranks first over whole
// articles (the baseline's own unit: cmd/askbench), weighed by the
// articles that hold each word; without it, plain bm25 is read off the
// candidates' sentences, weighed by the sentences that hold each word.
type ArticleSearcher interface {
	// ArticleTermDocs returns the number of stored articles, their mean
	// length and, for each term, the number of articles whose title or
	// text holds it.
	ArticleTermDocs(ctx context.Context, terms []string) (news.ArticleStats, error)
	// ArticleHitsAny returns up to limit articles whose title or text
	// holds any of the words, newest first.
	ArticleHitsAny(ctx context.Context, words []string, limit int) ([]int64, error)
}

// SentenceReader is what a SentenceSearcher may also offer: the sentences
// of stored articles as their analysis split them when they were indexed,
// so that an answer reads them instead of splitting the text again.
// Articles it leaves out are split with Options.Split.
type SentenceReader interface {
	ArticleSentences(ctx context.Context, ids []int64) (map[int64][]string, error)
}

// Options tune an Asker; the zero value is usable.
type Options struct {
	Logger *slog.Logger
	// Budget bounds the time one answer may take; default 2 s.
	Budget time.Duration
	// Resolve returns the names a phrase may stand for at a time ("the
	// Russian foreign minister" in 2016 → "Sergei Lavrov"); default: the
	// gazetteer's analyze.ResolveActorAt. It finds the speaker of "what did X
	// say" questions.
	Resolve func(phrase string, at time.Time) []string
	// Split splits an article's text into sentences exactly as the index
	// did; default analyze.Sentences.
	Split func(text string) []string
}

// Asker answers questions from a SentenceSearcher.
type Asker struct {
	s     SentenceSearcher
	facts FactReader // nil when the store keeps no analyses
	// articles is nil when the store offers no article index: plain bm25
	// is then read off the candidates' sentences
	articles ArticleSearcher
	// stories is nil when the store keeps no stories
	stories StoryReader
	opts    Options
}

// New returns an Asker reading s.
func New(s SentenceSearcher, opts Options) *Asker {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Budget <= 0 {
		opts.Budget = 2 * time.Second
	}
	if opts.Split == nil {
		opts.Split = defaultSplit
	}
	if opts.Resolve == nil {
		opts.Resolve = defaultResolve
	}
	a := &Asker{s: s, opts: opts}
	a.facts, _ = s.(FactReader)
	a.articles, _ = s.(ArticleSearcher)
	a.stories, _ = s.(StoryReader)
	return a
}

// MaxQuestion is the longest question accepted, in characters.
const MaxQuestion = 500

// Answer is the answer to one question. Its JSON form is SCHEMA.md's answer
// line; the caller sets ID.
type Answer struct {
	ID         string     `json:"id,omitempty"`
	Answer     string     `json:"answer"`
	Type       Type       `json:"type"`
	Supported  bool       `json:"supported"`
	Confidence float64    `json:"confidence"`
	Citations  []Citation `json:"citations"`
}

// Citation is a sentence that supports an answer, with its article.
type Citation struct {
	ArticleID string `json:"article_id"` // the article's external id
	Title     string `json:"title"`
	Sentence  string `json:"sentence"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
}

// Refusals, as shown to users.
const (
	msgEmpty     = "Ask a question in words, for example: how many were killed in the convoy bombing outside Aleppo?"
	msgTooLong   = "That question is too long; ask it in at most 500 characters."
	msgNoSupport = "Nothing in the stored news answers that."
	msgTimeout   = "That question took too long to answer; try fewer or more specific words."
)

// Ask answers question from the store as of now. A question that cannot be
// asked (empty, too long) returns a refusal and an EINVALID error; a question
// nothing answers returns Supported false and no error. Errors of the store
// are wrapped and never shown in the answer.
func (a *Asker) Ask(ctx context.Context, question string, now time.Time) (Answer, error) {
	question = strings.TrimSpace(strings.ToValidUTF8(question, " "))
	switch {
	case question == "":
		return refusal(msgEmpty), news.Errorf(news.EINVALID, msgEmpty)
	case utf8.RuneCountInString(question) > MaxQuestion:
		return refusal(msgTooLong), news.Errorf(news.EINVALID, msgTooLong)
	}
	ctx, cancel := context.WithTimeout(ctx, a.opts.Budget)
	defer cancel()
	question, err := a.recasedQuestion(ctx, question, now.UTC())
	if err != nil {
		return a.failed(ctx, err)
	}
	ans, q, err := a.askParsed(ctx, question, now.UTC())
	if err == nil {
		// a word no report holds, misspelt as the articles read show
		// ("civliians"), is asked again as they write it
		if fixed := respell(question, q.unknown, q.read); fixed != question {
			a.opts.Logger.Debug("ask respelled", "question", fixed)
			ans, _, err = a.askParsed(ctx, fixed, now.UTC())
		}
	}
	if err != nil {
		return a.failed(ctx, err)
	}
	return ans, nil
}

// askParsed parses a question and answers it.
func (a *Asker) askParsed(ctx context.Context, question string, now time.Time) (Answer, *Question, error) {
	q := Parse(question, now)
	a.resolveSpeaker(&q, now)
	q.OffSubject = offSubject(&q)
	err := a.resolveSince(ctx, &q, now)
	ans := Answer{}
	if err == nil {
		ans, err = a.answer(ctx, &q)
	}
	return ans, &q, err
}

// failed is the refusal of a question the store failed to answer.
func (a *Asker) failed(ctx context.Context, err error) (Answer, error) {
	if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
		return refusal(msgTimeout), news.WrapError(news.EUNAVAILABLE, msgTimeout, err)
	}
	return refusal(msgNoSupport), fmt.Errorf("answer question: %w", err)
}

func refusal(msg string) Answer {
	return Answer{Answer: msg, Type: TypeOther, Citations: []Citation{}}
}

// answer retrieves the best articles and extracts the answer.
func (a *Asker) answer(ctx context.Context, q *Question) (Answer, error) {
	if len(q.Terms) == 0 {
		ans := refusal(msgNoSupport)
		ans.Type = q.Type
		return ans, nil
	}
	arts, err := a.retrieve(ctx, q)
	if err != nil {
		return Answer{}, err
	}
	if err := ctx.Err(); err != nil {
		return Answer{}, err
	}
	if len(q.unknown) > 0 {
		q.read = make([]string, len(arts))
		for i, c := range arts {
			q.read[i] = c.art.Text
		}
	}
	if err := a.readFacts(ctx, q, arts); err != nil {
		return Answer{}, err
	}
	if a.opts.Logger.Enabled(ctx, slog.LevelDebug) {
		fl := floorCand(arts) // the floor: plain bm25's first of those that may answer
		lead := fl >= 0 && clearLead(arts, fl, q.leadMargin())
		for i, c := range arts {
			a.opts.Logger.Debug("ask candidate", "rank", i, "article_id", c.art.ExternalID, "score", c.score,
				"cover", c.cover, "bm25", c.bm25, "missing_name", c.missingName, "rare_name", c.rareName, "phrase", c.phrase,
				"floor", i == fl, "clear_lead", i == fl && lead)
		}
	}
	if q.Type == TypeState {
		ans, ok, storied, err := a.stateAnswer(ctx, q, arts)
		if err != nil || ok {
			return ans, err
		}
		if storied { // no story of the place tells its state
			ans := refusal(msgNoSupport)
			ans.Type = q.Type
			return ans, nil
		}
	}
	if a.opts.Logger.Enabled(ctx, slog.LevelDebug) {
		logSpans(ctx, a.opts.Logger, q, arts)
	}
	ans := extract(q, arts)
	if !ans.Supported {
		ans.Answer = msgNoSupport
		ans.Citations = []Citation{}
	}
	return ans, nil
}

// IndexedSentences returns what the sentence index holds for an article, by
// position: the title first, then the sentences of its text as Options.Split
// does by default. The store indexes with it; Ask reads positions with it.
func IndexedSentences(title, text string) []string {
	return news.IndexedSentences(title, defaultSplit(text))
}

// defaultResolve resolves a phrase through the gazetteer.
func defaultResolve(phrase string, at time.Time) []string {
	if e, ok := analyze.ResolveActorAt(phrase, at); ok {
		return []string{e.Name}
	}
	return nil
}

// resolveSpeaker adds the names the speaker of a quote question stands for
// ("the Russian foreign minister": Sergei Lavrov) to the question's terms,
// as of the question's window (or now).
func (a *Asker) resolveSpeaker(q *Question, now time.Time) {
	if q.Type != TypeQuote || q.Speaker == "" {
		return
	}
	at := now
	if !q.Window.Until.IsZero() {
		at = q.Window.Until
	}
	seen := map[string]bool{}
	for _, t := range q.Terms {
		seen[t.Stem] = true
	}
	for _, name := range a.opts.Resolve(q.Speaker, at) {
		q.SpeakerNames = append(q.SpeakerNames, name)
		for _, t := range tokenize(name) {
			if !seen[t.stem] && !isStop(t.low) && !nameConnectors[t.low] {
				seen[t.stem] = true
				q.Terms = append(q.Terms, Term{Word: t.low, Stem: t.stem, Name: true})
			}
		}
	}
}

// offSubject reports whether a question is off the news's subject: the
// relevance gate turns it away as it would an article, the analysis finds
// no category, place or actor of the gazetteer in it, its speaker is
// nobody the gazetteer knows, and it asks for no toll, nor for the state of
// a story.
func offSubject(q *Question) bool {
	if len(q.SpeakerNames) > 0 || q.Type == TypeState || questionKind(q) != "" {
		return false
	}
	an := analyze.Analyze(&news.Article{Text: q.Text})
	return !an.IsRelevant() && len(an.Categories) == 0 && len(an.Places) == 0 && len(an.Actors) == 0
}
