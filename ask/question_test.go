package ask

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var testNow = time.Date(2017, 5, 10, 12, 0, 0, 0, time.UTC)

func TestParseType(t *testing.T) {
	tests := []struct {
		q    string
		typ  Type
		head string
	}{
		{"How many were killed in the convoy bombing outside Aleppo?", TypeCount, ""},
		{"What death toll did a Douma nurse give for the attack?", TypeCount, ""},
		{"How large was the multi-year contribution of DFID to the Sudan Humanitarian Fund?", TypeCount, ""},
		{"What percentage of children in the camps had severe acute malnutrition?", TypeCount, ""},
		{"How long was the ceasefire the UN pushed for in Aleppo?", TypeDuration, ""},
		{"For how long each day did Russia halt fire around Aleppo?", TypeDuration, ""},
		{"When did the siege of eastern Aleppo begin?", TypeDate, ""},
		{"On what date in 2016 did the siege begin?", TypeDate, ""},
		{"What did Lavrov say about the talks?", TypeQuote, ""},
		{"What has the Russian foreign minister said about Aleppo?", TypeQuote, ""},
		{"Is the Idlib ceasefire holding?", TypeState, ""},
		{"What is the latest on the Darayya evacuation?", TypeState, ""},
		{"Where did the convoy wait?", TypePlace, ""},
		{"Who was appointed leader of Ahrar al-Sham?", TypePerson, ""},
		{"Which Syrian national karate coach died in Damascus?", TypePerson, "coach"},
		{"Which US State Department spokeswoman called the attack barbaric?", TypePerson, "spokeswoman"},
		{"In which Hama province town did an air raid kill eight rescuers?", TypePlace, "town"},
		{"Which Aleppo hotel housing UN staff was hit by shells?", TypePlace, "hotel"},
		{"Members of which tribe did Islamic State execute?", TypeName, "tribe"},
		{"Which key Syrian rebel group denied involvement?", TypeName, "group"},
		{"What type of helicopter were the pilots flying?", TypeOther, "helicopter"},
		{"Who hosted the donors' summit in Oslo where ministers pledged aid?", TypePerson, ""},
		{"Which Security Council resolution on aid deliveries did the envoy welcome?", TypeName, "resolution"},
		{"Which consultancy carried out the review of the health programme?", TypeName, "consultancy"},
		{"In which village near Idlib did the clinic close?", TypePlace, "village"},
		{"Which town north of Hama did the rebels take?", TypePlace, "town"},
		{"Which country announced it had cleared its minefields?", TypePlace, "country"},
		{"What was the name of the Syrian air force pilot shot down?", TypePerson, "pilot"},
		{"What is the name of the mobile platform the agency launched?", TypeName, "platform"},
		{"On which dates did the ministry hold its vaccination drill?", TypeDate, ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := Parse(tt.q, testNow)
			if q.Type != tt.typ || q.Head != tt.head {
				t.Errorf("got type %q head %q, want %q %q", q.Type, q.Head, tt.typ, tt.head)
			}
		})
	}
}

func TestParseUnitsAndSpeaker(t *testing.T) {
	q := Parse("How many buses carried residents out of Foua?", testNow)
	if len(q.Units) != 1 || q.Units[0] != "bus" {
		t.Errorf("units: got %q, want [bus]", q.Units)
	}
	q = Parse("What did the Russian foreign minister say about the talks?", testNow)
	if q.Speaker != "the Russian foreign minister" {
		t.Errorf("speaker: got %q", q.Speaker)
	}
}

func TestParseTerms(t *testing.T) {
	q := Parse("Which town in Idlib province was hit by air strikes that killed 28 civilians in late September 2017?", testNow)
	var words []string
	for _, t := range q.Terms {
		words = append(words, t.Word)
	}
	want := []string{"town", "idlib", "province", "hit", "air", "strikes", "killed", "28", "civilians"}
	if len(words) != len(want) {
		t.Fatalf("terms: got %q, want %q", words, want)
	}
	for i := range want {
		if words[i] != want[i] {
			t.Errorf("term %d: got %q, want %q", i, words[i], want[i])
		}
	}
	if len(q.Numbers) != 1 || q.Numbers[0] != "28" {
		t.Errorf("numbers: got %q, want [28]", q.Numbers)
	}
}

func TestParseWindow(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		q            string
		since, until time.Time
	}{
		{"What happened in April 2017?", day(2017, 4, 1), day(2017, 5, 1)},
		{"Who was hit on 8 April 2017?", day(2017, 4, 8), day(2017, 4, 9)},
		{"Who was hit on August 21 2013?", day(2013, 8, 21), day(2013, 8, 22)},
		{"Which town was hit in late September 2017?", day(2017, 9, 20), day(2017, 10, 1)},
		{"Which town was hit in mid-September 2016?", day(2016, 9, 10), day(2016, 9, 22)},
		{"Which town was hit in early October 2016?", day(2016, 10, 1), day(2016, 10, 12)},
		{"What did the UN say in 2016?", day(2016, 1, 1), day(2017, 1, 1)},
		{"How many were killed between March 27 and April 10 2015?", day(2015, 3, 27), day(2015, 4, 11)},
		{"How many were killed last week?", day(2017, 5, 3), testNow},
		{"What happened yesterday?", day(2017, 5, 9), day(2017, 5, 10)},
		{"Who has died since March 2017?", day(2017, 3, 1), testNow},
		{"Who may be hit?", time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			w := Parse(tt.q, testNow).Window
			strict := strings.Contains(tt.q, "last week") || strings.Contains(tt.q, "yesterday")
			if !w.Since.Equal(tt.since) || !w.Until.Equal(tt.until) || w.Strict != strict {
				t.Errorf("got [%s, %s) strict %v, want [%s, %s) strict %v", w.Since, w.Until, w.Strict, tt.since, tt.until, strict)
			}
		})
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("Aleppo convoy é ", 40)
	for _, n := range []int{20, 200} {
		got := clip(long, n)
		if len(got) > n || !strings.HasSuffix(got, "…") || !utf8.ValidString(got) {
			t.Errorf("clip(%d) = %q (%d bytes)", n, got, len(got))
		}
	}
	if got := clip("short", 200); got != "short" {
		t.Errorf("clip(short) = %q", got)
	}
}

func TestRelativeWindows(t *testing.T) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	day := time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		q     string
		since time.Time
	}{
		{"What happened in Idlib yesterday?", day.AddDate(0, 0, -1)},
		{"Who was killed in Aleppo last week?", day.AddDate(0, 0, -7)},
		{"What happened recently in Gaza?", day.AddDate(0, 0, -14)},
		// "latest" asks for the newest report, however old: no window.
		{"What is the latest on the Darayya evacuation?", time.Time{}},
		{"Is the Idlib ceasefire holding now?", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := relativeWindow(tokenize(tt.q), now); !got.Since.Equal(tt.since) {
				t.Errorf("since = %v, want %v", got.Since, tt.since)
			}
		})
	}
}
