package digest

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// TestTruceToldOnce: a truce's collapse, the strikes after it and the talks
// to revive it — three stories of one conflict's truce in one week — are
// one track: the collapse leads, the others follow right under it, in time
// order, as its developments (a lower heading, "on the truce above"), none says the
// truce's state or its collapse again, and the key developments tell the
// collapse once. Another conflict's truce is its own item, and talks with
// their own change, or before the truce's change, keep their section.
func TestTruceToldOnce(t *testing.T) {
	syria := []news.Entity{{Name: "Aleppo", Kind: "city", Lead: true, Count: 2, Conflict: "Syria"}}
	yemen := []news.Entity{{Name: "Hodeidah", Kind: "city", Lead: true, Count: 2, Conflict: "Yemen"}}
	src := func(name, d string) []news.StorySource {
		return []news.StorySource{{SourceName: name, Title: name, URL: "https://" + name + ".example/" + d, Published: day(d).Add(9 * time.Hour)}}
	}
	collapsed := func(d string) []news.StoryChange {
		return []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, At: day(d).Add(9 * time.Hour), Source: "reuters"}}
	}
	story := func(id int64, headline string, cats []news.Category, places []news.Entity, d string, ch []news.StoryChange, srcs []news.StorySource) news.Story {
		return news.Story{ID: id, Headline: headline, Summary: headline + ".", Categories: cats, Places: places,
			CeasefireStatus: news.CeasefireCollapsed, Changes: ch, EventFirst: day(d), EventLast: day(d),
			FirstSeen: srcs[0].Published, LastSeen: srcs[0].Published, Sources: srcs}
	}
	cf, talks, vio := news.Ceasefire, news.Talks, news.Violence
	stories := memStories{
		story(1, "Syria truce collapses", []news.Category{cf}, syria, "2016-09-19", collapsed("2016-09-19"), src("reuters", "2016-09-19")),
		story(2, "Jets pound Aleppo after truce collapse", []news.Category{cf, vio}, syria, "2016-09-22", collapsed("2016-09-22"),
			append(src("afp", "2016-09-22"), src("bbc", "2016-09-22")...)),
		story(3, "Kerry and Lavrov meet to revive the truce", []news.Category{talks, cf}, syria, "2016-09-23", nil, src("ap", "2016-09-23")),
		story(4, "Hodeidah truce collapses", []news.Category{cf}, yemen, "2016-09-20", collapsed("2016-09-20"), src("aljazeera", "2016-09-20")),
		story(5, "Geneva talks open on Yemen", []news.Category{talks}, yemen, "2016-09-21",
			[]news.StoryChange{{Change: news.ChangeTalksOpened, At: day("2016-09-21"), Source: "ap"}}, src("ap", "2016-09-21")),
	}
	stories[4].CeasefireStatus = ""
	// The talks that made the truce, before it collapsed, are their own
	// process: they stay under Talks.
	stories = append(stories, story(6, "Kerry and Lavrov agree a truce plan", []news.Category{talks, cf}, syria, "2016-09-14", nil, src("ap", "2016-09-14")))
	stories[5].CeasefireStatus = news.CeasefireProposed
	// A second story of the same round's opening is its development.
	stories = append(stories, story(7, "Yemen's parties sit down in Geneva", []news.Category{talks}, yemen, "2016-09-22",
		[]news.StoryChange{{Change: news.ChangeTalksOpened, At: day("2016-09-22"), Source: "bbc"}}, src("bbc", "2016-09-22")))
	stories[6].CeasefireStatus = ""
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2016-09-12"), Until: day("2016-09-26")}, day("2016-09-26"))
	if err != nil {
		t.Fatal(err)
	}
	var order []int64
	var tracks []int64
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			order = append(order, it.StoryID)
			tracks = append(tracks, it.Track)
			if it.Track != 0 && (it.Change != "" || it.ShowsTruce() || strings.Contains(ItemMeta(&it), "collapsed")) {
				t.Errorf("development %d says the truce's state again: %q", it.StoryID, ItemMeta(&it))
			}
		}
	}
	pos := map[int64]int{}
	for i, id := range order {
		pos[id] = i
	}
	if pos[2] != pos[1]+1 || pos[3] != pos[1]+2 {
		t.Errorf("order %v: stories 2 (22 Sep) and 3 (23 Sep) should follow story 1 right under it, in time order", order)
	}
	for i, id := range order {
		want := map[int64]int64{2: 1, 3: 1, 7: 5}[id]
		if tracks[i] != want {
			t.Errorf("story %d: track %d, want %d", id, tracks[i], want)
		}
	}
	if it := d.Item(3); it == nil || it.Section != news.Ceasefire {
		t.Errorf("the talks to revive the truce are not under it: %+v", it)
	}
	if it := d.Item(6); it == nil || it.Section != news.Talks || it.Track != 0 {
		t.Errorf("the talks that made the truce went under its collapse: %+v", it)
	}
	if it := d.Item(5); it == nil || it.Section != news.Talks || it.Change == "" {
		t.Errorf("Yemen's talks lost their own section or change: %+v", it)
	}
	if it := d.Item(7); it == nil || it.Change != "" || TrackText(it) != "on the talks above" || pos[7] != pos[5]+1 {
		t.Errorf("the second story of the Geneva opening: %+v at %d (the first at %d), want it right under the first, its change said once", it, pos[7], pos[5])
	}
	collapses := 0
	for _, k := range d.Key {
		if strings.HasPrefix(k.Text, "Ceasefire collapsed") && strings.Contains(k.Text, "Aleppo") {
			collapses++
		}
	}
	if collapses != 1 {
		t.Errorf("key developments tell Syria's collapse %d times, want once: %+v", collapses, d.Key)
	}
	var md bytes.Buffer
	if err := RenderMarkdown(&md, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"### Syria truce collapses", "#### Jets pound Aleppo after truce collapse\n\n*Ceasefire · on the truce above · 22 Sep 2016 · Aleppo*",
		"### Hodeidah truce collapses"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
}

// TestTruceChangeNotedOnce: in a subscription's digest, the truce's change
// since the last digest ("ceasefire: in effect → collapsed") is noted on
// the track's lead only, not on each of its developments.
func TestTruceChangeNotedOnce(t *testing.T) {
	syria := []news.Entity{{Name: "Aleppo", Kind: "city", Lead: true, Count: 2, Conflict: "Syria"}}
	mk := func(id int64, headline, d string, ch []news.StoryChange) news.Story {
		p := day(d).Add(9 * time.Hour)
		return news.Story{ID: id, Headline: headline, Summary: headline + ".", Categories: []news.Category{news.Ceasefire},
			Places: syria, CeasefireStatus: news.CeasefireCollapsed, Changes: ch, EventFirst: day(d), EventLast: day(d),
			FirstSeen: p, LastSeen: p, Sources: []news.StorySource{{SourceName: "reuters", URL: "https://r.example/" + d, Published: p}}}
	}
	stories := memStories{
		mk(1, "Syria truce collapses", "2016-09-19", []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, At: day("2016-09-19"), Source: "reuters"}}),
		mk(2, "Jets pound Aleppo after truce collapse", "2016-09-22", nil),
	}
	told := func(context.Context, []int64) (map[int64]news.DeliveredStory, error) {
		return map[int64]news.DeliveredStory{
			1: {StoryID: 1, Sources: 1, Ceasefire: news.CeasefireInEffect},
			2: {StoryID: 2, Sources: 1, Ceasefire: news.CeasefireInEffect},
		}, nil
	}
	f := news.DigestFilter{Since: day("2016-09-19"), Until: day("2016-09-26"), ByStored: true}
	d, err := NewBuilder(stories, day("2016-09-26")).BuildSince(context.Background(), f, told)
	if err != nil {
		t.Fatal(err)
	}
	lead, dev := d.Item(1), d.Item(2)
	if lead == nil || dev == nil || dev.Track != 1 {
		t.Fatalf("items %+v, %+v: want story 2 a development of story 1", lead, dev)
	}
	if got := SinceText(lead); !strings.Contains(got, "ceasefire: in effect → collapsed") {
		t.Errorf("lead's note %q, want the truce's change", got)
	}
	if got := SinceText(dev); strings.Contains(got, "collapsed") {
		t.Errorf("development's note %q says the truce's change again", got)
	}
}

// TestCouncilSessionOwnItem: a Security Council session after a truce
// collapsed, whose reports tell the truce's state, is diplomacy of its own:
// it keeps its Talks item rather than going under the truce as one of its
// developments, where no Talks heading shows the week's diplomacy (issue
// 13, 2016 window). Talks of the same week without the Council still go
// under the truce. Invented stories.
func TestCouncilSessionOwnItem(t *testing.T) {
	syria := []news.Entity{{Name: "Aleppo", Kind: "city", Lead: true, Count: 2, Conflict: "Syria"}}
	council := []news.Entity{{Name: story.CouncilActor, Kind: "organisation", Lead: true}}
	mk := func(id int64, headline string, cats []news.Category, d string, ch []news.StoryChange, actors []news.Entity) news.Story {
		at := day(d).Add(9 * time.Hour)
		return news.Story{ID: id, Headline: headline, Summary: headline + ".", Categories: cats, Places: syria, Actors: actors,
			CeasefireStatus: news.CeasefireCollapsed, Changes: ch, EventFirst: day(d), EventLast: day(d), FirstSeen: at, LastSeen: at,
			Sources: []news.StorySource{{SourceName: "wire", Title: headline, URL: "https://wire.example/" + d, Published: at}}}
	}
	collapsed := []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, At: day("2016-09-19").Add(9 * time.Hour), Source: "wire"}}
	stories := memStories{
		mk(1, "Syria truce collapses", []news.Category{news.Ceasefire}, "2016-09-19", collapsed, nil),
		mk(2, "Council meets in emergency session on Aleppo", []news.Category{news.Talks, news.Ceasefire}, "2016-09-25", nil, council),
		mk(3, "Envoys meet to revive the truce", []news.Category{news.Talks, news.Ceasefire}, "2016-09-23", nil, nil),
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2016-09-19"), Until: day("2016-09-26")}, day("2016-09-26"))
	if err != nil {
		t.Fatal(err)
	}
	if it := d.Item(2); it == nil || it.Section != news.Talks || it.Track != 0 {
		t.Errorf("the Council session went under the truce: %+v", it)
	}
	if it := d.Item(3); it == nil || it.Section != news.Ceasefire || it.Track != 1 {
		t.Errorf("the talks to revive the truce are not under it: %+v", it)
	}
}
