package digest

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Every headline a digest prints — an item's, an act's, a source's title,
// a left-out story's — is cleaned the one way (story.CleanHeadline): no
// outlet, no author's byline, no replacement character of a broken
// encoding, in every format (issue 13, 2017 window: a left-out headline
// "... remedy - \ufffd\ufffdlnur evik" in the JSON), also for a story stored
// before the rule.
func TestEveryPrintedHeadlineIsCleaned(t *testing.T) {
	const byline = " - \ufffd\ufffdlnur evik"
	src := memStories{
		{ID: 1, Headline: "Velm truce frays as talks stall" + byline, Categories: []news.Category{news.Talks},
			FirstSeen: day("2017-04-12"), LastSeen: day("2017-04-13"), EventFirst: day("2017-04-12"), EventLast: day("2017-04-13"),
			Acts: []news.StoryAct{
				{Day: day("2017-04-12"), Text: "The envoys met in Geneva on Wednesday.", Headline: "Envoys meet on Velm" + byline + " - Daily Sabah", Sources: []string{"dailysabah"}},
				{Day: day("2017-04-13"), Text: "The envoys met again on Thursday.", Headline: "Envoys meet again on Velm | Jane Roe", Sources: []string{"guardian"}},
			},
			Sources: []news.StorySource{
				{SourceName: "dailysabah", ExternalID: "a1", Title: "Envoys meet on Velm" + byline + " - Daily Sabah", Published: day("2017-04-12")},
				{SourceName: "guardian", ExternalID: "a2", Title: "Envoys meet again on \ufffd_Velm\ufffd_ | Jane Roe", Published: day("2017-04-13")},
			}},
		{ID: 2, Headline: "Velm uses chemical weapons Turkey offers remedy" + byline, Categories: []news.Category{news.Violence},
			FirstSeen: day("2017-04-12"), LastSeen: day("2017-04-12"), EventFirst: day("2017-04-04"), EventLast: day("2017-04-05"),
			Sources: []news.StorySource{{SourceName: "dailysabah", ExternalID: "a3", Title: "Velm uses chemical weapons Turkey offers remedy" + byline + " - Daily Sabah", Published: day("2017-04-12")}}},
	}
	d, err := Build(context.Background(), src, news.DigestFilter{Since: day("2017-04-10"), Until: day("2017-04-17")}, day("2017-04-17"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.LeftOut) != 1 || d.LeftOut[0].Headline != "Velm uses chemical weapons Turkey offers remedy" {
		t.Errorf("left out %+v, want story 2 headed %q", d.LeftOut, "Velm uses chemical weapons Turkey offers remedy")
	}
	outs := map[string]*bytes.Buffer{}
	for name, render := range map[string]func(*bytes.Buffer, *Digest) error{
		"json":     func(b *bytes.Buffer, d *Digest) error { return RenderJSON(b, d) },
		"markdown": func(b *bytes.Buffer, d *Digest) error { return RenderMarkdown(b, d) },
		"discord":  func(b *bytes.Buffer, d *Digest) error { return RenderDiscord(b, d) },
		"left out": func(b *bytes.Buffer, d *Digest) error { return RenderLeftOut(b, d) },
	} {
		outs[name] = &bytes.Buffer{}
		if err := render(outs[name], d); err != nil {
			t.Fatal(err)
		}
	}
	outs["messages"] = bytes.NewBufferString(strings.Join(Messages(d, 2000), "\n"))
	for name, b := range outs {
		for _, bad := range []string{"\ufffd", `\ufffd`, "lnur", "evik", "Jane Roe", " - Daily Sabah"} {
			if strings.Contains(b.String(), bad) {
				t.Errorf("%s prints %q:\n%s", name, bad, b.String())
			}
		}
	}
	for _, want := range []string{`"Velm truce frays as talks stall"`, `"Envoys meet on Velm"`, `"Envoys meet again on Velm"`} {
		if !strings.Contains(outs["json"].String(), want) {
			t.Errorf("the JSON lacks %s:\n%s", want, outs["json"])
		}
	}
}
