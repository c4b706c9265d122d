package alert_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestPartyDeclarationFiresNoAlert: a disaster area declared, told only in
// a party's own outlet (state media of the government, SANA), is that party's
// statement, as the digest shows it (no change, no arrow), and fires no
// alert; once an outlet not a party's reports the declaration, the digest
// calls it a change and the alert fires, once. Invented articles, through
// the real path: analysis, stories, the store, the alerter's round.
func TestPartyDeclarationFiresNoAlert(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t)
	w.rule(t, news.AlertRule{GuildID: "g1", ChannelID: "c1"})
	snd := newSender()
	al := w.alerter(snd, 100)
	at := w.clock.now()
	ingest := func(ext, source, title, text string) {
		t.Helper()
		w.clock.add(time.Hour)
		a := news.Article{ExternalID: ext, SourceName: source, URL: "https://example.org/" + ext, Title: title, Text: text,
			Published: w.clock.now().Add(-30 * time.Minute)}
		if _, err := w.pipe.Ingest(ctx, []news.Article{a}); err != nil {
			t.Fatal(err)
		}
		w.clock.add(time.Second)
		if _, err := al.Round(ctx); err != nil {
			t.Fatal(err)
		}
	}
	itemOf := func() *digest.Item {
		t.Helper()
		d, err := digest.Build(ctx, digest.NewViews(w.db), news.DigestFilter{Since: at.Add(-7 * 24 * time.Hour), Until: w.clock.now().Add(time.Hour)}, w.clock.now())
		if err != nil {
			t.Fatal(err)
		}
		for _, sec := range d.Sections {
			for i := range sec.Items {
				if strings.Contains(sec.Items[i].Headline, "disaster area") {
					return &sec.Items[i]
				}
			}
		}
		t.Fatalf("no item of the declaration in %+v", d.Sections)
		return nil
	}

	ingest("p1", "SANA", "Government declares Idlib province a disaster area after days of fighting",
		"The government declared the whole of Idlib province a disaster area on Monday and called on aid agencies to send doctors and tents to the families who fled the fighting in its towns.")
	if it := itemOf(); it.Change != "" || it.Direction != digest.Unchanged && it.Direction != "" {
		t.Errorf("party-told declaration: digest item change %q, direction %q; want the party's statement, no change", it.Change, it.Direction)
	}
	if got := snd.channel("c1"); len(got) != 0 {
		t.Errorf("a party's own declaration fired %d alerts: %q", len(got), markers(got))
	}

	ingest("p2", "Reuters", "Syrian government declares Idlib a disaster area as fighting goes on",
		"The Syrian government declared Idlib province a disaster area on Monday, saying the fighting had forced thousands of families from their homes, and urged aid agencies to send help.")
	it := itemOf()
	if it.Change != "emergency declared" || it.Direction != digest.Worse {
		t.Errorf("declaration an outlet not a party's reports: digest item change %q, direction %q; want \"emergency declared\", worse", it.Change, it.Direction)
	}
	got := snd.channel("c1")
	if len(got) != 1 || !strings.Contains(got[0].Content, "mergency declared") {
		t.Fatalf("after an independent report: %d alerts %q, want one, emergency declared", len(got), markers(got))
	}
	if !strings.Contains(got[0].Content, "Reuters") {
		t.Errorf("the alert does not name the report that made it a change:\n%s", got[0].Content)
	}
}
