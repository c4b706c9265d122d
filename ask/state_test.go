package ask

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// storyIndex is a memIndex whose articles belong to stories, as the store
// keeps them: the asker finds StoryReader on it.
type storyIndex struct {
	*memIndex
	storyOf map[string]news.Story // by external id
}

func (s *storyIndex) ArticleStories(_ context.Context, ids []int64) (map[int64]news.Story, error) {
	out := map[int64]news.Story{}
	for _, id := range ids {
		if a, ok := s.arts[id]; ok {
			if st, ok := s.storyOf[a.ExternalID]; ok {
				out[id] = st
			}
		}
	}
	return out, nil
}

var (
	aleppoTruce = news.Article{ExternalID: "alp-1", Title: "Aleppo truce collapses as air strikes resume", Published: date("2016-09-20"),
		SourceName: "reuters", Text: "The ceasefire in Aleppo collapsed on Monday as air strikes resumed on the eastern districts. Rescue workers said dozens were killed."}
	idlibHold = news.Article{ExternalID: "idl-1", Title: "Calm returns to Idlib", Published: date("2016-10-02"),
		SourceName: "afp", Text: "Residents said the ceasefire would hold in Idlib for now. Markets reopened in the town."}
)

func newStoryIndex() *storyIndex {
	return &storyIndex{memIndex: newMemIndex(aleppoTruce, idlibHold, testArticles[0]), storyOf: map[string]news.Story{
		"alp-1": {ID: 7, Headline: "Aleppo truce collapses as air strikes resume", CeasefireStatus: news.CeasefireCollapsed,
			PrevCeasefireStatus: news.CeasefireInEffect, LastSeen: date("2016-09-20"), EventLast: date("2016-09-19"),
			Sources: []news.StorySource{{ExternalID: "alp-1", SourceName: "reuters"}, {ExternalID: "x", SourceName: "afp"}}},
		"idl-1": {ID: 8, Headline: "Calm returns to Idlib", CeasefireStatus: news.CeasefireInEffect, LastSeen: date("2016-10-02"),
			Sources: []news.StorySource{{ExternalID: "idl-1", SourceName: "afp"}}},
	}}
}

// TestStateAnswersFromTheStoryOfThePlace: "is the ceasefire in Aleppo
// holding" is answered from the Aleppo story's state, with its day and
// sources, not from the newer Idlib report whose sentence holds "hold".
func TestStateAnswersFromTheStoryOfThePlace(t *testing.T) {
	a := New(newStoryIndex(), Options{})
	tests := []struct {
		q, cite string
		want    []string
	}{
		{"Is the ceasefire in Aleppo holding?", "alp-1", []string{"Aleppo", "collapsed", "before: in effect", "19 Sep 2016", "reuters, afp"}},
		{"Has the truce in Aleppo collapsed?", "alp-1", []string{"collapsed"}},
		{"Is the ceasefire in Idlib holding?", "idl-1", []string{"Idlib", "the ceasefire is in effect", "2 Oct 2016", "afp"}},
		{"What is the latest on Idlib?", "idl-1", []string{"Calm returns to Idlib", "2 Oct 2016"}},
	}
	for _, tt := range tests {
		ans, err := a.Ask(context.Background(), tt.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Supported || ans.Type != TypeState || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != tt.cite {
			t.Errorf("%q: %+v, want a state answer citing %s first", tt.q, ans, tt.cite)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(ans.Answer, w) {
				t.Errorf("%q: answer %q, want it to hold %q", tt.q, ans.Answer, w)
			}
		}
	}
	ans, err := a.Ask(context.Background(), "Is the truce in Latakia holding?", testNow)
	if err != nil || ans.Supported || ans.Answer != msgNoSupport {
		t.Errorf("Latakia, which no report names: %+v, %v; want it declined", ans, err)
	}
}

func TestStateQuestionTyping(t *testing.T) {
	for q, want := range map[string]Type{
		"Is the ceasefire in Aleppo holding?":      TypeState,
		"Has the truce collapsed?":                 TypeState,
		"What is the latest on Raqqa?":             TypeState,
		"Who described the situation in Ghouta?":   TypePerson,
		"When did the ceasefire in Aleppo begin?":  TypeDate,
		"How many violations of the truce so far?": TypeCount,
	} {
		if got := Parse(q, testNow); got.Type != want {
			t.Errorf("Parse(%q).Type = %s, want %s", q, got.Type, want)
		}
	}
	q := Parse("Is the ceasefire in Aleppo still holding?", testNow)
	for _, term := range q.Terms {
		if stateFrame[term.Word] {
			t.Errorf("term %q of the state's frame is searched", term.Word)
		}
	}
}

// TestStateWithoutStoriesAnswersFromSentences: a store that groups no
// article into a story yet (articles stored before stories were built)
// still answers a state question from its sentences.
func TestStateWithoutStoriesAnswersFromSentences(t *testing.T) {
	idx := &storyIndex{memIndex: newMemIndex(aleppoTruce, testArticles[0]), storyOf: map[string]news.Story{}}
	ans, err := New(idx, Options{}).Ask(context.Background(), "Is the ceasefire in Aleppo holding?", testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Supported || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != "alp-1" || !strings.Contains(ans.Answer, "collapsed") {
		t.Errorf("%+v, want the Aleppo report's sentence", ans)
	}
}

func TestRecentFirst(t *testing.T) {
	score := map[int64]float64{1: 10, 2: 10, 3: 10}
	dates := map[int64]time.Time{1: date("2016-01-01"), 2: date("2017-10-08"), 3: date("2017-05-21")}
	recentFirst(score, dates, 10)
	if !(score[2] > score[3] && score[3] > score[1]) || score[2] != 20 {
		t.Errorf("scores %v, want the newest (2) raised by the whole weight, then 3, then 1", score)
	}
}
