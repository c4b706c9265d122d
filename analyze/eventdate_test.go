package analyze

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

func TestEventDate(t *testing.T) {
	thu := time.Date(2016, 7, 7, 15, 0, 0, 0, time.UTC) // a Thursday
	day := func(y int, m time.Month, d int) string {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	}
	tests := []struct {
		name, title, text string
		published         time.Time
		want, by          string
	}{
		{"weekday of the lead", "Strike kills 9", "Nine people were killed on Tuesday in Aleppo.", thu, day(2016, 7, 5), DatedByText},
		{"the same weekday", "Strike kills 9", "Nine people were killed on Thursday in Aleppo.", thu, day(2016, 7, 7), DatedByText},
		{"a weekday after is last week's", "Strike kills 9", "Nine people were killed on Friday.", thu, day(2016, 7, 1), DatedByText},
		{"the title first", "Strike kills 9 today", "A truce was agreed on Monday.", thu, day(2016, 7, 7), DatedByText},
		{"yesterday", "Strike kills 9", "Nine people were killed yesterday.", thu, day(2016, 7, 6), DatedByText},
		{"possessive", "Toll rises", "The toll from Tuesday's bombing rose to 50.", thu, day(2016, 7, 5), DatedByText},
		{"reporting verb dates the report", "Toll rises", "A monitor said on Thursday that the toll from the bombing on Tuesday rose.", thu, day(2016, 7, 5), DatedByText},
		{"a statement's day when the lead names no other", "Britain says sarin was used", "Fri 14 Jul 2016 British scientists concluded that sarin was used in the attack the ambassador said on Wednesday.", thu, day(2016, 7, 13), DatedBySaid},
		{"a statement's day past another statement's", "Russia vetoes resolution", "Fri 14 Jul 2016 Scientists found sarin was used the ambassador said on Wednesday. The envoy told reporters on Wednesday that Moscow had vetoed a draft resolution.", thu, day(2016, 7, 13), DatedBySaid},
		{"a statement late on a weekday", "Army says town taken", "Fri 15 Jul 2016 The town was taken the army said late on Thursday.", thu, day(2016, 7, 14), DatedBySaid},
		{"a statement's day over a weekend", "Truce holds", "Mon 18 Jul 2016 The truce held the monitor said on Saturday.", thu, day(2016, 7, 16), DatedBySaid},
		{"a statement's day too far back is background", "Truce holds", "Mon 18 Jul 2016 The truce held as the envoy said on Tuesday.", thu, day(2016, 7, 18), DatedByDateline},
		{"a statement's day gives way to the attack's", "Sarin used", "Thu 13 Jul 2016 Sarin was used in the attack on Monday that killed 80 people the ambassador said on Wednesday.", thu, day(2016, 7, 11), DatedByText},
		{"the attack's day after the statement's", "Sarin used", "Thu 13 Jul 2016 The ambassador said on Wednesday that jets dropped sarin on the town on Monday.", thu, day(2016, 7, 11), DatedByText},
		{"a lead's statement before the title's", "Envoy said on Monday talks would resume", "Fri 15 Jul 2016 The truce held the monitor said on Thursday.", thu, day(2016, 7, 14), DatedBySaid},
		{"a title's statement when the lead names none", "Envoy said on Wednesday talks would resume", "Fri 15 Jul 2016 Talks will resume in Geneva.", thu, day(2016, 7, 13), DatedBySaid},
		{"night turns the day", "Missiles hit airbase", "The United States launched missiles on Wednesday night.", thu, day(2016, 7, 7), DatedByNight},
		{"no day word", "Strike kills 9", "Nine people were killed.", thu, day(2016, 7, 7), DatedByPublished},
		{"no date at all", "Strike kills 9 on Tuesday", "", time.Time{}, "", ""},
		{"dateline over published", "Strike", "Mon Jun 20 2016 At least 23 were killed.", thu, day(2016, 6, 20), DatedByDateline},
		{"dateline and lead", "Strike", "Sun 10 Jul 2016 29 rebels were killed on Saturday.", thu, day(2016, 7, 9), DatedByText},
		{"dashed dateline", "Strike", "16-02-2015 Nine civilians were killed.", thu, day(2015, 2, 16), DatedByDateline},
		{"dotted dateline", "Strike", "24.07.2016Get short URL At least four people were killed.", thu, day(2016, 7, 24), DatedByDateline},
		{"glued dateline", "Strike", "Last updated at Apr 152017 A car bomb killed 43 people.", thu, day(2017, 4, 15), DatedByDateline},
		{"publication", "Strike", "Date of publication 13 October 2016 Airstrikes hit.", thu, day(2016, 10, 13), DatedByDateline},
		{"month day in the lead", "Strike", "Published May 27 2017 Militants were killed on May 25 while fleeing.", thu, day(2017, 5, 25), DatedByText},
		{"no 31 April", "Strike", "31 April 2016 Nine were killed.", thu, day(2016, 7, 7), DatedByPublished},
		{"no year 1066", "Strike", "14 October 1066 A battle.", thu, day(2016, 7, 7), DatedByPublished},
		{"a far date is not a dateline", "Strike", strings.Repeat("word ", 60) + "on 3 May 2015", thu, day(2016, 7, 7), DatedByPublished},
		{"a caption's date is a mention", "Rebels advance", "12 Jul 2016 Rebels fight back in the city. People walk past a market on July 10 2016 after the road was cut. (Agencies) Rebels advanced into the district on Monday.", thu, day(2016, 7, 11), DatedByText},
		{"a caption's date with nothing after", "Rebels advance", "12 Jul 2016 People walk past a market on 10 July 2016 after the road was cut.", thu, day(2016, 7, 12), DatedByDateline},
		{"a caption pushes the lead's day further", "Rebels advance", "12 Jul 2016 People walk past a market on July 10 2016 " + strings.Repeat("word ", 60) + "rebels advanced on Monday.", thu, day(2016, 7, 11), DatedByText},
		{"a recap's date is a mention", "Strike", "Mon 29 Aug 2016 Inspectors visited the site of the attack on August 21 and on Sunday a strike killed 5.", thu, day(2016, 8, 28), DatedByText},
		{"a recap names the place of the event", "Factbox: Congress debates strikes", "Mon Sep 9 2013 Lawmakers return to weigh a response to the attack near Damascus on August 21 that killed hundreds.", thu, day(2013, 9, 9), DatedByDateline},
		{"a recap with modifiers and a longer place", "Inspectors", "Mon 29 Aug 2016 Inspectors will visit the suspected chemical attack in the eastern Ghouta suburbs on August 21.", thu, day(2016, 8, 29), DatedByDateline},
		{"a recap on a place", "Sarin", "Wed 12 Apr 2017 Britain says sarin was used in the sarin attack on Khan Sheikhoun on April 4.", thu, day(2017, 4, 12), DatedByDateline},
		{"an event's own day after its verb is no recap", "Strike", "Wed 12 Apr 2017 Jets bombed the market near Idlib on April 10 killing 9.", thu, day(2017, 4, 10), DatedByText},
		{"a recap's noun followed by a verb is the lead's day", "Strike", "Wed 12 Apr 2017 The strike killed nine people on April 10 in Idlib.", thu, day(2017, 4, 10), DatedByText},
		{"a date weeks before the report is a mention", "Factbox: Congress debates strikes", "Mon Sep 9 2013 Lawmakers weigh a response to a gas attack that killed hundreds on August 21.", thu, day(2013, 9, 9), DatedByDateline},
		{"a date days before the report is the lead's", "Strike", "Mon Sep 9 2013 Jets bombed a market killing nine on September 3.", thu, day(2013, 9, 3), DatedByText},
		{"a date of the dateline's day is the event's", "Strike", "Published May 27 2017 Militants were killed on May 27 2017 while fleeing.", thu, day(2017, 5, 27), DatedByText},
		{"late weekday is the day named", "Clinic hit", "21 September 2016 Four medics were killed when a strike hit a clinic late Tuesday.", thu, day(2016, 9, 20), DatedByNight},
		{"late on the dateline's day", "Clinic hit", "21 September 2016 Four medics were killed when a strike hit a clinic late on Wednesday.", thu, day(2016, 9, 21), DatedByNight},
		{"the early hours of a weekday", "Clinic hit", "22 September 2016 A strike hit a clinic in the early hours of Wednesday.", thu, day(2016, 9, 21), DatedByNight},
		{"early weekday", "Clinic hit", "22 September 2016 A strike hit a clinic early on Wednesday.", thu, day(2016, 9, 21), DatedByNight},
		{"a far day word is background", "Strike", strings.Repeat("word ", 120) + "on Tuesday.", thu, day(2016, 7, 7), DatedByPublished},
		{"the body's day past a standfirst and a caption", "Two airmen killed", "Sun 10 Jul 2016 The crew had fired all their rockets when ground fire hit the aircraft near the old city. Soldiers ride past the ruined citadel of the town in a photo taken in spring. " + strings.Repeat("word ", 40) + "The wreck lies east of the town. (Press and Agencies) Two airmen were killed when their helicopter was downed near the town the defence ministry said. The two were flying a training mission. They were attacking militants in the province on Friday at the army's request.", thu, day(2016, 7, 8), DatedByText},
		{"a standfirst's day before the caption", "Barrel bombs kill 10", "Mon 19 Sep 2016 Ten people were killed on Sunday when barrel bombs hit a town. Smoke rises over the town in a photo. (Press and Agencies) The truce " + strings.Repeat("word ", 50) + "ended on Monday.", thu, day(2016, 9, 18), DatedByText},
		{"a place's credit opens the lead", "Strike", "Sun 10 Jul 2016 BEIRUT (Wire) - " + strings.Repeat("word ", 70) + "killed on Friday.", thu, day(2016, 7, 10), DatedByDateline},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, by := EventDate(tt.title, tt.text, tt.published)
			got := ""
			if by != "" {
				got = d.Format(time.DateOnly)
			}
			if got != tt.want || by != tt.by {
				t.Errorf("EventDate = %s by %q, want %s by %q", got, by, tt.want, tt.by)
			}
		})
	}
}

// FuzzEventDate feeds outside text and any published time: no panic, a
// date only with a way it was found, midnight UTC, within the years a
// dateline may name when there is no published time, and the published
// day when that is what dated it.
func FuzzEventDate(f *testing.F) {
	f.Add("Strike kills 9", "Nine people were killed on Tuesday.", int64(1467903600))
	f.Add("", "Last updated at Apr 152017 on Saturday", int64(0))
	f.Add("x", "16-02-2015 31.02.2016 2016-13-01 jul 999999 on may 32", int64(-1))
	f.Add("\xff", "Mon Jun 20 2016 yesterday tonight sunday's", int64(1<<40))
	f.Add("x", "12 Jul 2016 a market on July 10 2016 after. Rebels advanced on Monday", int64(0))
	f.Add("x", "the attack on august 21 late tuesday early on wednesday late on", int64(1467903600))
	f.Fuzz(func(t *testing.T, title, text string, published int64) {
		var pub time.Time
		if published != 0 {
			pub = time.Unix(published%(1<<36), 0).UTC()
		}
		d, by := EventDate(title, text, pub)
		if by == "" {
			if !d.IsZero() {
				t.Fatalf("a date %v with no way found", d)
			}
			return
		}
		if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 {
			t.Fatalf("date %v is not midnight UTC", d)
		}
		if pub.IsZero() && by != DatedByPublished && (d.Year() < minYear-2 || d.Year() > maxYear) {
			t.Fatalf("date %v outside the years a dateline may name", d)
		}
		if by == DatedByPublished && !d.Equal(midnight(pub)) {
			t.Fatalf("dated by published: %v, want %v", d, midnight(pub))
		}
	})
}

// TestDocWordsAreTextWords: the words of a doc's sentences, in order, are
// the words of its text (lang.Words), whatever splits it into paragraphs
// and sentences: Analyze hands them to the date readers' lead (lead.all).
func TestDocWordsAreTextWords(t *testing.T) {
	texts := []string{
		"Rebels shelled Douma.\nThe army said 12 died. \"They fled,\" he said.\r\nU.S. forces left at 3 p.m. on Monday.",
		"a line that wraps\nover two lines, and the rebels'\nconvoy. Then AFP said it.'Quote' ended!Next one?Yes.",
		"İstanbul's KELVIN-Sign ‘quoted’ al-Babÿ troops’. K. The\u00a0end—or not.\xff\xfeBroken bytes.",
		"Dr. Smith met Gen. Mills in Jan. 2016. No. 5 was hit.” “Then,” said Lt. Col. V.K. Roe (Reuters).",
		"\n\n  \n", "", "word-\nnext -dash- trailing- 'quote' end.", strings.Repeat("Ten died in Aleppo. ", 30),
	}
	check := func(text string) {
		if got, want := newDoc("", text).words, lang.Words(text); !slices.Equal(got, want) {
			t.Errorf("doc words of %.60q: got %d words, want %d", text, len(got), len(want))
		}
	}
	for _, text := range texts {
		check(text)
	}
	dev := map[string]bool{} // the development articles: those with a label
	for _, l := range readJSONLines[evalLabel](t, filepath.Join(evalDir, "dev-labels.jsonl")) {
		dev[l.ID] = true
	}
	for _, a := range readJSONLines[evalArticle](t, filepath.Join(evalDir, "articles.jsonl")) {
		if dev[a.ID] {
			check(a.Text)
		}
	}
}

// TestLeadWords: a lead split once gives each date reader the words of its
// own length, as lang.Words of leadWords would.
func TestLeadWords(t *testing.T) {
	short := "DAMASCUS, 20 May 2014 - Shelling killed five people on Tuesday."
	long := strings.Repeat("Rebels said the army shelled the town of Douma on Tuesday. ", 80)
	// capitals whose lower case is longer or shorter, curly apostrophes,
	// hyphens and a broken byte, at every offset of the cuts
	odd := strings.Repeat("İstanbul's KELVIN-Sign ‘quoted’ al-Babÿ troops’ K ", 70)
	spaceless := strings.Repeat("x", 6000)
	texts := []string{short, long, odd, odd[7:], spaceless, " " + long}
	for shift := 1; shift < 12; shift++ { // cuts in a word, at its end, in a space
		texts = append(texts, long[shift:], odd[shift:])
	}
	for _, text := range texts {
		all := newDoc("", text).words // as Analyze gives it
		if !slices.Equal(all, lang.Words(text)) {
			t.Fatalf("the doc's words of a text of %d bytes are not its words", len(text))
		}
		for _, order := range [][]int{{datelineReach, datelineReach + dayWords, datelineReach + recallReach, datelineReach},
			{datelineReach + recallReach, datelineReach, datelineReach + dayWords}} {
			for _, withAll := range []bool{false, true} {
				l := &lead{text: text}
				if withAll {
					l.all = all
				}
				for _, n := range order {
					if got, want := l.words(n), lang.Words(leadWords(text, n)); !slices.Equal(got, want) {
						t.Errorf("lead of %d bytes, %d words, all %v: got %d words, want %d", len(text), n, withAll, len(got), len(want))
					}
				}
			}
		}
	}
}
