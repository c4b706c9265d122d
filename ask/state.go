package ask

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// StoryReader is what a store offers when it groups articles into stories;
// New uses it when the SentenceSearcher implements it. With it, a question
// about the state of things ("Is the ceasefire in Aleppo holding?", "What
// is the latest on Raqqa?") is answered from the state of the newest story
// that is about the place asked about — its ceasefire state as the analysis
// decided it, its day and its sources — not from a sentence that only
// shares a word with the question.
type StoryReader interface {
	// ArticleStories returns the story of each stored article among ids
	// that has one; the others are left out.
	ArticleStories(ctx context.Context, ids []int64) (map[int64]news.Story, error)
}

// truceWords name a ceasefire in a question.
var truceWords = lang.TruceWords(lang.TruceName)

// asksTruce reports whether a state question is about a ceasefire.
func asksTruce(q *Question) bool {
	for _, t := range tokenize(q.Text) {
		if truceWords[t.low] {
			return true
		}
	}
	return false
}

// stateAnswer answers a state question from the stories of the candidates
// that hold the question's names (and, for a truce, name the place and the
// truce in one sentence): the newest such story's state. ok is false when
// no story answers; storied is false when no candidate belongs to a story
// at all (a store of articles not grouped yet), and the caller then
// answers from sentences.
func (a *Asker) stateAnswer(ctx context.Context, q *Question, cands []candidate) (ans Answer, ok, storied bool, err error) {
	if a.stories == nil || len(cands) == 0 {
		return Answer{}, false, false, nil
	}
	truce := asksTruce(q)
	var ids []int64
	for _, c := range cands {
		if !c.missingName && c.cover >= minCover {
			ids = append(ids, c.art.ID)
		}
	}
	if len(ids) == 0 {
		return Answer{}, false, false, nil
	}
	stories, err := a.stories.ArticleStories(ctx, ids)
	if err != nil {
		return Answer{}, false, false, fmt.Errorf("read stories: %w", err)
	}
	if len(stories) == 0 {
		return Answer{}, false, false, nil
	}
	best, bestSent, bestStated := -1, -1, false
	var bestAt time.Time
	for ci := range cands {
		c := &cands[ci]
		st, ok := stories[c.art.ID]
		if !ok || c.missingName || c.cover < minCover {
			continue
		}
		si := stateSentence(q, c, truce)
		if si < 0 {
			continue
		}
		// A story whose analysis decided a ceasefire state wins over one
		// that only mentions the truce; then the newest.
		stated := !truce || st.CeasefireStatus != ""
		at := storyDay(st)
		if best < 0 || stated && !bestStated || stated == bestStated && at.After(bestAt) {
			best, bestSent, bestAt, bestStated = ci, si, at, stated
		}
	}
	if best < 0 {
		return Answer{}, false, true, nil
	}
	c := &cands[best]
	st := stories[c.art.ID]
	ans = Answer{Type: TypeState, Supported: true, Confidence: math.Round(c.cover*100) / 100}
	evidence := cleaned(c, bestSent)
	ans.Answer = clip(stateText(q, st, truce, evidence.text), maxAnswer)
	ans.Citations = []Citation{citation(c, evidence)}
	for ci := range cands {
		o := &cands[ci]
		if ci == best || len(ans.Citations) == maxCite || o.missingName || o.cover < minCover {
			continue
		}
		if os, ok := stories[o.art.ID]; ok && os.ID == st.ID {
			if si := stateSentence(q, o, truce); si >= 0 {
				ans.Citations = append(ans.Citations, citation(o, cleaned(o, si)))
			}
		}
	}
	return ans, true, true, nil
}

// stateSentence returns the sentence of c that names the question's place
// (a name of the question, else any word of it) — with a truce word for a
// truce question, in the title or the lead otherwise — best matching first;
// -1 when there is none.
func stateSentence(q *Question, c *candidate, truce bool) int {
	best := -1
	for si := range c.sents {
		s := &c.sents[si]
		if s.score == 0 || !namesPlace(q, s) {
			continue
		}
		if truce && !holdsTruce(s) || !truce && si > 3 {
			continue
		}
		if _, ok := analyze.CleanSentence(s.text, c.art.Title); !ok && si > 0 {
			continue // a tag list, a caption: it names the place in passing
		}
		if best < 0 || s.score > c.sents[best].score {
			best = si
		}
	}
	return best
}

// namesPlace reports whether the sentence holds a word of a name of the
// question (any of its words when it names nothing).
func namesPlace(q *Question, s *sentence) bool {
	named := false
	for _, t := range q.Terms {
		if !t.Name {
			continue
		}
		named = true
		for i, k := range s.toks {
			if s.hit[i] && (k.low == t.Word || k.stem == t.Stem || t.Alt != "" && (k.stem == t.Alt || k.low == t.Alt)) {
				return true
			}
		}
	}
	if named {
		return false
	}
	for _, h := range s.hit {
		if h {
			return true
		}
	}
	return false
}

func holdsTruce(s *sentence) bool {
	for _, t := range s.toks {
		if truceWords[t.low] {
			return true
		}
	}
	return false
}

// cleaned returns sentence si of c without the page furniture glued to it
// (a dateline, a share widget), as summaries show sentences.
func cleaned(c *candidate, si int) sentence {
	s := c.sents[si]
	if text, ok := analyze.CleanSentence(s.text, c.art.Title); ok && text != "" {
		s.text = text
	}
	return s
}

// storyDay is the last day of a story's events, else when it was last
// reported.
func storyDay(st news.Story) time.Time {
	if !st.EventLast.IsZero() {
		return st.EventLast
	}
	return st.LastSeen
}

// truceStates say a ceasefire state in words.
var truceStates = map[news.CeasefireStatus]string{
	news.CeasefireProposed:  "a ceasefire is proposed, not yet in effect",
	news.CeasefireInEffect:  "the ceasefire is in effect",
	news.CeasefireViolated:  "the ceasefire is in effect but reported violated",
	news.CeasefireCollapsed: "the ceasefire has collapsed",
}

// stateText is the answer to a state question from a story: its ceasefire
// state (and the state before, when the story saw it change) or, for "the
// latest on", its headline; then its day and its sources. A truce the
// story's analysis gave no state is answered with the report's sentence
// that names it and the place.
func stateText(q *Question, st news.Story, truce bool, sentence string) string {
	var b strings.Builder
	if truce && st.CeasefireStatus == "" {
		// No state decided: what the report says, after its day and sources.
		b.WriteString(strings.TrimPrefix(dayAndSources(st), ", "))
		b.WriteString(": " + sentence)
		return b.String()
	}
	if place := askedPlace(q); place != "" {
		b.WriteString(place + ": ")
	}
	if truce {
		b.WriteString(truceStates[st.CeasefireStatus])
		if p := st.PrevCeasefireStatus; p != "" && p != st.CeasefireStatus {
			b.WriteString(" (before: " + strings.ReplaceAll(string(p), "_", " ") + ")")
		}
	} else {
		b.WriteString(trimOutlet(st.Headline))
	}
	b.WriteString(dayAndSources(st))
	return b.String()
}

// dayAndSources is ", as of DAY (outlets)" for a story.
func dayAndSources(st news.Story) string {
	var b strings.Builder
	if d := storyDay(st); !d.IsZero() {
		b.WriteString(", as of " + d.UTC().Format("2 Jan 2006"))
	}
	if src := sourceNames(st.Sources, 3); src != "" {
		b.WriteString(" (" + src + ")")
	}
	return b.String()
}

// askedPlace returns the question's first name as the question writes it.
func askedPlace(q *Question) string {
	if len(q.Names) == 0 {
		return ""
	}
	low := strings.ToLower(q.Text)
	if i := strings.Index(low, q.Names[0]); i >= 0 {
		return q.Text[i : i+len(q.Names[0])]
	}
	return ""
}

// sourceNames lists the distinct outlets of a story's sources, newest first,
// at most n, and how many more there are.
func sourceNames(srcs []news.StorySource, n int) string {
	var names []string
	seen := map[string]bool{}
	for _, s := range srcs {
		name := s.SourceName
		if s.GuildID != "" {
			name = news.GuildLabel(s.SourceName)
		}
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		names = append(names, name)
	}
	if len(names) > n {
		return strings.Join(names[:n], ", ") + fmt.Sprintf(" and %d more", len(names)-n)
	}
	return strings.Join(names, ", ")
}
