package digest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// TestCouncilSessionOfAnAttack: the Security Council's session that only
// an attack's reports tell (its development) is a Talks item of its own,
// right below the attack, sourced by the development's report, and the
// attack's item no longer shows it as "Also reported"; it is part of the
// attack's story: no story, report or key line of its own, and a
// subscription is told the story once. A call for a meeting is named a
// call. With the Council's own story of the place in the digest, none is
// made (issue 13, 0403 window). In a period that tells the attack's story
// since an earlier one, its session is told as the story's development
// too. Invented stories.
func TestCouncilSessionOfAnAttack(t *testing.T) {
	now := day("2021-05-08")
	at := now.Add(-48 * time.Hour)
	v := []news.Category{news.Violence}
	place := func(p string) []news.Entity {
		return []news.Entity{{Name: p, Kind: "city", Lead: true, Conflict: "syria"}}
	}
	met := "The Security Council met in an emergency session on Thursday to discuss the attack."
	attack := news.Story{ID: 1, Headline: "Gas attack kills 80 in Lowtown", Summary: "A gas attack killed 80 people in Lowtown.",
		Categories: v, LastSeen: at, EventFirst: at, EventLast: at, Sources: sourcesAt(at, "wire", "radio", "paper"),
		Places: place("Lowtown"), Figures: killedAt(80, at, "wire", "radio"),
		Development: met, DevelopmentSource: "radio", DevelopmentArticle: "radio" + at.Format("0102")}
	others := memStories{
		{ID: 3, Headline: "Car bomb kills 12 in Midtown", Categories: v, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "daily"), Places: place("Midtown"), Figures: killedAt(12, at, "daily")},
		{ID: 4, Headline: "Shelling kills 7 in Hightown", Categories: v, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "tv"), Places: place("Hightown"), Figures: killedAt(7, at, "tv")},
		{ID: 5, Headline: "Strikes kill 6 in Fartown", Categories: v, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "tv"), Places: place("Fartown"), Figures: killedAt(6, at, "tv")},
	}
	f := news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}
	d, err := Build(context.Background(), append(memStories{attack}, others...), f, now)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sectionOrder(d), "violence,talks"; got != want {
		t.Fatalf("sections = %s, want %s", got, want)
	}
	s := d.Sections[1].Items[0]
	if s.SessionOf != 1 || s.StoryID != 1 || s.Summary != met || s.Headline != "Security Council meets on the Lowtown attack" ||
		len(s.Sources) != 1 || s.Sources[0].Name != "radio" {
		t.Errorf("session item = %+v", s)
	}
	if a := d.Item(1); a == nil || a.SessionOf != 0 || a.Development != "" {
		t.Errorf("attack item = %+v, want no development", a)
	}
	if got := d.StoryIDs(); !slices.Equal(got, []int64{1, 3, 4, 5}) {
		t.Errorf("StoryIDs = %v, want each story once", got)
	}
	if n := len(DeliveredStories(d)); n != 4 || d.Counts.Stories != 4 || d.Counts.Articles != 6 {
		t.Errorf("delivered %d, counts %+v: want 4 stories of 6 reports", n, d.Counts)
	}
	if n := len(slices.DeleteFunc(slices.Clone(d.Key), func(k KeyItem) bool { return k.StoryID != 1 })); n > 1 {
		t.Errorf("key = %+v, want one line of the attack's story", d.Key)
	}

	call := "Norland called for an emergency U.N. Security Council meeting about the attack."
	attack.Development = call
	d, _ = Build(context.Background(), append(memStories{attack}, others...), f, now)
	if it := d.Sections[len(d.Sections)-1].Items[0]; it.SessionOf != 1 || it.Headline != "Call for a Security Council meeting on the Lowtown attack" {
		t.Errorf("call item = %+v", it)
	}

	began := at.Add(-72 * time.Hour)
	attack.Development, attack.Earlier, attack.Began = met, 4, began
	d, _ = Build(context.Background(), append(memStories{attack}, others...), f, now)
	if it := d.Sections[len(d.Sections)-1].Items[0]; it.SessionOf != 1 || it.Began == nil || !it.Began.Equal(began) || it.Earlier != 4 {
		t.Errorf("session of a story since an earlier period = %+v, want it told as the story's development (began %v, 4 earlier)", it, began)
	}
	attack.Earlier, attack.Began = 0, time.Time{}

	attack.Development = met
	council := news.Story{ID: 2, Headline: "Council meets in emergency session on Lowtown attack", Categories: []news.Category{news.Talks},
		LastSeen: at, EventFirst: at, EventLast: at, Summary: "The Security Council met behind closed doors.",
		Sources: sourcesAt(at, "agency"), Places: place("Lowtown"),
		Actors: []news.Entity{{Name: story.CouncilActor, Kind: "organisation", Lead: true}}}
	d, _ = Build(context.Background(), append(memStories{attack, council}, others...), f, now)
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			if it.SessionOf != 0 {
				t.Errorf("a session item beside the Council's own story: %+v", it)
			}
		}
	}
}
