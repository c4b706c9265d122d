package alert_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/alert"
	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

// TestAlertReplay is the measure of issue 17 on the development corpus:
// its articles replayed in order of publication, a day at a time as if
// live, an alert round after each day, for a channel that follows
// everything. It counts the alerts fired and compares the ceasefire ones
// with the dev labels (ceasefire_status): reports labelled with a state,
// reports labelled with none (a truce mentioned as background). Articles
// without a label are reserved: they flow through, and are only counted.
//
//	CD_ALERT_EVAL=$PWD/../shared/eval go test -count=1 -run TestAlertReplay -v ./alert/
func TestAlertReplay(t *testing.T) {
	dir := os.Getenv("CD_ALERT_EVAL")
	if dir == "" {
		t.Skip("set CD_ALERT_EVAL to the eval directory (../shared/eval) to replay the development corpus")
	}
	labels := readLabels(t, filepath.Join(dir, "dev-labels.jsonl"))
	days := readDays(t, filepath.Join(dir, "articles.jsonl"))
	c := &clock{}
	db, err := store.OpenServices(context.Background(), filepath.Join(t.TempDir(), "replay.db"), store.WithNow(c.now))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	pipe := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db)}
	snd := newSender()
	al := &alert.Alerter{Decider: &alert.Decider{Stories: digest.NewViews(db), Articles: db}, Store: db,
		Sender: snd, Now: c.now}
	ctx := context.Background()
	var fired []alert.Alert
	seen := map[news.AlertKey]bool{}
	var rounds []time.Duration
	first := true
	for _, d := range days {
		c.t = d.day.Add(12 * time.Hour)
		if first {
			if err := db.CreateAlertRule(ctx, &news.AlertRule{GuildID: "g", ChannelID: "all", Toll: 100}, 0); err != nil {
				t.Fatal(err)
			}
			first = false
		}
		c.t = c.t.Add(time.Minute)
		if _, err := pipe.Ingest(ctx, d.arts); err != nil {
			t.Fatal(err)
		}
		c.t = c.t.Add(time.Minute)
		rules, _ := db.AlertRules(ctx, "", "")
		as, err := al.Decider.Decide(ctx, &rules[0], rules[0].Cursor, c.t) // what the round will fire
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if _, err := al.Round(ctx); err != nil {
			t.Fatal(err)
		}
		rounds = append(rounds, time.Since(start))
		for _, a := range as {
			if !seen[a.Key] { // Decide shows what fired before too; the round fires it once
				seen[a.Key] = true
				fired = append(fired, a)
			}
		}
	}
	report(t, fired, labels, len(snd.channel("all")), rounds)
	analysed(t, db, labels)
	labelledChanges(t, db, labels)
}

// labelledChanges counts the labelled ceasefire state changes — each state
// the labelled articles of a story (as the store grouped them) report —
// and how many fired exactly one alert of that state on that story.
func labelledChanges(t *testing.T, db *store.Services, labels map[string]string) {
	ctx := context.Background()
	arts, err := db.Articles(ctx, news.DigestFilter{ByStored: true})
	if err != nil {
		t.Fatal(err)
	}
	type pair struct {
		story int64
		state string
	}
	pairs := map[pair]bool{}
	members := map[pair][]news.ArticleWithAnalysis{}
	for _, a := range arts {
		if st := labels[a.Article.ExternalID]; st != "" && a.StoryID != 0 {
			pairs[pair{a.StoryID, st}] = true
			members[pair{a.StoryID, st}] = append(members[pair{a.StoryID, st}], a)
		}
	}
	byState := map[string][2]int{}
	once := 0
	for p := range pairs {
		var n int
		err := db.Reader().QueryRow(`SELECT count(*) FROM alert_fired WHERE what = ? AND (story_id = ?
			OR story_id IN (SELECT from_id FROM story_redirects WHERE to_id = ?))`, "ceasefire_"+p.state, p.story, p.story).Scan(&n)
		if err != nil {
			t.Fatal(err)
		}
		c := byState[p.state]
		c[0]++
		if n == 1 {
			once++
			c[1]++
		}
		if n > 1 {
			t.Errorf("story %d fired ceasefire_%s %d times", p.story, p.state, n)
		}
		if n != 1 {
			missed(t, db, p.story, p.state, members[p], labels)
		}
		byState[p.state] = c
	}
	t.Logf("labelled ceasefire state changes (story, state reported by its labelled articles): %d; fired exactly one alert: %d; by state (changes, fired): %v",
		len(pairs), once, byState)
}

// missed logs why a labelled (story, state) fired no alert: how the
// analysis read its labelled reports (status, relevance), the states the
// story fired, and what its other reports said (dev data only).
func missed(t *testing.T, db *store.Services, storyID int64, state string, arts []news.ArticleWithAnalysis, labels map[string]string) {
	var whats []string
	rows, err := db.Reader().Query(`SELECT what || '@' || story_id FROM alert_fired WHERE story_id = ?
		OR story_id IN (SELECT from_id FROM story_redirects WHERE to_id = ?)`, storyID, storyID)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var w string
		rows.Scan(&w)
		whats = append(whats, w)
	}
	rows.Close()
	var read []string
	for _, a := range arts {
		read = append(read, fmt.Sprintf("%s read %q relevant %v stored %s published %s",
			a.Article.ExternalID, a.Analysis.CeasefireStatus, a.Analysis.IsRelevant(), a.Stored.Format("01-02"), a.Article.Published.Format("01-02")))
	}
	all, err := db.Articles(context.Background(), news.DigestFilter{ByStored: true})
	if err != nil {
		t.Fatal(err)
	}
	var others []string
	reserved := 0 // unlabelled reports only flow through: counted, never shown
	for _, a := range all {
		if a.StoryID != storyID || a.Analysis.CeasefireStatus == "" {
			continue
		}
		if label, ok := labels[a.Article.ExternalID]; ok {
			others = append(others, fmt.Sprintf("%s read %s (label %q) stored %s", a.Article.ExternalID, a.Analysis.CeasefireStatus, label, a.Stored.Format("01-02")))
		} else {
			reserved++
		}
	}
	t.Logf("missed story %d ceasefire_%s: labelled %v; fired %v; the story's labelled reports with a state read %v and %d unlabelled", storyID, state, read, whats, others, reserved)
}

// analysed says how the analysis read the labelled articles: whether it
// decided a ceasefire change in their headline and lead (what an alert
// needs), for those labelled with a state and those labelled with none.
func analysed(t *testing.T, db *store.Services, labels map[string]string) {
	var withState, withChange, sameChange, noneWithChange int
	var statusCat, noneStatus, noneStatusCat int // a status read; with the ceasefire category
	for id, st := range labels {
		_, an, err := db.ArticleByExternalID(context.Background(), id)
		if err != nil {
			t.Fatalf("labelled article %s: %v", id, err)
		}
		var cf news.Change
		for _, c := range an.Changes {
			if c.Change.Category() == news.Ceasefire {
				cf = c.Change
			}
		}
		if an.CeasefireStatus != "" && st != "" && an.Has(news.Ceasefire) {
			statusCat++
		}
		if an.CeasefireStatus != "" && st == "" {
			noneStatus++
			if an.Has(news.Ceasefire) {
				noneStatusCat++
			}
			t.Logf("labelled none, read %s: %s categories %v relevant %v", an.CeasefireStatus, id, an.Categories, an.IsRelevant())
		}
		switch {
		case st != "":
			withState++
			if cf != "" {
				withChange++
			}
			if cf == news.Change("ceasefire_"+st) {
				sameChange++
			}
		case cf != "":
			noneWithChange++
		}
	}
	t.Logf("analysis: of %d articles labelled with a ceasefire state, %d have a ceasefire change decided (%d the labelled state); of %d labelled with none, %d have one",
		withState, withChange, sameChange, len(labels)-withState, noneWithChange)
	t.Logf("status read: labelled with a state and the ceasefire category %d; labelled none with a status %d (the ceasefire category %d)", statusCat, noneStatus, noneStatusCat)
}

type day struct {
	day  time.Time
	arts []news.Article
}

// readDays reads the corpus grouped by day of publication, oldest first.
func readDays(t *testing.T, path string) []day {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	by := map[time.Time][]news.Article{}
	if err := feed.ReadJSONL(f, func(a news.Article) error {
		d := a.Published.UTC().Truncate(24 * time.Hour)
		by[d] = append(by[d], a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var out []day
	for d, as := range by {
		out = append(out, day{d, as})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].day.Before(out[j].day) })
	return out
}

// readLabels reads each labelled article's ceasefire status ("" for none).
func readLabels(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l struct {
			ID        string  `json:"id"`
			Ceasefire *string `json:"ceasefire_status"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		out[l.ID] = ""
		if l.Ceasefire != nil {
			out[l.ID] = *l.Ceasefire
		}
	}
	return out
}

// report logs the counts. A ceasefire alert is "labelled" when one of its
// reports carries a dev label; "agrees" when a labelled report's status is
// the state the alert announces, "other state" when it is another state,
// "background" when every labelled report has no ceasefire.
func report(t *testing.T, fired []alert.Alert, labels map[string]string, posts int, rounds []time.Duration) {
	kinds := map[string]int{}
	var agree, other, background, unlabelled, byChange, byChangeLabelled, byChangeBackground int
	reported := map[string]bool{} // labelled ceasefire articles that are the report of a ceasefire alert
	for i := range fired {
		a := &fired[i]
		kinds[a.Key.What]++
		if a.Toll != nil || a.Change.Change.Category() != news.Ceasefire {
			continue
		}
		state := strings.TrimPrefix(string(a.Change.Change), "ceasefire_")
		if !a.ByState {
			byChange++
		}
		var sts []string
		for _, r := range a.Reports {
			if st, ok := labels[r.ExternalID]; ok {
				sts = append(sts, st)
				if st != "" {
					reported[r.ExternalID] = true
				}
			}
		}
		if !a.ByState && len(sts) > 0 {
			byChangeLabelled++
			if !slices.ContainsFunc(sts, func(s string) bool { return s != "" }) {
				byChangeBackground++
			}
		}
		switch {
		case len(sts) == 0:
			unlabelled++
		case slices.Contains(sts, state):
			agree++
		case slices.ContainsFunc(sts, func(s string) bool { return s != "" }):
			other++
		default:
			background++
			t.Logf("background alert: %s on story %q from %v", a.Key.What, a.Story.Headline, reportIDs(a, labels))
		}
	}
	labelledCF := 0
	for _, st := range labels {
		if st != "" {
			labelledCF++
		}
	}
	total := 0
	var whats []string
	for w, n := range kinds {
		total += n
		whats = append(whats, w)
	}
	sort.Strings(whats)
	for _, w := range whats {
		t.Logf("fired %-22s %d", w, kinds[w])
	}
	slices.Sort(rounds)
	t.Logf("alerts fired: %d, posts (at most 5 an hour, the rest folded): %d", total, posts)
	t.Logf("ceasefire alerts: %d; with a labelled report: %d (state agrees %d, another state %d, background/none %d); only unlabelled reports: %d",
		agree+other+background+unlabelled, agree+other+background, agree, other, background, unlabelled)
	t.Logf("of them from a change the headline/lead reports (the rest from the state reached): %d; with a labelled report %d, background/none %d",
		byChange, byChangeLabelled, byChangeBackground)
	t.Logf("dev-labelled ceasefire articles: %d; of them a report of a ceasefire alert: %d", labelledCF, len(reported))
	t.Logf("round time: median %v, max %v over %d rounds", rounds[len(rounds)/2], rounds[len(rounds)-1], len(rounds))
}

// reportIDs are the labelled reports of an alert (dev data only).
func reportIDs(a *alert.Alert, labels map[string]string) []string {
	var out []string
	for _, r := range a.Reports {
		if _, ok := labels[r.ExternalID]; ok {
			out = append(out, r.ExternalID)
		}
	}
	return out
}
