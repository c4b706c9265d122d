package analyze

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestFigureSpans: the analysis marks a figure whose sentence counts over
// months or years (OverMonths) or sums the killed and the injured
// (KilledInjuredSum), and carries the marks in its figures, so that no
// digest reads the sentence again (issue 14.4). Invented sentences.
func TestFigureSpans(t *testing.T) {
	pub := time.Date(2019, 3, 9, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		title, text string
		months, sum bool
	}{
		{"Rights group counts the dead of the battle for Raqqa", "At least 74 civilians were killed during and after months of fighting for the city, the group said on Friday.", true, false},
		{"Air strikes kill 31 in Idlib", "Air strikes killed 31 people in a market in Idlib on Friday, rescuers said.", false, false},
		{"Jets kill 45 in heaviest raid in months", "In the heaviest raid in months jets killed 45 people in Douma on Friday, medics said.", false, false},
		{"Shelling: 93 Killed & Injured In Border Town", "", false, true},
		{"Shelling Kills, Injures 57 In Town", "", false, true},
	} {
		an := Analyze(&news.Article{Title: c.title, Text: c.text, Published: pub})
		figs := append([]news.Figure{}, an.Facts.Figures...)
		for _, g := range []*news.Figure{an.Facts.Killed, an.Facts.Injured} {
			if g != nil {
				figs = append(figs, *g)
			}
		}
		if len(figs) == 0 {
			t.Errorf("%q: no figure", c.title)
			continue
		}
		for _, g := range figs {
			if g.OverMonths != c.months || g.KilledInjuredSum != c.sum {
				t.Errorf("%q: %s %d over months %v, killed-injured sum %v; want %v, %v", c.title, g.Kind, g.Value, g.OverMonths, g.KilledInjuredSum, c.months, c.sum)
			}
		}
	}
}

// TestSpanWords: what a sentence's words say of its count's span and sum.
// Invented sentences.
func TestSpanWords(t *testing.T) {
	for _, c := range []struct {
		s           string
		months, sum bool
	}{
		{"killed during and after months of fighting", true, false},
		{"In the heaviest attack in months jets killed 40", false, false},
		{"50 people have been killed since January", true, false},
		{"a 12 years old boy was among the 60 killed", false, false},
		{"between March and June 210 were killed", true, false},
		{"over the past year 300 died", true, false},
		{"120 Killed Injured In Shelling", false, true},
		{"Shelling kills 12 and wounds 30", false, false},
		{"Blast Killed, Wounded 40", false, true},
	} {
		ws := rankWords(c.s)
		if got := spansMonths(ws); got != c.months {
			t.Errorf("spansMonths(%q) = %v, want %v", c.s, got, c.months)
		}
		if got := tellsSum(ws); got != c.sum {
			t.Errorf("tellsSum(%q) = %v, want %v", c.s, got, c.sum)
		}
	}
}

// TestTalksHeld: a city of no war the article names as where talks sit
// ("talks in Geneva", "sat down in a Geneva lakeside hotel", "the Astana
// talks") counts each such naming in its place's TalksHeld; one named
// otherwise ("a news briefing in Geneva") counts none, and the war's
// places the talks discuss none. Invented texts.
func TestTalksHeld(t *testing.T) {
	pub := time.Date(2019, 3, 9, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		title, text string
		want        map[string]int
	}{
		{"Envoys report progress on Aleppo truce", "The two ministers sat down in a Geneva lakeside hotel to work out a pause in the fighting around Aleppo. The Geneva talks resume on Monday.",
			map[string]int{"Geneva": 2, "Aleppo": 0}},
		{"Ministers open Syria talks in Astana", "The talks are about a truce in Aleppo, where aid has been blocked for weeks.",
			map[string]int{"Astana": 1, "Aleppo": 0}},
		{"Aid agencies warn of hunger in Aleppo", "Food is running out in Aleppo, a spokeswoman told a news briefing in Geneva.",
			map[string]int{"Geneva": 0, "Aleppo": 0}},
	} {
		an := Analyze(&news.Article{Title: c.title, Text: c.text, Published: pub})
		got := map[string]int{}
		for _, p := range an.Places {
			got[p.Name] = int(p.TalksHeld)
		}
		for name, n := range c.want {
			if v, ok := got[name]; !ok || v != n {
				t.Errorf("%q: %s talks held %d (listed %v), want %d", c.title, name, v, ok, n)
			}
		}
	}
}

// TestSentenceSpansAsWords: sentenceSpans, which reads the words of a
// sentence only when it holds the words it needs, answers as its words do,
// in any case (the Turkish capital "İ" lower-cases to "i"). Invented
// sentences.
func TestSentenceSpansAsWords(t *testing.T) {
	for _, s := range []string{
		"SHELLING İNJURED, KILLED 40", "40 KİLLED İNJURED IN SHELLING", "300 DIED SİNCE MARCH", "Jets killed 12 on Friday",
		"120 KILLED & WOUNDED", "Over The Past YEAR 80 Died", "BETWEEN APRIL AND MAY 90 WERE KILLED", "killed — and injured",
	} {
		ws := rankWords(s)
		months, sum := sentenceSpans(s)
		if months != spansMonths(ws) || sum != tellsSum(ws) {
			t.Errorf("sentenceSpans(%q) = %v, %v; its words say %v, %v", s, months, sum, spansMonths(ws), tellsSum(ws))
		}
	}
	if months, sum := sentenceSpans("40 KİLLED İNJURED IN SHELLING"); months || !sum {
		t.Errorf("a capital İ's sum: months %v, sum %v; want false, true", months, sum)
	}
	if months, _ := sentenceSpans("300 DIED SİNCE MARCH"); !months {
		t.Error("a capital İ's 'since March': want over months")
	}
}

// A count in a quotation is told by the quotation's words only: the clause
// after a closing quote whose full stop was lost tells another count ("the
// groups lost 90 during the last five days"), whose span is not the quoted
// count's (issue 10, fig42: "about 40 more over several days"). Invented
// sentences.
func TestCountQuoteFig42(t *testing.T) {
	s := "\"Some 30 more gunmen were killed near the dam\" Reports also said that the groups lost 90 men during the last five days."
	if got, want := CountQuote(s, "Some 30"), "\"Some 30 more gunmen were killed near the dam\""; got != want {
		t.Errorf("CountQuote = %q, want %q", got, want)
	}
	if got := CountQuote(s, "90"); got != s {
		t.Errorf("CountQuote of a count outside quotes = %q, want the sentence", got)
	}
}

// TestRecentPeriod: the analysis marks a figure whose words count over a
// span of days up to the report ("over the past few days", "in recent
// weeks") RecentPeriod, so that no digest reads the sentence again (issue
// 14.4); a count in a quotation is told by the quotation's words only.
// Invented sentences.
func TestRecentPeriod(t *testing.T) {
	pub := time.Date(2019, 3, 9, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		title, text string
		period      bool
	}{
		{"Fighting in Hama", "At least 64 people were killed over the past few days in fighting north of Hama, the monitor said on Saturday.", true},
		{"Raids on Idlib", "At least 38 civilians were killed in recent weeks in air raids on the south of Idlib province, rescuers said on Saturday.", true},
		{"Strike on market", "An air strike killed 27 people in a market in Maarat on Friday, rescuers said.", false},
		{"Clashes near dam", "\"Some 30 more gunmen were killed near the dam\" Reports also said that the groups lost 90 men during the last five days.", false},
	} {
		an := Analyze(&news.Article{Title: c.title, Text: c.text, Published: pub})
		g := an.Facts.Killed
		for i := range an.Facts.Figures {
			if g == nil && an.Facts.Figures[i].Kind == news.FigureKilled {
				g = &an.Facts.Figures[i] // a background toll ("in recent weeks")
			}
		}
		if g == nil {
			t.Errorf("%q: no killed figure", c.text)
			continue
		}
		if g.RecentPeriod != c.period {
			t.Errorf("%q: %d %q recent period %v, want %v", c.text, g.Value, g.Text, g.RecentPeriod, c.period)
		}
	}
	for _, c := range []struct {
		s, text string
		want    bool
	}{
		{"Shelling killed 41 during the last three days, the group said.", "41", true},
		{"Shelling killed 41 in the past 24 hours, the group said.", "41", false},
		{"\"We buried 12 today,\" he said, adding that 80 had died over the past two weeks.", "12", false},
		{"\"We buried 12 today,\" he said, adding that 80 had died over the past two weeks.", "80", true},
		{"", "12", false},
	} {
		g := news.Figure{Sentence: c.s, Text: c.text}
		markPeriod(&g)
		if g.RecentPeriod != c.want {
			t.Errorf("markPeriod(%q, %q) = %v, want %v", c.s, c.text, g.RecentPeriod, c.want)
		}
	}
}

// TestFigureTold: the analysis carries in each figure the day its sentence
// says the count was given (GivenOn) and the description it gives a monitor
// it does not name (MonitorDescribed), so that no story reads the sentence
// again (issue 14.4). Invented sentences.
func TestFigureTold(t *testing.T) {
	pub := time.Date(2019, 3, 8, 10, 0, 0, 0, time.UTC) // a Friday
	for _, c := range []struct {
		title, text      string
		given, described string
	}{
		{"Shelling in Homs", "At least 52 people were killed in the shelling of Homs, an opposition monitoring group said on Wednesday.", "wednesday", "an opposition monitoring group"},
		{"Strike on Ariha", "Air strikes killed 23 people in Ariha on Thursday, the civil defence said.", "", ""},
		{"Blast in Azaz", "The monitor reported the blast in Azaz on Tuesday with an initial death toll of 17.", "tuesday", ""},
	} {
		an := Analyze(&news.Article{Title: c.title, Text: c.text, Published: pub})
		g := an.Facts.Killed
		if g == nil {
			t.Errorf("%q: no killed figure", c.text)
			continue
		}
		if g.GivenOn != c.given || g.MonitorDescribed != c.described {
			t.Errorf("%q: %d given on %q, monitor described %q (originator %q); want %q, %q", c.text, g.Value, g.GivenOn, g.MonitorDescribed, g.Originator, c.given, c.described)
		}
	}
}

// sentenceSpans reports whether sentence s counts over months
// (spansMonths) and whether it sums the killed and the injured (tellsSum).
func sentenceSpans(s string) (months, sum bool) { return lowSpans(lang.Lower(s)) }

// rankWords splits a sentence into lower-case words, keeping "&" and ","
// as words of their own.
func rankWords(s string) []string { return lowerWords(strings.ToLower(s)) }
