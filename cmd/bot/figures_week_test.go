package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// weekReports are three invented reports of one attack over three days:
// the monitor's count twice, as it rose, then the rescuers' own count.
const weekReports = `{"id": "inv-market-1", "title": "Air strikes on Idlib market kill at least 23", "published": "2016-10-03", "source": "afp", "url": "https://afp.example/idlib-market-1", "text": "Air strikes on a market in the Syrian town of Maarat al-Numan in Idlib province killed at least 23 civilians on Monday, the Syrian Observatory for Human Rights said. The strikes hit the market at midday, when it was crowded with shoppers."}
{"id": "inv-market-2", "title": "Toll from Idlib market air strikes rises to 37", "published": "2016-10-04", "source": "reuters", "url": "https://reuters.example/idlib-market-2", "text": "The death toll from Monday's air strikes on a market in Maarat al-Numan in Idlib province rose to 37 civilians, the Syrian Observatory for Human Rights said on Tuesday. Rescuers were still searching the rubble of the market."}
{"id": "inv-market-3", "title": "Idlib market air strikes killed more than 40, rescuers say", "published": "2016-10-05", "source": "aljazeera", "url": "https://aljazeera.example/idlib-market-3", "text": "Monday's air strikes on a market in Maarat al-Numan in Idlib province killed more than 40 civilians, the Syrian civil defence said on Wednesday. Its rescuers pulled the last bodies from the rubble of the market."}
`

// TestWeekDigestRunningLinePerOriginator: issue 10's "done when", end to
// end from the texts — a digest of a week shows a story's figures as one
// running line per originator, each count with its qualifier and the day
// of its report ("at least 23 ... → 37"), never a sum across reports and
// never the monitor's counts on two lines. Invented reports, ingested and
// digested as a reader's `bot ingest` and `bot digest --since --until` do.
func TestWeekDigestRunningLinePerOriginator(t *testing.T) {
	dir := t.TempDir()
	db, in := filepath.Join(dir, "news.db"), filepath.Join(dir, "week.jsonl")
	if err := os.WriteFile(in, []byte(weekReports), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errOut, err := runCmd(t, "", "ingest", "--db", db, "--jsonl", in); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errOut)
	}
	out, errOut, err := runCmd(t, "", "digest", "--db", db, "--since", "2016-10-03", "--until", "2016-10-09", "--format", "markdown")
	if err != nil {
		t.Fatalf("digest: %v\n%s", err, errOut)
	}
	var got []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "- Killed") {
			got = append(got, l)
		}
	}
	want := []string{
		"- Killed — according to the civil defence: more than 40 civilians (5 Oct)",
		"- Killed — SOHR: at least 23 civilians (3 Oct) → 37 civilians (4 Oct)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("figure lines\n got %q\nwant %q\n%s", got, want, out)
	}
	if n := strings.Count(out, "\n### "); n != 1 {
		t.Errorf("%d stories, want the three reports as one:\n%s", n, out)
	}
}
