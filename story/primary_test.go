package story

import (
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestPrimaryAndItsSentence: a story whose reports tell of talks as well
// as an attack is first about the talks (its section) when its reports are
// the diplomacy's, and its summary leads with the sentence that earned them
// even when that sentence lies past the leads a summary reads; the same
// text under a title that reports the attack is the attack's story, filed
// under violence and summarised from its lead (the talks are another
// event than the one it reports); a story with no such news is violence;
// a change of state decides before support does.
func TestPrimaryAndItsSentence(t *testing.T) {
	talks := "Foreign ministers met in Geneva on Friday to open talks on a truce for Aleppo."
	text := "Air strikes killed 12 people in eastern Aleppo on Thursday, a monitor said. " +
		"Rescue workers pulled bodies from the rubble of two buildings in the district. " +
		"The strikes hit a market and a bakery during the morning hours of the day. " +
		"Residents said the warplanes came back three times over the afternoon. " +
		"Hospitals in the besieged east of the city are short of staff and medicine. " +
		"Local councils asked for fuel for the generators of the last clinics. " + talks
	an := news.Analysis{Categories: []news.Category{news.Violence, news.Talks},
		Scores:   map[news.Category]float64{news.Violence: 0.9, news.Talks: 0.4},
		Evidence: map[news.Category][]string{news.Talks: {talks}}}
	s := Build([]Member{member(1, "afp", "Ministers meet in Geneva on a truce for Aleppo", text, t0, an)})
	if got := Primary(&s); got != news.Talks {
		t.Errorf("Primary = %q (categories %v), want talks", got, s.Categories)
	}
	if !strings.HasPrefix(s.Summary, talks) {
		t.Errorf("Summary = %q, want it to lead with the talks sentence", s.Summary)
	}
	s = Build([]Member{strikesReport(text, an)})
	if got := Primary(&s); got != news.Violence {
		t.Errorf("Primary of the attack's report = %q (categories %v), want violence", got, s.Categories)
	}
	if !strings.HasPrefix(s.Summary, "Air strikes killed 12") {
		t.Errorf("Summary of the attack's report = %q, want its lead", s.Summary)
	}
	v := news.Story{Categories: []news.Category{news.Violence}}
	if got := Primary(&v); got != news.Violence {
		t.Errorf("Primary of a violence story = %q", got)
	}
	c := news.Story{Categories: []news.Category{news.Violence, news.Talks, news.Humanitarian},
		Changes: []news.StoryChange{{Change: news.ChangeSiegeLifted}}}
	if got := Primary(&c); got != news.Humanitarian {
		t.Errorf("Primary with a siege lifted = %q, want humanitarian", got)
	}
}

// TestAttackReport: a title that tells of an attack, its kind, its toll or
// a claim of one is the attack's report; a reaction to an attack or a
// title of diplomacy is not (invented titles).
func TestAttackReport(t *testing.T) {
	for title, want := range map[string]bool{
		"Air strikes kill 12 in Aleppo":                               true,
		"Opposition claims poison gas attack near the capital":        true,
		"Syria accuses rebels of using chemical weapons on troops":    true,
		"Minister urges inquiry into gas attack":                      false,
		"Security Council seeks clarity on chemical weapons reports":  false,
		"Ministers meet in Geneva on a truce for Aleppo":              false,
		"Aid convoy reaches besieged town":                            false,
		"At least 23 killed in Aleppo strikes as UN meets over Syria": false,
	} {
		if got := titleHas(title, nil, news.TitleAttack); got != want {
			t.Errorf("attackReport(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestEvidenceAfterItsAntecedent: the sentence that earned a story its
// section leads its summary, but not before the sentence it leans on: one
// that names its subject by a surname alone follows the sentence of its
// report that gives the whole name (invented sentences, in the pattern of
// a minister's phone calls reported the day after a gas attack).
func TestEvidenceAfterItsAntecedent(t *testing.T) {
	lead := "Norwegian Foreign Minister Ingrid Halvorsen has repeated the call of her government for an independent inquiry into the gas attack in Idlib."
	calls := "Halvorsen made the call during phone conversations on Monday with her Russian and Turkish counterparts."
	text := lead + " " + calls + " The attack on the town killed at least 70 people according to local doctors."
	an := news.Analysis{Categories: []news.Category{news.Talks},
		Scores:   map[news.Category]float64{news.Talks: 0.8},
		Evidence: map[news.Category][]string{news.Talks: {calls}}}
	s := Build([]Member{member(1, "afp", "Minister urges inquiry into gas attack", text, t0, an)})
	if !strings.HasPrefix(s.Summary, lead+" "+calls) {
		t.Errorf("Summary = %q, want the whole name's sentence, then the calls", s.Summary)
	}
	// A sentence that names its subject whole leans on none: it leads.
	own := "Foreign ministers of five countries met in Oslo on Monday to discuss an inquiry into the attack."
	text = lead + " " + own
	an.Evidence = map[news.Category][]string{news.Talks: {own}}
	s = Build([]Member{member(1, "afp", "Minister urges inquiry into gas attack", text, t0, an)})
	if !strings.HasPrefix(s.Summary, own) {
		t.Errorf("Summary = %q, want the talks sentence first", s.Summary)
	}
}

// TestDevelopment: a second event a report tells in a paragraph of its
// own, dated by its weekday (an evacuation from another city's district),
// is carried as the story's Development, apart from its summary (a summary
// that says "Also:" itself is no longer misread); a sentence of the lead, one dated by a month or a
// year (history), or one of the story's own section is none (invented
// sentences).
func TestDevelopment(t *testing.T) {
	evacuation := "On Thursday around 120 fighters and their families were evacuated from the last besieged district of Homs under a local agreement."
	history := "The truce that came into force on September 12 was the second this year."
	text := "Air strikes killed 12 people in eastern Aleppo on Thursday, a monitor said. " +
		"Rescue workers pulled bodies from the rubble of two buildings in the district. " +
		"The strikes hit a market and a bakery during the morning hours of the day. " +
		"Residents said the warplanes came back three times over the afternoon. " +
		"Hospitals in the besieged east of the city are short of staff and medicine. " +
		history + " " + evacuation
	lead := "Air strikes killed 12 people in eastern Aleppo on Thursday, a monitor said."
	an := news.Analysis{Categories: []news.Category{news.Violence, news.Talks},
		Scores:   map[news.Category]float64{news.Violence: 0.9, news.Talks: 0.3},
		Evidence: map[news.Category][]string{news.Talks: {lead, history, evacuation}}}
	s := Build([]Member{strikesReport(text, an)})
	if s.Development != evacuation {
		t.Errorf("Development = %q, want the evacuation", s.Development)
	}
	if !strings.HasPrefix(s.Summary, "Air strikes killed 12") || strings.Contains(s.Summary, "evacuated") {
		t.Errorf("Summary = %q, want the lead's sentences without the development", s.Summary)
	}
	an.Evidence[news.Talks] = []string{lead, history}
	if s := Build([]Member{strikesReport(text, an)}); s.Development != "" {
		t.Errorf("Development = %q, want none from history or the lead", s.Development)
	}
}

// aleppoStrikes is the lead of an invented report of air strikes, which
// the development tests follow with the sentences they read.
const aleppoStrikes = "Air strikes killed 12 people in eastern Aleppo on Thursday, a monitor said. " +
	"Rescue workers pulled bodies from the rubble of two buildings in the district. " +
	"The strikes hit a market and a bakery during the morning hours of the day. "

// strikesReport is the one member of an invented story of air strikes on
// Aleppo, of text and analysis an.
func strikesReport(text string, an news.Analysis) Member {
	return member(1, "afp", "Air strikes kill 12 in Aleppo", text, t0, an)
}

// TestDevelopmentTalksStatement: diplomacy is told by what was said,
// seldom with a weekday: a talks statement of the report's day is the
// story's development though it names no day; one set earlier ("had
// said", a month) is none, and a sentence of another category still needs
// its weekday, and a dated event comes before an undated statement
// (invented sentences).
func TestDevelopmentTalksStatement(t *testing.T) {
	said := "The envoy said the truce was not over and that the two powers would meet again in Vienna."
	had := "The envoy had said the truce was not over and that the two powers would meet again in Vienna."
	month := "The envoy said in March the truce was not over."
	aid := "The agency said its convoys would stay in their depots until further notice."
	text := aleppoStrikes + aid + " " + had + " " + month + " " + said
	an := news.Analysis{Categories: []news.Category{news.Violence, news.Talks},
		Scores:   map[news.Category]float64{news.Violence: 0.9, news.Talks: 0.3},
		Evidence: map[news.Category][]string{news.Talks: {had, month, said}, news.Humanitarian: {aid}}}
	s := Build([]Member{strikesReport(text, an)})
	if s.Development != said {
		t.Errorf("Development = %q, want the envoy's statement", s.Development)
	}
	an.Evidence[news.Talks] = []string{had, month}
	if s := Build([]Member{strikesReport(text, an)}); s.Development != "" {
		t.Errorf("Development = %q, want none: a statement set earlier, and aid with no day", s.Development)
	}
	dated := "On Thursday the council agreed to send observers to the city's crossings."
	an.Evidence[news.Talks] = []string{said, dated}
	if s := Build([]Member{strikesReport(text+" "+dated, an)}); s.Development != dated {
		t.Errorf("Development = %q, want the dated event before an undated statement", s.Development)
	}
}

// TestDevelopmentOfTheStorysPlace: a second event in a town the story's
// reports do not lead with (the analysis found Homs, the reports lead with
// Aleppo) is another story's, not this one's development, even when it
// tells a change of state; one in the story's own city is; an outlet's
// promotion of its scoop is none (invented sentences).
func TestDevelopmentOfTheStorysPlace(t *testing.T) {
	evacuation := "On Thursday around 120 fighters and their families were evacuated from the last besieged district of Homs under a local agreement."
	talks := "On Thursday the two sides agreed on a local truce in eastern Aleppo under a deal brokered by elders."
	scoop := "On Thursday the bombardment of the city, broken earlier by The Daily Paper, went on after the truce collapsed."
	text := aleppoStrikes + evacuation + " " + scoop + " " + talks
	places := []news.Entity{{Name: "Syria", Kind: "country", Lead: true}, {Name: "Aleppo", Kind: "city", Lead: true},
		{Name: "Homs", Kind: "city"}}
	an := news.Analysis{Categories: []news.Category{news.Violence, news.Talks}, Places: places,
		Scores:   map[news.Category]float64{news.Violence: 0.9, news.Talks: 0.3},
		Evidence: map[news.Category][]string{news.Talks: {evacuation, scoop, talks}}}
	s := Build([]Member{strikesReport(text, an)})
	if s.Development != talks {
		t.Errorf("Development = %q, want the truce in the story's city, not Homs's evacuation nor the scoop", s.Development)
	}
	an.Evidence[news.Talks] = []string{evacuation, scoop}
	if s := Build([]Member{strikesReport(text, an)}); s.Development != "" {
		t.Errorf("Development = %q, want none: Homs's evacuation is another story's news", s.Development)
	}
	statement := "On Thursday the last besieged district of Homs remained cut off from aid, a local council said."
	an.Evidence[news.Talks] = []string{statement, scoop}
	text2 := strings.Replace(text, evacuation, statement, 1)
	if s := Build([]Member{strikesReport(text2, an)}); s.Development != "" {
		t.Errorf("Development = %q, want none: a statement of another town's state is no development", s.Development)
	}
}

// TestPrimarySiegeOnly: a story of the day's strikes whose only
// humanitarian news is the siege of the districts hit is Violence; one
// that tells of aid too is Humanitarian.
func TestPrimarySiegeOnly(t *testing.T) {
	s := news.Story{Categories: []news.Category{news.Humanitarian, news.Violence},
		HumanitarianTypes: []news.HumanitarianType{news.Siege}}
	if got := Primary(&s); got != news.Violence {
		t.Errorf("Primary = %q, want violence: the siege is where the strikes fell", got)
	}
	s.HumanitarianTypes = []news.HumanitarianType{news.Siege, news.Aid}
	if got := Primary(&s); got != news.Humanitarian {
		t.Errorf("Primary = %q, want humanitarian: aid is humanitarian news", got)
	}
	s = news.Story{Categories: []news.Category{news.Humanitarian}, HumanitarianTypes: []news.HumanitarianType{news.Siege}}
	if got := Primary(&s); got != news.Humanitarian {
		t.Errorf("Primary = %q, want humanitarian: a siege with no violence is the story", got)
	}
}

// TestDevelopmentNotNewsBeside: a development is news beside the story's
// event: not a sentence that points back to text the reader is not shown
// ("also", "the latter"), nor one of a day before the story's event (the
// attack of Wednesday told on Thursday, in a story of Saturday's
// counter-claim); one of the story's days is kept. The three arrival
// orders give the same development. Invented text.
func TestDevelopmentNotNewsBeside(t *testing.T) {
	earlier := "On Thursday the deputy prime minister said he favoured an international inquiry into the rocket attack."
	also := "On Saturday the council also called for an emergency session of the regional assembly."
	latter := "On Saturday the latter asked for observers to be sent to the front line."
	kept := "On Saturday the two sides agreed to let observers into the contested district."
	body := "The army accused rebels of firing poison rockets on Saturday at troops in the eastern district of Velm. " +
		"State television showed soldiers being treated in a field hospital. " +
		"Rebel commanders denied having such weapons. "
	places := []news.Entity{{Name: "Velm", Kind: "city", Lead: true}}
	an := func(ev ...string) news.Analysis {
		return news.Analysis{Categories: []news.Category{news.Violence}, Places: places,
			EventDate: "2031-05-10", EventDateBy: "text", Dateline: "2031-05-10",
			Scores:   map[news.Category]float64{news.Violence: 0.9, news.Talks: 0.3},
			Evidence: map[news.Category][]string{news.Talks: ev}}
	}
	at := time.Date(2031, 5, 10, 18, 0, 0, 0, time.UTC) // a Saturday
	a := member(1, "wire", "Army accuses rebels of poison rockets in Velm", body+earlier+" "+also, at, an(earlier, also))
	b := member(2, "daily", "Velm troops treated after rocket attack", body+latter+" "+kept, at.Add(time.Hour), an(latter, kept))
	c := member(3, "tv", "Rebels deny poison rockets in Velm", body+earlier, at.Add(2*time.Hour), an(earlier))
	for _, ms := range [][]Member{{a, b, c}, {c, b, a}, {b, c, a}} {
		if s := Build(ms); s.Development != kept {
			t.Errorf("Development = %q, want %q", s.Development, kept)
		}
	}
	if s := Build([]Member{a, c}); s.Development != "" {
		t.Errorf("Development = %q, want none: the one of Thursday and the one with also", s.Development)
	}
}

// TestDevelopmentNewestState: reports that tell a process's state at
// different times disagree; the development tells the newest report's
// state — the transfer resumed on Sunday, not halted on Saturday — in
// whatever order the reports arrive (invented sentences).
func TestDevelopmentNewestState(t *testing.T) {
	halt := "On Saturday the transfer of families out of two besieged villages near Bremmar halted, a monitor said."
	resume := "The transfer of families resumed after the blast, the monitor said, with the buses reaching Bremmar at night."
	lead := "A car bomb killed 40 people at a bus depot in Bremmar on Saturday, a monitor said. " +
		"Rescue workers pulled bodies from the burnt buses through the afternoon. " +
		"The blast hit the depot where the buses had waited since the morning. "
	places := []news.Entity{{Name: "Bremmar", Kind: "city", Lead: true}}
	an := func(day string, ev ...string) news.Analysis {
		return news.Analysis{Categories: []news.Category{news.Violence, news.Talks}, Places: places, EventDate: day,
			Scores:   map[news.Category]float64{news.Violence: 0.9, news.Talks: 0.3},
			Evidence: map[news.Category][]string{news.Talks: ev}}
	}
	sat := time.Date(2016, 7, 9, 9, 0, 0, 0, time.UTC) // a Saturday
	sun := sat.AddDate(0, 0, 1)
	a := member(1, "afp", "Car bomb kills 40 in Bremmar", lead+halt, sat, an(sat.Format(time.DateOnly), halt))
	b := member(2, "ap", "Bremmar bomb toll rises", lead+resume, sun, an(sun.Format(time.DateOnly)))
	c := member(3, "dpa", "Bremmar bus depot bombing", lead+"Police closed the roads around the depot.", sat.Add(time.Hour), an(sat.Format(time.DateOnly)))
	for _, ms := range [][]Member{{a, b, c}, {b, c, a}, {c, a, b}} {
		if s := Build(ms); s.Development != resume {
			t.Errorf("order %s%s%s: Development = %q, want the newest report's state %q",
				ms[0].Source, ms[1].Source, ms[2].Source, s.Development, resume)
		}
	}
	// With no newer report, the halt is where the story stands.
	if s := Build([]Member{c, a}); s.Development != halt {
		t.Errorf("Development = %q, want %q (summary %q)", s.Development, halt, s.Summary)
	}
}

// TestDevelopmentOwnStateChange: an aid story's own category gives a
// development only as a change of state past the leads — the convoys
// resumed after their suspension — and not as more of its own news; a
// report that tells a halt and, in another paragraph, the resumption tells
// the resumption (issue 13, 2016 window: the UN convoys resumed after the
// 48-hour suspension that followed the convoy attack). Invented text.
func TestDevelopmentOwnStateChange(t *testing.T) {
	resumed := "On Thursday a marked convoy of the agency resumed deliveries to besieged towns near the capital after a two-day suspension, a spokesman said."
	halted := "On Tuesday the agency suspended all convoy deliveries after the attack on its trucks near Velm."
	more := "On Wednesday the agency said the warehouse near Velm held food for 30,000 people."
	first := "An air strike hit an aid convoy near Velm on Monday, killing 20 people and destroying 18 trucks, the Red Crescent said."
	lead := first + " The trucks carried food and medicine for besieged districts of the city. " +
		"Rescue workers said the drivers had been unloading when the strike came. " +
		"Photographs showed burnt boxes of flour and medicine scattered across the road. " +
		"The Red Crescent said one of its staff members was among the dead. " +
		"Officials of the two governments traded accusations over who carried out the strike. "
	places := []news.Entity{{Name: "Velm", Kind: "city", Lead: true}}
	an := func(day string, ev ...string) news.Analysis {
		return news.Analysis{Categories: []news.Category{news.Humanitarian, news.Violence}, Places: places, EventDate: day,
			HumanitarianTypes: []news.HumanitarianType{news.Aid},
			Scores:            map[news.Category]float64{news.Humanitarian: 0.9, news.Violence: 0.8},
			Evidence:          map[news.Category][]string{news.Humanitarian: append([]string{first}, ev...)}}
	}
	mon := time.Date(2031, 9, 15, 9, 0, 0, 0, time.UTC) // a Monday
	a := member(1, "afp", "Air strike hits aid convoy near Velm", lead+more, mon.AddDate(0, 0, 2), an("2031-09-17", more))
	if s := Build([]Member{a}); s.Development != "" {
		t.Errorf("Development = %q, want none: the aid story's own news is its summary's", s.Development)
	}
	b := member(2, "ap", "Agency halts convoys after Velm strike", lead+halted, mon.AddDate(0, 0, 1), an("2031-09-16", halted))
	if s := Build([]Member{a, b}); s.Development != halted {
		t.Errorf("Development = %q, want the halt %q (summary %q)", s.Development, halted, s.Summary)
	}
	c := member(3, "trt", "Air strikes pound Velm", lead+resumed+" "+halted, mon.AddDate(0, 0, 3), an("2031-09-18", resumed))
	for _, ms := range [][]Member{{a, b, c}, {c, b, a}} {
		if s := Build(ms); s.Development != resumed {
			t.Errorf("Development = %q, want the newest state %q", s.Development, resumed)
		}
	}
	// The report that tells both, its halt sentence its evidence, tells the resumption.
	c = member(3, "trt", "Air strikes pound Velm", lead+resumed+" "+halted, mon.AddDate(0, 0, 3), an("2031-09-16", halted)) // marked as the analysis marks it
	if s := Build([]Member{c}); s.Development != resumed {
		t.Errorf("one report's halt and resumption: Development = %q, want %q (summary %q)", s.Development, resumed, s.Summary)
	}
}

// TestDevelopmentOfTheStorysWar: talks are a war's talks; in a talks story
// of one war, a sentence telling another war's talks resumed (naming that
// war's sides and nothing of the story's) is no development of it, however
// it reads; the story's own war's talks resumed are (invented sentences).
func TestDevelopmentOfTheStorysWar(t *testing.T) {
	other := "On Tuesday the minister welcomed the recently resumed peace talks between Israelis and Palestinians."
	own := "On Tuesday the minister welcomed the recently resumed talks between the Syrian government and the opposition."
	lead := "The foreign minister called on Damascus on Tuesday to let U.N. inspectors reach the site of the gas attack."
	council := "He said the Security Council should meet within days to discuss the attack near the capital."
	text := lead + " " + council + " " +
		"Inspectors have been in the country since last week, the ministry said. " +
		"The team is led by a Swedish expert who has worked on such cases before. " +
		"Its mandate covers three earlier sites of alleged attacks near the capital. " +
		"Diplomats said the inspectors would need the consent of the government to move. "
	places := []news.Entity{{Name: "Syria", Kind: "country", Conflict: "syria", Count: 3, Lead: true},
		{Name: "Damascus", Kind: "city", Conflict: "syria", Count: 2, Lead: true},
		{Name: "Israel", Kind: "country", Conflict: "israel-gaza", Count: 1}}
	an := func(ev ...string) news.Analysis {
		return news.Analysis{Categories: []news.Category{news.Talks}, Places: places,
			Scores:   map[news.Category]float64{news.Talks: 0.8},
			Evidence: map[news.Category][]string{news.Talks: ev}}
	}
	title := "Minister urges Damascus to admit inspectors"
	if s := Build([]Member{member(1, "afp", title, text+other, t0, an(lead, council, other))}); s.Development != "" {
		t.Errorf("Development = %q, want none: another war's talks", s.Development)
	}
	if s := Build([]Member{member(1, "afp", title, text+own, t0, an(lead, council, own))}); s.Development != own {
		t.Errorf("Development = %q, want the story's own war's talks resumed (summary %q)", s.Development, s.Summary)
	}
}

// TestAlsoTellsOtherTownsEvent: a change of state in another town than the
// story's (fighters evacuated from a district of Riverton under a deal, in
// a report of shelling on Lakeside) is no development of the story, but the
// story carries it apart as what its report also tells (OtherEvent), with
// the town, the outlet and the day its weekday names; a sentence of that
// town's state that holds (fighters remain) is none (invented sentences).
func TestAlsoTellsOtherTownsEvent(t *testing.T) {
	evacuation := "On Thursday about 80 fighters and their families were evacuated from the last besieged quarter of Riverton under a local deal."
	remain := "On Thursday several thousand fighters remain in the quarter of Riverton, a monitor said."
	text := "Shelling killed nine people in Lakeside on Thursday, a monitor said. " +
		"Rescue workers pulled bodies from the rubble of a school in the town. " +
		"The shells hit a market and a clinic during the morning hours of the day. " +
		"Residents said the guns fired again three times over the afternoon. " +
		"Hospitals in the town are short of staff and medicine after the shelling. " +
		remain + " " + evacuation
	places := []news.Entity{{Name: "Lakeside", Kind: "city", Lead: true}, {Name: "Riverton", Kind: "city"}}
	at := time.Date(2031, 5, 9, 12, 0, 0, 0, time.UTC) // a Friday's report of Thursday
	an := news.Analysis{Categories: []news.Category{news.Violence, news.Humanitarian}, Places: places,
		EventDate: "2031-05-08", Dateline: "2031-05-09",
		Scores:   map[news.Category]float64{news.Violence: 0.9, news.Humanitarian: 0.3},
		Evidence: map[news.Category][]string{news.Humanitarian: {remain, evacuation}}}
	s := Build([]Member{member(1, "wire", "Shelling kills nine in Lakeside", text, at, an)})
	if s.Development != "" {
		t.Errorf("Development = %q, want none: Riverton's evacuation is not the story's", s.Development)
	}
	if s.OtherEvent != evacuation || s.OtherEventPlace != "Riverton" || s.OtherEventSource != "wire" ||
		!s.OtherEventDay.Equal(time.Date(2031, 5, 8, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("OtherEvent = %q (%q, %q, %v), want the evacuation (Riverton, wire, 8 May); summary %q", s.OtherEvent,
			s.OtherEventPlace, s.OtherEventSource, s.OtherEventDay, s.Summary)
	}
	an.Evidence[news.Humanitarian] = []string{remain}
	if s := Build([]Member{member(1, "wire", "Shelling kills nine in Lakeside", text, at, an)}); s.OtherEvent != "" {
		t.Errorf("OtherEvent = %q, want none: a state that holds is no event", s.OtherEvent)
	}
}

// TestDevelopmentOffensiveBegun: a report of the day's toll that tells,
// past its lead, an offensive announced on the city ("two days ago", no
// weekday, and in no section's evidence) carries it as the development;
// one launched in a month named (background) is none (invented sentences).
func TestDevelopmentOffensiveBegun(t *testing.T) {
	offensive := "Since the announcement two days ago by the army of an offensive to take the east of Lakeside, strikes on the town have doubled, a relief official said."
	history := "The army launched an offensive on the valley in late March that stalled within weeks."
	body := "Shelling killed 30 civilians in Lakeside on Saturday, rescuers said. " +
		"Rescue workers pulled bodies from the rubble of a school in the town. " +
		"The shells hit a market and a clinic during the morning hours of the day. " +
		"Residents said the guns fired again three times over the afternoon. " +
		"Hospitals in the town are short of staff and medicine after the shelling. "
	places := []news.Entity{{Name: "Lakeside", Kind: "city", Lead: true}}
	an := news.Analysis{Categories: []news.Category{news.Violence}, Places: places,
		Scores: map[news.Category]float64{news.Violence: 0.9}}
	at := time.Date(2031, 5, 10, 18, 0, 0, 0, time.UTC)
	s := Build([]Member{member(1, "wire", "Shelling kills 30 in Lakeside", body+offensive, at, an)})
	if s.Development != offensive || strings.Contains(s.Summary, "announcement") {
		t.Errorf("Development = %q, want the offensive announced; summary %q", s.Development, s.Summary)
	}
	if s := Build([]Member{member(1, "wire", "Shelling kills 30 in Lakeside", body+history, at, an)}); s.Development != "" {
		t.Errorf("Development = %q, want none: an offensive of a month named is background", s.Development)
	}
}

// TestDevelopmentOwnSectionFirst: a talks item's "Also reported" line
// carries its own section's news first: a talks statement past the lead,
// though it names no day, before another section's dated sentence of the
// same report; a statement set earlier ("had said") is still none
// (invented sentences).
func TestDevelopmentOwnSectionFirst(t *testing.T) {
	lead := "Strikes killed nine people in the northern province on Sunday as diplomats drafted a new truce plan, officials said."
	convoy := "The monitor says rebels seized a largely abandoned camp early on Sunday a day after it was lost."
	refusal := "The rebel factions said they would not accept any mediation by the regime's allies in the talks."
	had := "The rebel factions had said they would not accept any mediation by the regime's allies in the talks."
	text := lead + " The drafting lasted five hours behind closed doors at the palace. " +
		"Delegates from eight countries took part in the closed session of the day. " +
		"Several of them left without speaking to the waiting reporters outside. " +
		"The province has seen months of fighting around its main roads and towns. " +
		convoy + " " + refusal + " " + had
	an := news.Analysis{Categories: []news.Category{news.Talks},
		Scores:   map[news.Category]float64{news.Talks: 0.9},
		Evidence: map[news.Category][]string{news.Talks: {lead, refusal}, news.Humanitarian: {convoy}}}
	m := member(1, "afp", "Truce plan drafted for northern province", text, t0, an)
	if got, want := Build([]Member{m}).Development, refusal; got != want {
		t.Errorf("Development = %q, want the talks statement %q", got, want)
	}
	m.Analysis.Evidence = map[news.Category][]string{news.Talks: {lead, had}, news.Humanitarian: {convoy}}
	if got := Build([]Member{m}).Development; got == had {
		t.Errorf("Development = %q, want no statement set earlier", got)
	}
}
