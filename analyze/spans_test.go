package analyze

import (
	"testing"
	"time"

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
