package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

// Significance first (issue 13, 2013 and 2016 windows): the body and the key
// developments put the bigger story first. Invented stories and sentences.

func TestCouncilCalledFor(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Norland calls for emergency U.N. Council meeting on the shelling", true},
		{"Norland called on Wednesday for an emergency U.N. Security Council meeting to discuss the reports.", true},
		{"Two states urged the Security Council to act on the attack.", true},
		{"The envoy asked for a Security Council session on the siege.", true},
		{"The U.N. Security Council said on Wednesday that it is seeking clarity on the reports.", false},
		{"Ministers raised an inquiry ahead of an emergency U.N. Security Council meeting on the violence.", false},
		{"The minister urged restraint as the Security Council met behind closed doors.", false},
		{"Norland called for calm, and the Security Council met on Friday.", false},
		{"Russia vetoed a draft resolution in the Security Council.", false},
		// a call, then the Council's own act: not a call alone
		{"Norland called for a Council meeting. The Council met at 1900 GMT.", false},
		{"Jets pounded the city overnight.", false},
	} {
		if got := councilCalledFor(tt.text); got != tt.want {
			t.Errorf("councilCalledFor(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCallForCouncilIsDiplomacy: a state's call for a Council meeting is
// diplomacy, not the Council's session: it weighs as a minister's call and
// is no "security council" key development, while a report that the
// government will let inspectors in, told by three reports, is one.
func TestCallForCouncilIsDiplomacy(t *testing.T) {
	now := day("2021-05-08")
	at := now.Add(-48 * time.Hour)
	council := []news.Entity{{Name: story.CouncilActor, Kind: "organisation", Lead: true}}
	tk, v := []news.Category{news.Talks}, []news.Category{news.Violence}
	reports := func(outlet string, n int) []news.StorySource {
		var out []news.StorySource
		for i := range n {
			out = append(out, news.StorySource{SourceName: outlet, ExternalID: outlet + string(rune('a'+i)), Published: at})
		}
		return out
	}
	stories := memStories{
		{ID: 1, Headline: "Shelling kills 30 in Lowtown", Categories: v, LastSeen: at, Sources: sourcesAt(at, "wire", "daily"),
			Figures: killedAt(30, at, "wire", "daily")},
		{ID: 2, Headline: "Council meets in emergency session on Hightown", Categories: tk, LastSeen: at,
			Summary: "The Security Council met behind closed doors on Wednesday.", Sources: sourcesAt(at, "agency"), Actors: council},
		{ID: 3, Headline: "Norland calls for emergency U.N. Council meeting on Hightown", Categories: tk, LastSeen: at,
			Summary: "Norland called on Wednesday for an emergency U.N. Security Council meeting to discuss the reports.",
			Sources: sourcesAt(at, "radio"), Actors: council},
		{ID: 4, Headline: "Government to let U.N. inspectors visit Hightown site", Categories: tk, LastSeen: at,
			Summary: "The government will allow U.N. inspectors to visit the site, a minister said.", Sources: reports("paper", 3)},
		{ID: 5, Headline: "Mortar kills 6 in Midtown", Categories: v, LastSeen: at, Sources: sourcesAt(at, "wire"), Figures: killedAt(6, at, "wire")},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	if call, access := d.Item(3), d.Item(4); call.Score >= access.Score {
		t.Errorf("the call scores %v, the access %v: want the call below", call.Score, access.Score)
	}
	var got []string
	for _, k := range d.Key {
		got = append(got, k.Why)
		if k.StoryID == 3 {
			t.Errorf("the call for a meeting is a key development: %+v", k)
		}
	}
	if len(d.Key) == 0 || d.Key[0].StoryID != 2 || d.Key[0].Why != "security council" {
		t.Errorf("key = %+v, want the session first, as the Council's", d.Key)
	}
	if !slices.ContainsFunc(d.Key, func(k KeyItem) bool { return k.StoryID == 4 }) {
		t.Errorf("key = %v, want the inspectors' access among them", got)
	}
}

// TestClaimOnlyDevelopment: under a truce's collapse, a development whose
// only weight is one outlet's relay of a party's claim does not go before a
// bigger story of another section: it is told under Violence, in its rank,
// and still counts among the reports that tell the collapse; a development
// with an independent toll stays under the truce (issue 13, 2016 window).
func TestClaimOnlyDevelopment(t *testing.T) {
	syria := []news.Entity{{Name: "Aleppo", Kind: "city", Lead: true, Count: 2, Conflict: "Syria"}}
	at := func(d string) time.Time { return day(d).Add(9 * time.Hour) }
	mk := func(id int64, headline string, cats []news.Category, d string, outlets ...string) news.Story {
		var srcs []news.StorySource
		for i, o := range outlets {
			srcs = append(srcs, news.StorySource{SourceName: o, ExternalID: o + string(rune('a'+i)), Title: headline, Published: at(d)})
		}
		return news.Story{ID: id, Headline: headline, Summary: headline + ".", Categories: cats, Places: syria,
			CeasefireStatus: news.CeasefireCollapsed, EventFirst: day(d), EventLast: day(d), FirstSeen: at(d), LastSeen: at(d), Sources: srcs}
	}
	line := func(orig, outlet, d string, party bool, v int64) news.FigureLine {
		return news.FigureLine{Originator: orig, Outlet: outlet, PartyClaim: party,
			Steps: []news.FigureBy{{Figure: news.Figure{Value: v, Qualifier: news.Exact, Originator: orig}, Source: outlet, ArticleID: outlet, Published: at(d)}}}
	}
	killed := func(v int64, lines ...news.FigureLine) []news.StoryFigure {
		return []news.StoryFigure{{Kind: news.FigureKilled, Latest: news.Figure{Value: v, Qualifier: news.Exact}, High: news.Figure{Value: v}, Lines: lines}}
	}
	cf, vio, hum := news.Ceasefire, news.Violence, news.Humanitarian
	truce := mk(1, "Truce ends in Syria", []news.Category{cf}, "2016-09-19", "tv")
	truce.Changes = []news.StoryChange{{Change: news.ChangeCeasefireCollapsed, At: at("2016-09-19"), Source: "tv"}}
	claim := mk(2, "Army repels offensive near Aleppo, killing 40 attackers", []news.Category{vio, cf}, "2016-09-20", "paper")
	claim.Figures = killed(40, line("defence ministry", "paper", "2016-09-20", true, 40))
	jets := mk(3, "Jets pound Aleppo after truce collapse", []news.Category{cf, vio}, "2016-09-22", "tv")
	jets.Figures = killed(45, line("hospital", "tv", "2016-09-22", false, 45))
	convoy := mk(4, "Strike on aid convoy kills 20 near Aleppo", []news.Category{hum, vio}, "2016-09-20", "paper", "paper", "wire", "wire")
	convoy.Figures = killed(20, line("Red Crescent", "wire", "2016-09-20", false, 20), line("civil defence", "paper", "2016-09-20", false, 15))
	convoy.CeasefireStatus = news.CeasefireInEffect // a report names the truce in passing
	bomb := mk(5, "Car bomb kills 12 in Daraa", []news.Category{vio}, "2016-09-22", "daily")
	bomb.Figures = killed(12, line("opposition government", "daily", "2016-09-22", true, 12))
	bomb.CeasefireStatus = ""
	stories := memStories{truce, claim, jets, convoy, bomb}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: day("2016-09-19"), Until: day("2016-09-26")}, day("2016-09-26"))
	if err != nil {
		t.Fatal(err)
	}
	var order []int64
	for _, sec := range d.Sections {
		for _, it := range sec.Items {
			order = append(order, it.StoryID)
		}
	}
	if want := []int64{1, 3, 4, 2, 5}; !slices.Equal(order, want) {
		t.Errorf("body = %v, want %v (the truce and its strikes, the convoy, then the claim under Violence)", order, want)
	}
	if got, want := sectionOrder(d), "ceasefire,humanitarian,violence"; got != want {
		t.Errorf("sections = %s, want %s", got, want)
	}
	if it := d.Item(2); it.Section != vio || it.Track != 0 || it.ShowsTruce() {
		t.Errorf("the claim = section %s, track %d, shows truce %v: want Violence, no track, no truce state", it.Section, it.Track, it.ShowsTruce())
	}
	if it := d.Item(3); it.Track != 1 {
		t.Errorf("the strikes with a hospital's toll are not under the truce: track %d", it.Track)
	}
	if len(d.Key) == 0 || !bytes.Contains([]byte(d.Key[0].Text), []byte("3 reports tell the ceasefire collapsed")) {
		t.Errorf("key = %+v, want the collapse told by 3 reports (the claim's among them)", d.Key)
	}
	// The convoy's own report named the truce in effect; the digest tells
	// it collapsed, in its JSON too.
	var buf bytes.Buffer
	if err := RenderJSON(&buf, d); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Sections []struct {
			Items []struct {
				StoryID         int64  `json:"story_id"`
				CeasefireStatus string `json:"ceasefire_status"`
			} `json:"items"`
		} `json:"sections"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	for _, sec := range out.Sections {
		for _, it := range sec.Items {
			if it.StoryID == 4 && it.CeasefireStatus != string(news.CeasefireCollapsed) {
				t.Errorf("convoy ceasefire_status = %q, want collapsed (the later stories tell it)", it.CeasefireStatus)
			}
		}
	}
	if d.Item(4).CeasefireStatus != news.CeasefireInEffect {
		t.Errorf("the item's own state changed: %q", d.Item(4).CeasefireStatus)
	}
}

// TestReactionSectionLevel: a Council session placed just below the attack
// it reacts to stands level with it: Talks comes before Violence, not below
// the week's lesser strikes, while the key developments keep the attack
// before the session (issue 13, 2016 window).
func TestReactionSectionLevel(t *testing.T) {
	now := day("2021-05-08")
	at := now.Add(-48 * time.Hour)
	tk, v, hum := []news.Category{news.Talks}, []news.Category{news.Violence}, []news.Category{news.Humanitarian}
	council := []news.Entity{{Name: story.CouncilActor, Kind: "organisation", Lead: true}}
	place := func(p string) []news.Entity {
		return []news.Entity{{Name: p, Kind: "city", Lead: true, Conflict: "syria"}}
	}
	stories := memStories{
		{ID: 1, Headline: "Bombing kills 90 in Lowtown", Categories: v, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "wire", "radio"), Places: place("Lowtown"), Figures: killedAt(90, at, "wire", "radio")},
		{ID: 2, Headline: "Council meets as strikes kill 20 in Lowtown", Categories: tk, LastSeen: at.Add(time.Hour), EventFirst: at, EventLast: at,
			Summary: "The Security Council met in emergency session on Lowtown.", Sources: sourcesAt(at, "agency"), Places: place("Lowtown"), Actors: council},
		{ID: 3, Headline: "Car bomb kills 12 in Midtown", Categories: v, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "daily"), Places: place("Midtown"), Figures: killedAt(12, at, "daily")},
		{ID: 4, Headline: "Aid trucks reach Hightown", Categories: hum, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "wire", "radio", "paper", "tv", "daily"), Places: place("Hightown")},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sectionOrder(d), "humanitarian,talks,violence"; got != want {
		t.Errorf("sections = %s, want %s", got, want)
	}
	var key []int64
	for _, k := range d.Key {
		key = append(key, k.StoryID)
	}
	if i, j := slices.Index(key, 1), slices.Index(key, 2); i < 0 || j < 0 || i > j {
		t.Errorf("key = %v, want the bombing before the session on it", key)
	}
}

// TestReactionToTopStory: a session on the period's most significant
// story, level with it, still follows it: the body opens with the attack
// (issue 13, 2013 window: the Ghouta attack first).
func TestReactionToTopStory(t *testing.T) {
	now := day("2021-05-08")
	at := now.Add(-48 * time.Hour)
	tk, v := []news.Category{news.Talks}, []news.Category{news.Violence}
	council := []news.Entity{{Name: story.CouncilActor, Kind: "organisation", Lead: true}}
	place := func(p string) []news.Entity {
		return []news.Entity{{Name: p, Kind: "city", Lead: true, Conflict: "syria"}}
	}
	stories := memStories{
		{ID: 1, Headline: "Gas attack kills hundreds in Lowtown", Categories: v, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "wire", "radio", "paper"), Places: place("Lowtown"), Figures: killedAt(300, at, "wire", "radio")},
		{ID: 2, Headline: "Council meets in emergency session on Lowtown attack", Categories: tk, LastSeen: at, EventFirst: at, EventLast: at,
			Summary: "The Security Council met behind closed doors.", Sources: sourcesAt(at, "agency", "daily"), Places: place("Lowtown"), Actors: council},
		{ID: 3, Headline: "Car bomb kills 12 in Midtown", Categories: v, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "daily"), Places: place("Midtown"), Figures: killedAt(12, at, "daily")},
		{ID: 4, Headline: "Shelling kills 7 in Hightown", Categories: v, LastSeen: at, EventFirst: at, EventLast: at,
			Sources: sourcesAt(at, "tv"), Places: place("Hightown"), Figures: killedAt(7, at, "tv")},
	}
	d, err := Build(context.Background(), stories, news.DigestFilter{Since: now.Add(-7 * 24 * time.Hour), Until: now}, now)
	if err != nil {
		t.Fatal(err)
	}
	if it := d.Item(2); it.reactsTo == 0 {
		t.Fatalf("the session was not placed below the attack (score %v): the case tests nothing", it.Score)
	}
	if got, want := sectionOrder(d), "violence,talks"; got != want {
		t.Errorf("sections = %s, want %s (the attack opens the body)", got, want)
	}
}
