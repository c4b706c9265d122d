package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestLeadSpots(t *testing.T) {
	aleppo := []news.Entity{{Name: "Aleppo", Kind: "city", Lead: true}, {Name: "Syria", Kind: "country", Lead: true}}
	tests := []struct {
		lead string
		want []string
	}{
		{"Ten civilians were killed in terrorist shelling of al-Sheikh Maqsoud neighborhood in Aleppo city.", []string{"sheikh maqsoud"}},
		{"The shells landed in Manyan market in New Aleppo area.", []string{"manyan", "new aleppo"}},
		{"Rebels recaptured the district of Al Mallah on Sunday.", []string{"mallah"}},
		{"Warplanes hit Syrias Aleppo area and Aleppos Marjeh district.", []string{"marjeh"}},
		{"The attack wounded dozens in the Kurdish-held district and the Kurdish quarter.", nil},
		{"Two Killed in Terrorist Attack on Sheikh Maqsoud Neighborhood in Aleppo City.", nil}, // a headline
		{"Strikes hit a market in the rebel-held area.", nil},
		{"Chlorine was dropped on a neighbourhood of Aleppo. (TRT World and Agencies) At least four died.", nil},
	}
	for _, tt := range tests {
		if got := leadSpots([]string{tt.lead}, aleppo); !slices.Equal(got, tt.want) {
			t.Errorf("leadSpots(%q) = %q, want %q", tt.lead, got, tt.want)
		}
	}
}

func TestSpotKeyTransliterations(t *testing.T) {
	for _, p := range [][2]string{{"salaheddin", "salah eddin"}, {"hamdaniyeh", "hamadaniya"}, {"mayadin", "mayadeen"}, {"qousour", "qussour"}, {"bustan al qasr", "bustan al qaser"}} {
		if spotKey(p[0]) != spotKey(p[1]) {
			t.Errorf("spotKey(%q) != spotKey(%q)", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"sheikh maqsoud", "new aleppo"}, {"hamdaniyeh", "midan"}, {"salaheddin", "shaar"}} {
		if spotKey(p[0]) == spotKey(p[1]) {
			t.Errorf("spotKey(%q) == spotKey(%q)", p[0], p[1])
		}
	}
}

// Two reports of rocket fire on one city on one day that name different
// neighbourhoods are two attacks; a report naming the same neighbourhood
// finds the first through it, although its other words are common.
func TestIndexNeighbourhoods(t *testing.T) {
	x := NewIndex(Config{})
	mon := t0
	first := item(1, "Terrorist attack kills two injures three in Aleppo city", "On Monday a number of rocket shells fired by terrorists killed two civilians and injured three in Aleppo city. The shells landed in Manyan market in New Aleppo area, a source told SANA.", mon, "aleppo")
	x.Add(1, first)
	same := item(2, "Two killed three injured in terrorist attack in Aleppo city", "Two civilians were killed on Monday as terrorists targeted the New Aleppo area in Aleppo city with a number of rocket shells. The shells landed in a market, claiming two lives and injuring three people.", mon.Add(3*time.Hour), "aleppo")
	if got := x.Links(same); !slices.Equal(got, []int64{1}) {
		t.Errorf("the report of the same neighbourhood links %v, want [1]", got)
	}
	other := item(3, "Many civilians martyred as terrorists shell Aleppo", "Ten civilians were killed on Monday and more than 50 injured in terrorist shelling of al-Sheikh Maqsoud neighborhood in Aleppo city in a new violation of the cessation of hostilities. Terrorists fired tens of rocket and mortar shells on the neighbourhood, a source told SANA.", mon.Add(4*time.Hour), "aleppo")
	if got := x.Links(other); len(got) != 0 {
		t.Errorf("the report of another neighbourhood links %v, want none", got)
	}
}

func TestChemicalReport(t *testing.T) {
	tests := []struct {
		title, lead string
		want        bool
	}{
		{"Suspected gas attack on Idlib kills 58", "", true},
		{"At least 27 children killed in Syrian Idlib attack", "UNICEF works to raise awareness about medical response to chemical attacks.", true},
		{"Air strikes kill 12 in Idlib attack", "The strikes came days after a chemical attack on Khan Shaykhun.", false},
		{"At least 27 children killed in Syrian Idlib attack", "The attack hit a school.", false},
		{"Syria peace talks resume", "Delegates discussed the chemical weapons inquiry.", false},
		{"Regime uses banned bombs to attack Aleppo", "A helicopter dropped a barrel bomb containing toxic gasses on a neighbourhood.", true},
		{"Barrel bombs kill ten in Aleppo", "The bombs hit a market.", false},
		{"US missiles strike Syrian airbase", "The base launched the chemical attack on Khan Shaykhun.", false},
	}
	for _, tt := range tests {
		if got := titleHas(tt.title, []string{tt.lead}, news.TitleChemical); got != tt.want {
			t.Errorf("chemicalReport(%q, %q) = %v, want %v", tt.title, tt.lead, got, tt.want)
		}
	}
}

// FuzzLeadSpots: any lead gives spots without a panic, each a non-empty
// lower-case name without a leading article.
func FuzzLeadSpots(f *testing.F) {
	for _, s := range []string{"the al-Sheikh Maqsoud neighborhood", "district of Al -", "- area", "Al- Al- market",
		"A-B-C quarter of Ḥamā", "\xff\xfe District", "the district of"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range leadSpots([]string{s}, []news.Entity{{Name: "Aleppo", Kind: "city"}}) {
			if n == "" || strings.HasPrefix(n, "al ") || strings.ToLower(n) != n {
				t.Errorf("leadSpots(%q) gave %q", s, n)
			}
			_ = spotKey(n)
		}
	})
}

func TestBattleReport(t *testing.T) {
	tests := []struct {
		title, lead string
		want        bool
	}{
		{"Rebels launch assault in Syrias divided Aleppo", "", true},
		{"Syrian opposition advances into key Aleppo district", "Opposition forces in Syria fight back in Aleppo to recapture the district.", true},
		{"Air strikes kill 12 in Aleppo", "Warplanes hit a market in the rebel-held east.", false},
		{"Air strikes kill 12 in Aleppo", "Warplanes hit a market.", false},
	}
	for _, tt := range tests {
		if got := battleReport(tt.title, []string{tt.lead, "Fighting raged elsewhere in the province."}); got != tt.want {
			t.Errorf("battleReport(%q, %q) = %v, want %v", tt.title, tt.lead, got, tt.want)
		}
	}
}

// Two days of one offensive, each report naming its own day, are one
// story when the later tells it as fought since before the earlier's day
// (its lead recalls the launch); a strike on the same city the next day,
// in other words, is not, nor fighting in two neighbourhoods of one city.
func TestIndexOffensive(t *testing.T) {
	x := NewIndex(Config{})
	sat := item(1, "Syria rebels battle to break Aleppo siege", "Fresh fighting shook Aleppo on Saturday as rebels battled to break a siege of the city by the Syrian regime. Opposition fighters unleashed a barrage of rockets on the government-held western side of the city as they announced a major offensive aimed at reopening supply lines.", t0, "aleppo")
	sat.DayNamed, sat.Places[0].Lead = true, true
	x.Add(1, sat)
	sun := item(2, "Dozens of civilians dead in rebel assault on Aleppo", "Syrias regime and rebels were locked in fierce fighting Sunday on the western edges of Aleppo, where civilians have been killed in a two-day opposition offensive to break the government siege. Rebels launched the offensive on Friday to break through government lines.", t0.Add(24*time.Hour), "aleppo")
	sun.DayNamed, sun.Places[0].Lead = true, true
	sun.Recalls = sat.EventDay - 1 // Friday, the launch
	if got := x.Links(sun); !slices.Equal(got, []int64{1}) {
		t.Errorf("the next day's report of the offensive links %v, want [1]", got)
	}
	west := item(4, "Rebels press assault on Aleppo", "Rebels pressed their assault on the Hamdaniyeh neighbourhood of Aleppo on Sunday, and fighting raged around the military academy, a monitor said.", t0.Add(24*time.Hour), "aleppo")
	east := item(5, "Regime forces assault rebel-held Aleppo", "Regime forces launched an assault on the Sheikh Saeed neighbourhood of Aleppo on Sunday, and fighting raged around the cement plant, a monitor said.", t0.Add(24*time.Hour), "aleppo")
	for _, it := range []*Item{&west, &east} {
		it.DayNamed, it.Places[0].Lead = true, true
	}
	y := NewIndex(Config{})
	y.Add(4, west)
	if got := y.Links(east); len(got) != 0 {
		t.Errorf("fighting in another neighbourhood links %v, want none", got)
	}
	strike := item(3, "Air strikes kill 12 in Aleppo market", "Warplanes struck a crowded market in the east of Aleppo on Sunday, killing 12 civilians, a monitor said.", t0.Add(24*time.Hour), "aleppo")
	strike.DayNamed, strike.Places[0].Lead = true, true
	if got := x.Links(strike); len(got) != 0 {
		t.Errorf("a strike on the city links %v, want none", got)
	}
}

// A report of a new day's assault, its lead naming that day ("launched ...
// on Monday"), tells another event than the report of the day before's
// failed bid on the same road, which it recalls only as its background
// (issue 13, 0704: Monday's assault on Aleppo's western districts had
// joined Sunday's fight for the road, and a digest of the week to Sunday
// told Monday's news in Sunday's item). A report of the next day that
// names no day of its own may still tell of the bid.
func TestIndexOffensiveNewDay(t *testing.T) {
	sun := item(1, "Dozens of rebels dead in fighting for key Aleppo road", "At least 30 rebels were killed in clashes with government troops overnight during a failed bid to reopen the supply road into Aleppo, a monitor said. The fighters were trying to retake the road that government forces cut on Thursday.", t0, "aleppo")
	sun.Places[0].Lead = true
	mon := item(2, "Rebels launch assault on Aleppo districts", "Rebels launched a major assault on government-held districts of Aleppo on Monday after the government cut their last supply road into the city. A day earlier at least 30 rebels were killed in a failed bid to reopen the road, a monitor said.", t0.Add(24*time.Hour), "aleppo")
	mon.DayNamed, mon.Places[0].Lead = true, true
	recalling := mon
	recalling.Recalls = sun.EventDay // Sunday's bid, the earlier report's own day
	undated := mon
	undated.DayNamed = false
	for _, tt := range []struct {
		name string
		it   Item
		want bool
	}{
		{"a new day's assault", mon, false},
		{"a new day's assault recalling the bid", recalling, false},
		{"a next day's report naming no day", undated, true},
	} {
		x := NewIndex(Config{})
		x.Add(1, sun)
		if got := hasLink(x, tt.it, 1); got != tt.want {
			t.Errorf("%s: linked %v, want %v", tt.name, got, tt.want)
		}
		// and the other way round: the stories do not depend on order
		y := NewIndex(Config{})
		y.Add(2, tt.it)
		if got := hasLink(y, sun, 2); got != tt.want {
			t.Errorf("%s, added first: linked %v, want %v", tt.name, got, tt.want)
		}
	}
}
