package story

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// byOrig is a death toll given by an originator, as the analysis reports it.
func byOrig(v int64, q news.Qualifier, orig string, party bool) news.Analysis {
	return news.Analysis{Facts: news.Facts{Killed: &news.Figure{Value: v, Qualifier: q, Originator: orig,
		PartyClaim: party, Scope: news.ScopeMain}}}
}

func TestRunningTollPerOriginator(t *testing.T) {
	h := time.Hour
	ms := []Member{
		member(3, "reuters", "t", "x", t0.Add(3*h), byOrig(72, news.Exact, "SOHR", false)),
		member(1, "afp", "t", "x", t0, byOrig(58, news.Exact, "SOHR", false)),
		member(2, "etilaf", "t", "x", t0.Add(2*h), byOrig(100, news.MoreThan, "Syrian Coalition", true)),
		member(4, "afp", "t", "x", t0.Add(5*h), byOrig(86, news.AtLeast, "SOHR", false)),
		member(5, "alaraby", "t", "x", t0.Add(6*h), byOrig(86, news.AtLeast, "SOHR", false)), // a repeat: no step
	}
	s := Build(ms)
	if len(s.Figures) != 1 {
		t.Fatalf("figures = %+v, want one", s.Figures)
	}
	f := s.Figures[0]
	want := []string{"SOHR: 58 → 72 → at least 86", "Syrian Coalition (a party to the fighting): more than 100"}
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
	// latest is the newest report's figure, not the largest
	if f.Latest.Value != 86 || f.Latest.Originator != "SOHR" {
		t.Errorf("latest = %+v, want SOHR's 86", f.Latest)
	}
	if got, want := FormatFigure(f), "58 (SOHR) to more than 100 (Syrian Coalition); latest at least 86 (SOHR), as of 5 Jul 2016"; got != want {
		t.Errorf("FormatFigure = %q, want %q", got, want)
	}
	for _, l := range f.Lines {
		for _, st := range l.Steps {
			if st.Value == 58+72+86 || st.Value == 58+100 {
				t.Errorf("a step %d adds reports up", st.Value)
			}
		}
	}
}

func TestRunningTollKeepsOtherSourcesCounts(t *testing.T) {
	an := byOrig(18, news.AtLeast, "SOHR", false)
	an.Facts.Figures = []news.Figure{
		{Kind: "killed", Value: 19, Qualifier: news.Exact, Originator: "civil defence", Scope: news.ScopeAlternative},
		{Kind: "killed", Value: 5, Qualifier: news.Exact, Who: "children", Scope: news.ScopePart},
		{Kind: "killed", Value: 300000, Qualifier: news.MoreThan, Scope: news.ScopeBackground},
	}
	f := Build([]Member{member(1, "reuters", "t", "x", t0, an)}).Figures[0]
	want := []string{"SOHR: at least 18", "civil defence: 19"}
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
}

func TestRunningTollOutletsOwnCounts(t *testing.T) {
	ms := []Member{
		member(1, "sana", "t", "x", t0, killed(6, news.Exact)),
		member(2, "sana", "t", "x", t0.Add(time.Hour), killed(8, news.Exact)),
		member(3, "reuters", "t", "x", t0.Add(2*time.Hour), killed(7, news.About)),
	}
	f := Build(ms).Figures[0]
	want := []string{"SANA (a party to the fighting): 6 → 8", "Reuters: about 7"} // a party's own outlet's count is its claim
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
}

func TestRunningTollBounded(t *testing.T) {
	var ms []Member
	for i := range 40 {
		orig := []string{"SOHR", "UNICEF", "WHO", "civil defence", "health ministry", "SANA"}[i%6]
		ms = append(ms, member(int64(i+1), "afp", "t", "x", t0.Add(time.Duration(i)*time.Hour),
			byOrig(int64(10+i), news.Exact, orig, false)))
	}
	f := Build(ms).Figures[0]
	if len(f.Lines) > maxLines {
		t.Errorf("%d lines, want at most %d", len(f.Lines), maxLines)
	}
	for _, l := range f.Lines {
		if len(l.Steps) > maxSteps {
			t.Errorf("%s: %d steps, want at most %d", l.Originator, len(l.Steps), maxSteps)
		}
		if last := l.Steps[len(l.Steps)-1]; l.Originator == "SOHR" && last.Value != 46 {
			t.Errorf("SOHR's last step = %d, want its latest report (46)", last.Value)
		}
	}
}

func TestStoryFigureOldJSONStillLoads(t *testing.T) {
	// a story figure stored before figures had originators and lines
	old := `{"kind":"killed","low":{"value":112,"qualifier":"at_least"},"high":{"value":126,"qualifier":"exact"},
		"latest":{"value":126,"qualifier":"exact"},"low_by":"reuters","high_by":"sohr","by":"sohr",
		"as_of":"2016-07-05T00:00:00Z","refs":[{"value":112,"qualifier":"at_least","source":"reuters","article_id":"a",
		"published":"2016-07-04T00:00:00Z"},{"value":126,"qualifier":"exact","source":"sohr","article_id":"b",
		"published":"2016-07-05T00:00:00Z"}]}`
	var f news.StoryFigure
	if err := json.Unmarshal([]byte(old), &f); err != nil {
		t.Fatalf("decode old story figure: %v", err)
	}
	want := []string{"Reuters: at least 112 (4 Jul)", "SOHR: 126 (5 Jul)"}
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines of an old row = %q, want %q", got, want)
	}
}

// TestStoryWordWithoutNumber: an amount in words ("dozens") is no figure a
// reader can cite: it is shown with the originator who gave it, and not at
// all when no one is named for it.
func TestStoryWordWithoutNumber(t *testing.T) {
	an := news.Analysis{Facts: news.Facts{Figures: []news.Figure{{Kind: "injured", Word: "dozens", Scope: news.ScopeMain, Originator: "civil defence"}}}}
	fs := Build([]Member{member(1, "afp", "t", "x", t0, an)}).Figures
	if len(fs) != 1 || fs[0].Kind != "injured" || FormatFigure(fs[0]) != "dozens (civil defence)" ||
		!slices.Equal(FormatLines(fs[0]), []string{"civil defence: dozens"}) {
		t.Errorf("figures = %+v, want injured: dozens (civil defence)", fs)
	}
	an = news.Analysis{Facts: news.Facts{Figures: []news.Figure{{Kind: "injured", Word: "dozens", Scope: news.ScopeMain}}}}
	if fs := Build([]Member{member(1, "afp", "t", "x", t0, an)}).Figures; len(fs) != 0 {
		t.Errorf("figures = %+v, want none for an amount in words no one gave", fs)
	}
}

// One person told without a number ("a nurse critically wounded") gives a
// story no toll, so a digest never prints "Injured: 1" for it; two told
// person by person are a toll of two. The sentences are invented, in the
// pattern of the reports, and go through the analysis as an article does.
func TestLonePersonIsNoToll(t *testing.T) {
	kinds := func(title, text string) map[string]int64 {
		an := analyze.Analyze(&news.Article{Title: title, Text: text})
		out := map[string]int64{}
		for _, f := range Build([]Member{member(1, "afp", title, text, t0, an)}).Figures {
			out[f.Kind] = f.Latest.Value
		}
		return out
	}
	got := kinds("Three medics killed in strike on clinic",
		"Three medics were killed and a nurse critically wounded when an air strike hit a clinic in a village near Idlib on Tuesday.")
	if got["killed"] != 3 || got["injured"] != 0 {
		t.Errorf("figures = %v, want killed 3 and no injured toll for a nurse", got)
	}
	got = kinds("Shells hit market", "A child and a woman were killed when shells hit a market in Aleppo on Friday the agency said.")
	if got["killed"] != 2 {
		t.Errorf("figures = %v, want killed 2 for a child and a woman", got)
	}
}

// A later report that quotes an early toll again is no new count: within
// one originator a smaller count equal to one it gave on an earlier day
// stands under its first day, and a lower bound below the counts of earlier
// days, while the story's tolls rose, is left out; a history never reads
// as a fall. Sources that differ on one day are all kept.
func TestRepeatedTollIsNoFall(t *testing.T) {
	day := 24 * time.Hour
	an := func(v int64, q news.Qualifier, who string) news.Analysis { return byOrig(v, q, who, false) }
	ms := []Member{
		member(1, "outlet-a", "t", "x", t0, an(30, news.AtLeast, "Monitor")),
		member(2, "outlet-b", "t", "x", t0.Add(day), an(61, news.AtLeast, "Health office")),
		member(3, "outlet-c", "t", "x", t0.Add(3*day), an(75, news.AtLeast, "Monitor")),
		member(4, "outlet-d", "t", "x", t0.Add(8*day), an(30, news.AtLeast, "Monitor")),    // the first toll, quoted again
		member(5, "outlet-e", "t", "x", t0.Add(9*day), an(44, news.AtLeast, "Rescuers")),   // an old toll, recalled
		member(6, "outlet-f", "t", "x", t0.Add(9*day+time.Hour), an(80, news.Exact, "UN")), // a new count
	}
	f := Build(ms).Figures[0]
	want := []string{"Monitor: at least 30 (5 Jul) → at least 75 (8 Jul)", "Health office: at least 61 (6 Jul)", "UN: 80 (14 Jul)"}
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
	if f.Latest.Value != 80 {
		t.Errorf("latest = %d, want 80", f.Latest.Value)
	}

	// One day's counts differ by source: none is a repeat.
	ms = []Member{
		member(1, "outlet-a", "t", "x", t0, an(100, news.AtLeast, "")),
		member(2, "outlet-b", "t", "x", t0.Add(time.Hour), an(24, news.AtLeast, "Monitor")),
		member(3, "outlet-c", "t", "x", t0.Add(2*time.Hour), an(43, news.AtLeast, "Monitor")),
		member(4, "outlet-d", "t", "x", t0.Add(day), an(112, news.AtLeast, "Monitor")),
	}
	want = []string{"reported by Outlet-a: at least 100 (5 Jul)", "Monitor: at least 24 (5 Jul) → at least 43 (5 Jul) → at least 112 (6 Jul)"}
	got := FormatLines(Build(ms).Figures[0])
	got[0] = "reported by " + got[0]
	if !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
}

// Another source's count beside a member's own toll is shown as a count of
// the same people when it names no other group, and on a line of its own
// when a named originator counts another group of the same event: the
// monitor's "39 civilians" beside the army's "40 fighters" (issue 13, 2016
// window: SOHR's civilian toll was dropped beside the Russian defence
// ministry's "40 attackers"). Another group's count no one is named for,
// or the main figure's own originator gives, stays out.
func TestAlternativeOfAnotherGroup(t *testing.T) {
	an := news.Analysis{Facts: news.Facts{
		Killed: &news.Figure{Kind: "killed", Value: 40, Qualifier: news.AtLeast, Originator: "Army", Who: "fighters", Scope: news.ScopeMain},
		Figures: []news.Figure{
			{Kind: "killed", Value: 40, Qualifier: news.AtLeast, Originator: "Army", Who: "fighters", Scope: news.ScopeMain},
			{Kind: "killed", Value: 39, Qualifier: news.AtLeast, Originator: "Monitor", Who: "civilians", Scope: news.ScopeAlternative},
			{Kind: "killed", Value: 38, Qualifier: news.Exact, Originator: "Medics", Scope: news.ScopeAlternative},
			{Kind: "killed", Value: 12, Qualifier: news.Exact, Who: "children", Scope: news.ScopeAlternative},
			{Kind: "killed", Value: 7, Qualifier: news.Exact, Originator: "army", Who: "civilians", Scope: news.ScopeAlternative},
			{Kind: "killed", Value: 9, Qualifier: news.Exact, Originator: "Rescuers", Who: "soldiers", Scope: news.ScopeAlternative},
		},
	}}
	f := Build([]Member{member(1, "afp", "t", "x", t0, an)}).Figures[0]
	if want := []string{"Army: at least 40 fighters", "Monitor: at least 39 civilians", "Medics: 38"}; !slices.Equal(FormatLines(f), want) {
		t.Errorf("FormatLines = %q, want %q", FormatLines(f), want)
	}
	if f.Low.Value != 40 || f.High.Value != 40 {
		t.Errorf("range %d-%d, want 40-40: another group's count is no end of the toll's range", f.Low.Value, f.High.Value)
	}
	// A group inside a toll of people is a part of it, whoever gives it:
	// UNICEF's "58 civilians" beside the monitor's "82 people".
	an = news.Analysis{Facts: news.Facts{
		Killed: &news.Figure{Kind: "killed", Value: 82, Qualifier: news.AtLeast, Originator: "Monitor", Scope: news.ScopeMain},
		Figures: []news.Figure{
			{Kind: "killed", Value: 82, Qualifier: news.AtLeast, Originator: "Monitor", Scope: news.ScopeMain},
			{Kind: "killed", Value: 58, Qualifier: news.Exact, Originator: "UNICEF", Who: "civilians", Scope: news.ScopeAlternative},
		},
	}}
	if got := FormatLines(Build([]Member{member(1, "afp", "t", "x", t0, an)}).Figures[0]); !slices.Equal(got, []string{"Monitor: at least 82"}) {
		t.Errorf("FormatLines = %q, want only the monitor's 82", got)
	}
}

func TestFigureTextUnitsAndPlans(t *testing.T) {
	tests := map[string]news.Figure{
		"more than 3,000 families": {Value: 3000, Qualifier: news.MoreThan, Unit: "families"},
		"8,000 (planned)":          {Value: 8000, Qualifier: news.Exact, Planned: true},
		"1,000 to 1,800":           {Value: 1800, Low: 1000, Qualifier: news.UpTo},
		"at least 21":              {Value: 21, Qualifier: news.AtLeast},
		"nearly 90":                {Value: 90, Qualifier: news.About, Text: "Nearly 90"},
		"almost 12":                {Value: 12, Qualifier: news.About, Text: "almost a dozen"},
		"about 40":                 {Value: 40, Qualifier: news.About, Text: "around 40"},
	}
	for want, f := range tests {
		if got := figureText(f); got != want {
			t.Errorf("figureText(%+v) = %q, want %q", f, got, want)
		}
	}
}

// A reader found "SOHR: at least 126 → at least 24 → at least 112 → 126"
// where SOHR's toll rose 24 → 43 → 112 → 126: a late-published report of
// the first toll made it read as a fall. A line reads as the count's rise,
// each value once with its latest report's qualifier.
func TestRunningTollReadsAsItRose(t *testing.T) {
	h := time.Hour
	ms := []Member{
		member(1, "afp", "t", "x", t0, byOrig(126, news.AtLeast, "SOHR", false)), // misdated: published first
		member(2, "afp", "t", "x", t0.Add(h), byOrig(24, news.AtLeast, "SOHR", false)),
		member(3, "reuters", "t", "x", t0.Add(2*h), byOrig(43, news.AtLeast, "SOHR", false)),
		member(4, "afp", "t", "x", t0.Add(3*h), byOrig(112, news.AtLeast, "SOHR", false)),
		member(5, "trt", "t", "x", t0.Add(4*h), byOrig(126, news.Exact, "SOHR", false)),
	}
	f := Build(ms).Figures[0]
	want := []string{"SOHR: at least 24 → at least 43 → at least 112 → 126"}
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
}

// TestGroupCountsHaveNoArrow: a group that names no one ("activists")
// may be several people: its counts are listed, not drawn as a rise.
func TestGroupCountsHaveNoArrow(t *testing.T) {
	at := time.Date(2013, 8, 21, 0, 0, 0, 0, time.UTC)
	step := func(v int64, who string, d int) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Kind: "killed", Value: v, Qualifier: news.Exact, Originator: who}, Published: at.AddDate(0, 0, d)}
	}
	f := news.StoryFigure{Kind: "killed", Lines: []news.FigureLine{
		{Originator: "activists", Steps: []news.FigureBy{step(213, "activists", 0), step(640, "activists", 1)}},
		{Originator: "SOHR", Steps: []news.FigureBy{step(58, "SOHR", 0), step(86, "SOHR", 1)}},
	}}
	want := []string{"activists: 213 (21 Aug); 640 (22 Aug)", "SOHR: 58 (21 Aug) → 86 (22 Aug)"}
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
}

// TestRunningTollDatedOnlyAcrossDays: the counts of a line reported on
// different days carry their days; one day's counts, or a count whose
// report has no date, carry none.
func TestRunningTollDatedOnlyAcrossDays(t *testing.T) {
	at := time.Date(2017, 4, 12, 9, 0, 0, 0, time.UTC)
	step := func(v int64, after time.Duration) news.FigureBy {
		return news.FigureBy{Figure: news.Figure{Kind: "killed", Value: v, Qualifier: news.Exact, Originator: "SOHR"}, Published: at.Add(after)}
	}
	for _, tt := range []struct {
		steps []news.FigureBy
		want  string
	}{
		{[]news.FigureBy{step(58, 0), step(86, 48*time.Hour)}, "SOHR: 58 (12 Apr) → 86 (14 Apr)"},
		{[]news.FigureBy{step(58, 0), step(86, 5*time.Hour)}, "SOHR: 58 → 86"},
		{[]news.FigureBy{step(58, 0), {Figure: news.Figure{Kind: "killed", Value: 86, Originator: "SOHR"}}}, "SOHR: 58 → 86"},
		{[]news.FigureBy{step(58, 0)}, "SOHR: 58"},
		{[]news.FigureBy{step(24, 48*time.Hour), step(43, 0), step(112, 72*time.Hour)}, "SOHR: 24 → 43 → 112"},
	} {
		f := news.StoryFigure{Kind: "killed", Lines: []news.FigureLine{{Originator: "SOHR", Steps: tt.steps}}}
		if got := FormatLines(f); len(got) != 1 || got[0] != tt.want {
			t.Errorf("FormatLines = %q, want %q", got, tt.want)
		}
	}
}

// TestFigureReportedOnItsDateline: a page published days after its
// dateline gave its figures on the dateline's day.
func TestFigureReportedOnItsDateline(t *testing.T) {
	pub := time.Date(2017, 4, 13, 0, 0, 0, 0, time.UTC)
	an := byOrig(70, news.AtLeast, "", false)
	an.EventDate, an.EventDateBy = "2017-04-05", analyze.DatedByDateline
	m := member(1, "dailysabah", "t", "x", pub, an)
	if got := m.reported(); !got.Equal(time.Date(2017, 4, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("reported = %v, want 5 Apr", got)
	}
	an.EventDateBy = analyze.DatedByText // the event's day, not the page's
	m = member(1, "dailysabah", "t", "x", pub, an)
	if got := m.reported(); !got.Equal(pub) {
		t.Errorf("reported = %v, want the publication", got)
	}
	an.Dateline = "2017-04-06" // as the analysis reads "6 April 2017 Rescuers said…"
	m = member(1, "dailysabah", "t", "6 April 2017 Rescuers said on Wednesday that 70 people died.", pub, an)
	if got := m.reported(); !got.Equal(time.Date(2017, 4, 6, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("reported = %v, want the dateline's 6 Apr", got)
	}
}

// TestFigureLinesDatedAcrossLines: one count each of two originators,
// reported on two days, each carry the day of their report.
func TestFigureLinesDatedAcrossLines(t *testing.T) {
	at := time.Date(2016, 9, 20, 10, 0, 0, 0, time.UTC)
	f := news.StoryFigure{Kind: "killed", Lines: []news.FigureLine{
		{Originator: "IFRC", Steps: []news.FigureBy{{Figure: news.Figure{Kind: "killed", Value: 20, Qualifier: news.About}, Published: at}}},
		{Originator: "civil defence", Steps: []news.FigureBy{{Figure: news.Figure{Kind: "killed", Value: 15, Qualifier: news.Exact}, Published: at.Add(24 * time.Hour)}}},
	}}
	want := []string{"IFRC: about 20 (20 Sep)", "civil defence: 15 (21 Sep)"}
	if got := FormatLines(f); !slices.Equal(got, want) {
		t.Errorf("FormatLines = %q, want %q", got, want)
	}
}

// TestFigureReportedNotBeforeItsEvent: a page stamped before the day of the
// event it tells gave its figures on that day at the earliest.
func TestFigureReportedNotBeforeItsEvent(t *testing.T) {
	an := byOrig(18, news.Exact, "", false)
	an.EventDate, an.EventDateBy = "2017-04-11", analyze.DatedByText
	m := member(1, "sputnik", "t", "x", time.Date(2017, 4, 6, 0, 0, 0, 0, time.UTC), an)
	if got := m.reported(); !got.Equal(time.Date(2017, 4, 11, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("reported = %v, want 11 Apr", got)
	}
}

// A summary never leads with a toll the story's reports have outgrown: the
// toll sentence it keeps is the newest report's, else none.
func TestSummaryTellsTheNewestToll(t *testing.T) {
	day := 24 * time.Hour
	an := func(v int64, text, sum string) news.Analysis {
		return news.Analysis{Summary: sum, EventDate: "", Categories: []news.Category{news.Violence},
			Facts: news.Facts{Killed: &news.Figure{Kind: "killed", Value: v, Qualifier: news.AtLeast, Text: text, Originator: "Monitor", Scope: news.ScopeMain}}}
	}
	first := "At least 43 people were killed on Saturday in a bomb attack on buses carrying evacuees near the city, a monitor said."
	later := "The death toll from the bomb attack on buses carrying evacuees near the city rose to at least 126 people, the monitor said."
	ms := []Member{
		member(1, "outlet-a", "Bomb attack on evacuee buses kills 43", first, t0, an(43, "at least 43", first)),
		member(2, "outlet-b", "Toll of bomb attack on evacuee buses rises to 126", later, t0.Add(day), an(126, "at least 126", later)),
		member(3, "outlet-c", "Bomb attack on evacuee buses kills 43", first+" Buses carrying evacuees waited for hours at the crossing before the blast.", t0.Add(day+time.Hour), an(43, "at least 43", first)),
	}
	sum := Build(ms).Summary
	if strings.Contains(sum, "43") || !strings.Contains(sum, "126") {
		t.Errorf("summary = %q, want the newest toll (126) and not the first (43)", sum)
	}

	// Sources that differ on one day are no outgrown toll. (Each says
	// who gives its count: a differing count with no source gives way to
	// one that agrees with the lead, agreeingCounts.)
	a := "Four staff of a medical relief group were killed when an air strike hit a clinic in a village near the city, its director said."
	b := "Jets bombed a medical centre in a village near the city on Wednesday killing 15 members of medical staff, activists said."
	other := func(v int64, text, sum, who string) news.Analysis {
		x := an(v, text, sum)
		x.Facts.Killed.Originator = who
		return x
	}
	ms = []Member{
		member(1, "outlet-a", "Four medics killed in strike on clinic near the city", a, t0, other(4, "Four", a, "")),
		member(2, "outlet-b", "Strike on clinic near the city kills 15 medical staff", b, t0.Add(time.Hour), other(15, "15", b, "activists")),
	}
	if sum := Build(ms).Summary; !strings.Contains(sum, "Four staff") {
		t.Errorf("summary = %q, want the first source's count kept beside another's of the same day", sum)
	}
}

// A headline stripped of its punctuation that opens with the source it
// quotes glued to the claim reads as one sentence; it keeps a colon between
// its parts, and a plain headline is preferred to it.
func TestGluedSourceHeadline(t *testing.T) {
	for h, want := range map[string]string{
		"Rescue Workers Civil Defence Army and allies shelled the market": "Rescue Workers Civil Defence: Army and allies shelled the market",
		"Civil Defence Jets and artillery hit the crossing":               "Civil Defence: Jets and artillery hit the crossing",
		"UN says 20 killed in strikes on the town":                        "",
		"UN Security Council Meets On The Town":                           "",
		"Civil Defence: Jets hit the crossing":                            "",
	} {
		src, claim, ok := gluedSource(h)
		got := ""
		if ok {
			got = src + ": " + claim
		}
		if got != want {
			t.Errorf("gluedSource(%q) = %q, want %q", h, got, want)
		}
	}
	text := "Jets and artillery hit the crossing near the town on Monday killing 12 people, rescuers said."
	glued := member(1, "outlet-a", "Civil Defence Jets and artillery hit the crossing near the town", text, t0, killed(12, news.Exact))
	if h := Build([]Member{glued}).Headline; h != "Civil Defence: Jets and artillery hit the crossing near the town" {
		t.Errorf("headline = %q, want the colon between source and claim", h)
	}
	plain := member(2, "outlet-b", "Jets and artillery hit crossing near the town killing 12", text, t0.Add(time.Hour), killed(12, news.Exact))
	if h := Build([]Member{glued, plain}).Headline; h != "Jets and artillery hit crossing near the town killing 12" {
		t.Errorf("headline = %q, want the plain headline", h)
	}
}

// TestReactionRecallingAnAttackGivesNoToll: a foreign minister's call days
// after an attack recounts the attack's toll; the call's story shows none,
// while a report of the attack itself keeps its own.
func TestReactionRecallingAnAttackGivesNoToll(t *testing.T) {
	call := byOrig(1300, news.AtLeast, "opposition", true)
	call.RecallsDate = "2026-03-11"
	ms := []Member{member(1, "outlet", "Minister discusses attack with his counterpart", "x", t0.Add(72*time.Hour), call)}
	if got := Figures(ms); len(got) != 0 {
		t.Errorf("reaction's figures = %+v, want none", got)
	}
	report := byOrig(1300, news.AtLeast, "opposition", true)
	report.RecallsDate = "2026-03-11" // a report of the attack that also names its day
	ms = []Member{member(2, "outlet", "Opposition says attack killed 1,300", "x", t0.Add(72*time.Hour), report)}
	if got := Figures(ms); len(got) != 1 || got[0].Latest.Value != 1300 {
		t.Errorf("report's figures = %+v, want its toll of 1,300", got)
	}
}

// TestTalksOfReactionsShowNoToll: a talks story whose reports are all
// reactions to an attack (a minister's call for an inquiry) shows no toll:
// the one its reports recount is the attack's. A condemnation filed under
// Violence keeps the toll it gives.
func TestTalksOfReactionsShowNoToll(t *testing.T) {
	an := byOrig(86, news.AtLeast, "", false)
	an.Categories = []news.Category{news.Talks, news.Violence}
	s := Build([]Member{member(1, "outlet", "Minister urges inquiry into gas attack", "x", t0, an)})
	if len(s.Figures) != 0 {
		t.Errorf("talks of reactions: figures %+v, want none", s.Figures)
	}
	an.Categories = []news.Category{news.Violence}
	s = Build([]Member{member(1, "outlet", "Coalition condemns attack on town hall", "x", t0, an)})
	if len(s.Figures) != 1 || s.Figures[0].Latest.Value != 86 {
		t.Errorf("condemnation: figures %+v, want its toll of 86", s.Figures)
	}
}

// TestOutletRelayOfANamedCount: an outlet that carries the coalition's 18
// without saying whose it is gives no second line; an outlet's own other
// count keeps its line.
func TestOutletRelayOfANamedCount(t *testing.T) {
	ms := []Member{
		member(1, "outlet-a", "Coalition strike kills 18 allied fighters", "x", t0, byOrig(18, news.Exact, "US-led coalition", true)),
		member(2, "outlet-b", "Strike kills 18 allied fighters", "x", t0.Add(time.Hour), byOrig(18, news.Exact, "", false)),
	}
	got := Figures(ms)
	if len(got) != 1 || len(got[0].Lines) != 1 || got[0].Lines[0].Originator != "US-led coalition" {
		t.Fatalf("lines = %+v, want the coalition's alone", got)
	}
	ms = append(ms, member(3, "outlet-c", "Strike kills 20 allied fighters", "x", t0.Add(2*time.Hour), byOrig(20, news.Exact, "", false)))
	if got := Figures(ms); len(got) != 1 || len(got[0].Lines) != 2 || got[0].Lines[1].Outlet != "outlet-c" {
		t.Errorf("lines = %+v, want the coalition's and outlet-c's own 20", got)
	}
}

// Past maxLines, an outlet's unattributed counts give way to the named
// originators' lines, the latest first; at or under it, every line stays
// (issue 13, 2013: a fifth and sixth originator of the Ghouta attack, SOHR
// and a monitor, were cut behind four earlier lines).
func TestFirstLinesKeepsNamedOriginators(t *testing.T) {
	line := func(originator, outlet string) news.FigureLine {
		return news.FigureLine{Originator: originator, Outlet: outlet}
	}
	names := func(ls []news.FigureLine) []string {
		var out []string
		for _, l := range ls {
			out = append(out, l.Originator+l.Outlet)
		}
		return out
	}
	seven := []news.FigureLine{line("SRGC", ""), line("", "arabiya"), line("opposition", ""), line("activists", ""),
		line("Syrian Coalition", ""), line("SOHR", ""), line("monitor", "")}
	if got, want := names(firstLines(slices.Clone(seven), maxLines)), []string{"SRGC", "opposition", "activists", "Syrian Coalition", "SOHR", "monitor"}; !slices.Equal(got, want) {
		t.Errorf("seven lines: %v, want %v", got, want)
	}
	if got, want := names(firstLines(slices.Clone(seven[:6]), maxLines)), names(seven[:6]); !slices.Equal(got, want) {
		t.Errorf("six lines: %v, want all %v", got, want)
	}
	named := append(slices.Clone(seven[2:]), line("Kurdish National Council", ""), line("UOSSM", ""))
	if got, want := names(firstLines(named, maxLines)), names(named[:6]); !slices.Equal(got, want) {
		t.Errorf("eight named lines: %v, want the first six %v", got, want)
	}
}

// A reader audited "SOHR: 29" against the article the count cites, which
// wrote "At least 29 rebels were killed ... a monitor said": the line took
// the later report's flat 29 but cited the first report. A count shown in
// a later report's words cites that report.
func TestRisingCountCitesTheReportOfItsWords(t *testing.T) {
	h := time.Hour
	ms := []Member{
		member(1, "afp", "t", "x", t0, byOrig(29, news.AtLeast, "SOHR", false)),
		member(2, "trt", "t", "x", t0.Add(h), byOrig(29, news.Exact, "SOHR", false)),
	}
	f := Build(ms).Figures[0]
	if len(f.Lines) != 1 || len(f.Lines[0].Steps) != 1 {
		t.Fatalf("lines = %+v, want one line of one count", f.Lines)
	}
	st := f.Lines[0].Steps[0]
	if st.Qualifier != news.Exact || st.ArticleID != "ext-trt" || !st.Published.Equal(t0) {
		t.Errorf("count = %v %q %v, want the flat 29 cited to ext-trt, dated as first given", st.Qualifier, st.ArticleID, st.Published)
	}
}
