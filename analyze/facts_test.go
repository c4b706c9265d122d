package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []int64 // the numbers among the tokens, in order
	}{
		{"112 people", []int64{112}},
		{"1,200 people", []int64{1200}},
		{"1,000,000,000 people", []int64{1_000_000_000}},
		{"nearly 200 000 civilians", []int64{200_000}},
		{"Get short URL 0 110 The", []int64{0, 110}}, // not "0 110" as one number
		{"the 101 102 and 103 fields", []int64{101, 102, 103}},
		{"seven children", []int64{7}},
		{"twenty-five fighters", []int64{25}},
		{"one hundred and twelve people", []int64{112}},
		{"a dozen fighters", []int64{12}},
		{"half a dozen fighters", []int64{6}},
		{"two dozen fighters", []int64{24}},
		{"dozens of fighters", nil},
		{"1.5 million refugees", []int64{1_500_000}},
		{"2.5 Billion dollars", []int64{2_500_000_000}},
		{"1.5 millionaires", nil},
		{"2.5 hundred people", nil},
		{"3 million people", []int64{3_000_000}},
		{"1.9 per cent", nil},
		{"at 0914 GMT", nil},
		{"99999999999999999999999 people", nil},
		{"in 2016", []int64{2016}},
		// an agency panel's capital "M" for million, glued or after a space
		{"4.3M people in need", []int64{4_300_000}},
		{"about 1M people fled", []int64{1_000_000}},
		{"6.7 M 4.5 M IDPs", []int64{6_700_000, 4_500_000}},
		{"a 5m wall", []int64{5}},
		{"3 MSF clinics", []int64{3}},
		{"on 2 March", []int64{2}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []int64
			for _, tok := range ftokens(tt.in) {
				if tok.isNum && !tok.amount {
					got = append(got, tok.num)
				}
			}
			if !equalInts(got, tt.want) {
				t.Errorf("numbers of %q = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	if tok := ftokens("in 2016")[1]; !tok.year {
		t.Errorf("2016 not marked as a year")
	}
	for in, want := range map[string]string{"dozens of fighters": "dozens", "tens of thousands fled": "tens of thousands"} {
		tok := ftokens(in)[0]
		if !tok.amount || in[tok.off:tok.end] != want {
			t.Errorf("amount of %q = %q (amount %v), want %q", in, in[tok.off:tok.end], tok.amount, want)
		}
	}
}

func equalInts(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func killed(title, text string) *news.Figure {
	an := Analyze(&news.Article{Title: title, Text: text})
	return an.Facts.Killed
}

func TestKilled(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              int64 // 0: no toll
		qual              news.Qualifier
	}{
		{"at least", "", "At least 112 people were killed in the bombing on Saturday.", 112, news.AtLeast},
		{"more than", "", "The strikes killed more than 50 civilians.", 50, news.MoreThan},
		{"over", "", "Air raids killed over 30 people in Idlib.", 30, news.MoreThan},
		{"about", "", "About 30 soldiers were killed when rebels blew up a tunnel.", 30, news.About},
		{"nearly", "", "Nearly 40 fighters were killed in the clashes.", 40, news.About},
		{"some", "", "The army has killed some 70 militants.", 70, news.About},
		{"up to", "", "Up to 20 people died in the blast.", 20, news.UpTo},
		{"number word", "", "Seven people were killed by shelling in Aleppo.", 7, news.Exact},
		{"a dozen", "", "A dozen civilians were killed in the raid.", 12, news.Exact},
		{"dozens is not a number", "", "Dozens of people were killed in the raid.", 0, ""},
		{"thousands separator", "", "The attack killed 1,200 people.", 1200, news.Exact},
		{"coordinated counts add", "", "The bomb exploded in the market killing 12 civilians and 3 fighters.", 15, news.Exact},
		{"coordinated before the verb", "", "Twelve civilians and three fighters were killed.", 15, news.Exact},
		{"subset does not add", "", "An airstrike killed 18 people including five children.", 18, news.Exact},
		{"subset before the verb", "", "At least 18 civilians including five children and two women were killed.", 18, news.AtLeast},
		{"part among the whole", "", "Eleven children were among 18 dead in the car bombings.", 18, news.Exact},
		{"part among those killed", "", "Nearly 70 children were among those killed when the bomb hit. The toll rose to 126.", 126, news.Exact},
		{"among them is a part", "", "Twelve people among them five children were killed.", 12, news.Exact},
		{"injured is not killed", "", "10 civilians killed 15 injured in rocket attacks.", 10, news.Exact},
		{"toll rose", "", "A car bomb killed 112 people. The death toll rose to 126 on Sunday.", 126, news.Exact},
		{"previous toll", "", "126 people were killed in the attack, updating a previous toll of 112 dead.", 126, news.Exact},
		{"headline first", "Bomb kills 18 in Damascus suburb", "A similar bombing on July 25 killed at least seven people.", 18, news.Exact},
		{"background war toll", "", "The war that has killed more than 250,000 people goes on.", 0, ""},
		{"background since", "", "More than 290000 people have been killed since the conflict erupted in 2011.", 0, ""},
		{"main event before background", "",
			"Shelling killed 8 people on Monday. The conflict has killed 300000 people since 2011.", 8, news.Exact},
		{"has since killed", "", "The war began with protests in 2011 and has since killed more than 280000 people.", 0, ""},
		{"war word far from a recent toll", "",
			"In the latest chapter of the grinding war in the north of the country air strikes have killed 12 people in Idlib.", 12, news.Exact},
		{"a range is not a sum", "", "Between 500 and 1,300 people died in the attack.", 1300, news.UpTo},
		{"a range after the verb", "", "US strikes have killed between 229 and 425 civilians.", 425, news.UpTo},
		{"year is not a toll", "", "In 2016 killed people were buried.", 0, ""},
		{"date is not a toll", "", "On July 25 killed civilians were buried.", 0, ""},
		{"ages are not tolls", "", "A 10-year-old boy was killed.", 1, news.Exact}, // the boy, told one by one, not his age
		{"a billion is no head count", "", "1,000,000,000 people were killed.", 0, ""},
		{"no figure stated", "", "The ceasefire held on Monday.", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := killed(tt.title, tt.text)
			if tt.want == 0 {
				if got != nil {
					t.Fatalf("killed = %+v, want none", got)
				}
				return
			}
			if got == nil || got.Value != tt.want || got.Qualifier != tt.qual {
				t.Fatalf("killed = %+v, want %d %s", got, tt.want, tt.qual)
			}
			if !strings.Contains(tt.text, got.Sentence) && got.Sentence != tt.title {
				t.Errorf("sentence %q is not from the article", got.Sentence)
			}
		})
	}
}

func TestOtherFigures(t *testing.T) {
	an := Analyze(&news.Article{Text: "A car bomb killed at least 44 people and injured 140 others on Wednesday. " +
		"The fighting displaced more than 20,000 people. Under the deal about 3,000 civilians were evacuated from the east."})
	f := an.Facts
	check := func(name string, got *news.Figure, want int64, q news.Qualifier) {
		t.Helper()
		if got == nil || got.Value != want || got.Qualifier != q {
			t.Errorf("%s = %+v, want %d %s", name, got, want, q)
		}
	}
	check("killed", f.Killed, 44, news.AtLeast)
	check("injured", f.Injured, 140, news.Exact)
	check("displaced", f.Displaced, 20000, news.MoreThan)
	check("evacuated", f.Evacuated, 3000, news.About)

	an = Analyze(&news.Article{Text: "Four people were killed and six others injured in a car bomb attack."})
	check("injured beside a death toll", an.Facts.Injured, 6, news.Exact)
}

func TestDurations(t *testing.T) {
	tests := []struct {
		text string
		want []int // hours
	}{
		{"The UN called for a 48-hour truce in Aleppo.", []int{48}},
		{"A three-day ceasefire began on Eid.", []int{72}},
		{"The truce will last 72 hours.", []int{72}},
		{"Russia announced a week-long truce.", []int{168}},
		{"A two-week pause and a 10-day halt were discussed.", []int{336, 240}},
		{"The fighting lasted 72 hours.", nil}, // no pause in fighting: not reported
		{"The five-month-old uprising goes on.", nil},
		{"The truce took effect three days ago.", nil},
		{"A 10-year-old boy was hurt.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			an := Analyze(&news.Article{Text: tt.text})
			var got []int
			for _, d := range an.Facts.Durations {
				got = append(got, d.Hours)
				if !strings.Contains(tt.text, d.Sentence) {
					t.Errorf("duration sentence %q is not from the text", d.Sentence)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("durations = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("durations = %v, want %v", got, tt.want)
				}
			}
		})
	}
}

var scopes = []news.FigureScope{news.ScopeMain, news.ScopePart, news.ScopeAlternative, news.ScopeOtherEvent, news.ScopeBackground}

// checkFigures asserts what every figure keeps, whatever the input: a known
// kind and scope, a value within bounds or a word instead, its sentence and
// text quoted from the article, an originator from the table or named as
// written in the article, a bounded list.
func checkFigures(t *testing.T, title, text string, f news.Facts) {
	t.Helper()
	if len(f.Figures) > maxFigures {
		t.Errorf("%d figures, want at most %d", len(f.Figures), maxFigures)
	}
	known := map[string]bool{}
	for _, k := range figureKinds {
		known[k.name] = true
	}
	names := map[string]bool{"": true}
	for _, o := range origs.list {
		names[o.name] = true
	}
	for _, g := range allFigures(f) {
		switch {
		case !known[g.Kind]:
			t.Errorf("figure %+v: unknown kind", g)
		case !slices.Contains(scopes, g.Scope):
			t.Errorf("figure %+v: unknown scope", g)
		case (g.Word == "") == (g.Value == 0), g.Value < 0 || g.Value > maxPeople, g.Low < 0 || g.Low > g.Value:
			t.Errorf("figure %+v: value out of bounds, or both a word and a value", g)
		case !quotedFrom(text, g.Sentence) && !quotedFrom(title, g.Sentence), !strings.Contains(g.Sentence, g.Text):
			t.Errorf("figure %+v: not quoted from the article", g)
		case !names[g.Originator] && !names[CanonicalOriginator(g)] && !strings.Contains(title+"\n"+text, g.Originator):
			t.Errorf("figure %+v: originator neither in the table nor written in the article", g)
		case g.Word == "" && !statedIn(g):
			t.Errorf("figure %+v: its value is neither a number of its text nor their sum", g)
		}
	}
}

// statedIn reports a figure whose value its text states: one of the
// numbers in it (a range's bound), or their sum ("12 civilians and 3
// fighters" is 15), or the people it names one by one; a reader can find
// every figure in the article.
func statedIn(g news.Figure) bool {
	var sum int64
	nums := 0
	toks := ftokens(g.Text)
	for j, tk := range toks {
		if n, _ := personRun(toks, j); n > 0 && j > 0 && toks[j-1].w == "and" {
			sum += int64(n) // "27 students and a female teacher" is 28
		}
		if !tk.isNum || tk.amount {
			continue
		}
		if tk.num == g.Value || (g.Low > 0 && tk.lo == g.Low) {
			return true
		}
		sum, nums = sum+tk.num, nums+1
	}
	if nums == 0 { // told person by person: "a man and his young daughter"
		return g.Value >= 1 && g.Value <= int64(strings.Count(strings.ToLower(g.Text), " and ")+1)
	}
	return sum == g.Value
}

// FuzzFacts checks that figures are only ever reported from a sentence of
// the article that states the number, whatever the input.
func FuzzFacts(f *testing.F) {
	f.Add("Bomb kills 18", "At least 112 people were killed. The death toll rose to 126.")
	f.Add("", "1,000,000,000 people were killed in 2016 and 0914 died. 200 000 fled.")
	f.Add("x", "half a dozen and a dozen and twenty-five hundred thousand million killed")
	f.Add("", "killing 12 civilians and 3 fighters and 4 and 5 and 6 injured 48-hour week-long truce")
	f.Add("", "\xff 1,,,000 9.9.9 million -- - 1 2 3 4 killed")
	f.Add("", "According to the Civilian Protection Advocacy Group (CPAG), 104 people were killed. 7,224 people (2,316 households) were displaced (Source: CCCM Cluster).")
	f.Add("", "Over [1 million Syrians](http://x.org/?id=122) fleeing. 2,000-3,000 IDPs and 20,870 families (97,583 persons) fled; approximately, 5 killed (OCHA).")
	f.Add("Inside SAMS's clinic Since May, 4,000 fled. According to the MSF report, 300 died. U.N. No. 4. ", "3. Impact (NDRRMC, DSWD)\n\n• 12 dead.")
	f.Add("Statement of the Chairperson of the Foo Commission", "Our colleagues from UNMISS tell us that 3 were wounded. (\n\n ) , ().")
	f.Fuzz(func(t *testing.T, title, text string) {
		an := Analyze(&news.Article{Title: title, Text: text})
		for _, fig := range []*news.Figure{an.Facts.Killed, an.Facts.Injured, an.Facts.Displaced, an.Facts.Evacuated} {
			if fig == nil {
				continue
			}
			if fig.Value < 0 || fig.Value > maxCount {
				t.Errorf("figure %d out of range", fig.Value)
			}
			if fig.Sentence == "" || (!quotedFrom(text, fig.Sentence) && !quotedFrom(title, fig.Sentence)) {
				t.Errorf("figure %d from %q, which is not in the article", fig.Value, fig.Sentence)
			}
		}
		checkFigures(t, title, text, an.Facts)
		for _, d := range an.Facts.Durations {
			if d.Hours <= 0 || !strings.Contains(text+title, d.Text) && !strings.Contains(strings.ToLower(text+title), d.Text) {
				t.Errorf("duration %+v not stated", d)
			}
		}
		checkSummary(t, text, an.Summary)
	})
}

func TestTitleParts(t *testing.T) {
	tests := []struct {
		title string
		want  int
	}{
		{"U.N. says 12 killed in Mr. Smith's town", 1},
		{"Situation Report No. 14 as of 7 December", 1},
		{"Storm displaces 70,000 As floods rose, 100 died. According to the NDRRMC, 3,000 homes were lost.", 2},
		{"Strikes kill 20. \"We fled,\" residents said. More to come", 3},
		{"", 0},
	}
	for _, tt := range tests {
		if got := titleParts(tt.title); len(got) != tt.want {
			t.Errorf("titleParts(%q) = %q, want %d parts", tt.title, got, tt.want)
		}
	}
}

// quotedFrom reports whether sentence is text's own words: verbatim, or
// with the line breaks of a wrapped sentence read as spaces (lang.Paragraphs
// joins a line that goes on the sentence the line before left open).
func quotedFrom(text, sentence string) bool {
	if strings.Contains(text, sentence) {
		return true
	}
	return strings.Contains(strings.Join(strings.Fields(text), " "), strings.Join(strings.Fields(sentence), " "))
}
