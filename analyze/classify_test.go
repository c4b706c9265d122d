package analyze

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

func classifyText(title, text string) news.Analysis {
	var an news.Analysis
	classify(newDoc(title, text), &an)
	return an
}

// wantCategory checks whether an analysis has category c, as want says,
// and tells the categories, c's score and the relevance when it has not.
func wantCategory(t *testing.T, name string, an news.Analysis, c news.Category, want bool) {
	t.Helper()
	if got := slices.Contains(an.Categories, c); got != want {
		t.Errorf("%s: %s %v, want %v (categories %v, score %.2f, relevance %+v)",
			name, c, got, want, an.Categories, an.Scores[c], an.RelevanceOf())
	}
}

func TestClassifyCategories(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		want        []news.Category
	}{
		{"empty", "", "", nil},
		{"talks in the headline", "Syrian government and opposition open peace talks in Geneva",
			"Delegations met on Monday under UN auspices.", []news.Category{news.Talks}},
		{"rejected talks is talks news", "Opposition rejects talks with Damascus",
			"The opposition said it would boycott the negotiations planned for next week.", []news.Category{news.Talks}},
		{"negated ceasefire is ceasefire news", "",
			"No ceasefire was agreed at the meeting on Tuesday. Fighting went on in the north.",
			[]news.Category{news.Ceasefire, news.Violence}},
		{"truce taking effect", "Truce takes hold across southern Syria",
			"A ceasefire brokered by Russia and the United States took effect at noon on Sunday.",
			[]news.Category{news.Ceasefire}},
		{"background truce does not count", "Air strikes kill 12 in Idlib",
			"Air strikes killed 12 people in Idlib on Monday, a monitor said. The planes hit a market. " +
				"Rescue workers pulled bodies from the rubble. The dead included four children. " +
				"Residents said the jets came twice. Idlib has been bombed heavily since the truce collapsed last year.",
			[]news.Category{news.Violence}},
		{"background war toll does not count", "",
			"Talks in Astana ended on Friday without a deal. The six-year war has killed more than 300,000 people.",
			[]news.Category{news.Talks}},
		{"displacement reported", "Thousands flee fighting in Afrin",
			"Thousands of civilians fled their homes on Sunday as fighting spread, aid agencies said. " +
				"Many are sleeping in camps near the border.",
			[]news.Category{news.Humanitarian, news.Violence}},
		{"background displacement does not count", "Car bomb kills five in Azaz",
			"A car bomb killed five people in Azaz on Tuesday. The blast hit a checkpoint. " +
				"Police said the bomber was stopped. Two soldiers were wounded. Shops nearby were damaged. " +
				"The conflict has displaced millions since 2011.",
			[]news.Category{news.Violence}},
		{"military aid is not humanitarian", "US to send military aid to Kurdish forces",
			"Washington said it would send military aid to Kurdish fighters.", nil},
		{"ceasefire line is a place", "", "Israeli shells hit a village near the ceasefire line on the Golan.",
			[]news.Category{news.Violence}},
		{"page tail is not the article", "Shelling kills three in Daraa",
			"Shelling killed three people in Daraa on Monday. Related News UN envoy opens peace talks in Geneva. " +
				"Ceasefire holds in Ghouta. Aid convoy reaches Madaya.",
			[]news.Category{news.Violence}},
		{"a list of related links ends the article", "Car bomb kills six in Azaz",
			"A car bomb killed six people in Azaz on Monday. 24 Related Truce holds in Ghouta. " +
				"Peace talks resume in Geneva. Envoy hopes for a political solution at the talks. " +
				"Aid convoy reaches besieged Madaya. Residents starve in besieged Madaya.",
			[]news.Category{news.Violence}},
		{"the fighting a halt would end is no fighting", "",
			"The envoy called for a halt to the fighting in Aleppo.", []news.Category{news.Ceasefire}},
		{"other script", "", "Вооружённые силы заявили о прекращении огня.", nil},
		{"background reaches its clause, not the sentence", "",
			"Air strikes killed 12 people in Idlib on Monday, months after the local truce there collapsed last year.",
			[]news.Category{news.Violence}},
		{"timeline entries are history", "Shelling kills five in Hama",
			"Shelling killed five people in Hama on Sunday, a monitor said. Two children were among the dead. " +
				"The shells hit a bakery. Rescuers searched the rubble. The army blamed rebels. " +
				"January 2017 Russia Iran and Turkey agree to a nationwide ceasefire following talks in Kazakhstan. " +
				"March 2017 A second round of talks ends without a deal.",
			[]news.Category{news.Violence}},
		{"a repeated sentence counts once", "Mortar fire kills two in Damascus",
			"Mortar shells killed two people in Damascus on Friday. Police said the shells came from the east. " +
				"Shops were closed. Schools stayed open. Residents swept glass from the streets. " +
				"The envoy called for talks. The envoy called for talks. The envoy called for talks.",
			[]news.Category{news.Violence}},
		{"an averted offensive is not violence", "",
			"Russia and Turkey agreed to set up a demilitarised zone in Idlib, averting a government offensive.",
			[]news.Category{news.Talks, news.Ceasefire}},
		{"prisoner exchange", "", "Ukraine and Russia exchanged 200 prisoners of war on Sunday.",
			[]news.Category{news.Talks}},
		{"a snippet is all lead", "",
			"More than 10,000 people have fled their homes in North Darfur this week, the UN said.",
			[]news.Category{news.Humanitarian}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := classifyText(tt.title, tt.text).Categories
			if !slices.Equal(got, tt.want) {
				t.Errorf("categories = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestClassifyCeasefireStatus(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              news.CeasefireStatus
	}{
		{"proposed", "UN calls for ceasefire in Aleppo",
			"The UN envoy urged both sides to agree to a 48-hour truce so aid can reach the city.", news.CeasefireProposed},
		{"under discussion", "", "Foreign ministers met in Vienna on Saturday to discuss a ceasefire in Syria.",
			news.CeasefireProposed},
		{"agreed, to start at a set hour", "Ceasefire due to take effect on Monday",
			"A truce negotiated by Russia and the United States is set to start at sunset.", news.CeasefireInEffect},
		{"planned", "", "Mediators plan a truce to let aid reach the city.", news.CeasefireProposed},
		{"in effect", "Syria truce largely holding",
			"The ceasefire that took effect at midnight was largely holding on Sunday, monitors said.", news.CeasefireInEffect},
		{"extended", "Truce extended by 72 hours",
			"The ceasefire in Ghouta was extended for three more days.", news.CeasefireInEffect},
		{"violated", "Shelling breaches Syria ceasefire",
			"Government forces shelled rebel districts despite the truce, violating the agreement.", news.CeasefireViolated},
		{"collapsed", "Syria truce collapses",
			"The week-long ceasefire collapsed on Monday as air strikes resumed on Aleppo.", news.CeasefireCollapsed},
		{"feared collapse is not collapse", "Ceasefire in Idlib holds",
			"The ceasefire took effect on Friday. Diplomats warned it could collapse unless both sides restrain their forces.",
			news.CeasefireInEffect},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := classifyText(tt.title, tt.text)
			if !an.Has(news.Ceasefire) {
				t.Fatalf("categories = %v, want ceasefire among them", an.Categories)
			}
			if an.CeasefireStatus != tt.want {
				t.Errorf("status = %q, want %q (evidence %q)", an.CeasefireStatus, tt.want, an.Evidence[news.Ceasefire])
			}
		})
	}
}

func TestClassifyHumanitarianTypes(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []news.HumanitarianType
	}{
		{"convoy into besieged town", "Aid convoy reaches besieged Madaya",
			"A UN aid convoy entered the besieged town, where residents face starvation.",
			[]news.HumanitarianType{news.Aid, news.Siege}},
		{"evacuation", "Evacuation of east Aleppo begins",
			"Thousands of civilians were evacuated by bus from the last rebel pockets.",
			[]news.HumanitarianType{news.Evacuation}},
		{"hospitals", "Cholera spreads in Yemen",
			"The World Health Organization said hospitals are overwhelmed as the epidemic spreads.",
			[]news.HumanitarianType{news.Health}},
		{"appeal", "UN appeals for $4 billion for Syrians",
			"The appeal asks donors to fund food and shelter for refugees this winter.",
			[]news.HumanitarianType{news.Aid, news.Displacement, news.Appeal}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := classifyText(tt.title, tt.text)
			if !an.Has(news.Humanitarian) {
				t.Fatalf("categories = %v, want humanitarian among them", an.Categories)
			}
			if !slices.Equal(an.HumanitarianTypes, tt.want) {
				t.Errorf("types = %v, want %v", an.HumanitarianTypes, tt.want)
			}
		})
	}
}

func TestClassifyEvidenceAndScores(t *testing.T) {
	an := classifyText("Peace talks resume in Geneva",
		"Delegations arrived on Monday. The weather was cold. Air strikes hit Idlib overnight, killing four.")
	if got := an.Evidence[news.Talks]; len(got) == 0 || got[0] != "Peace talks resume in Geneva" {
		t.Errorf("talks evidence = %q, want the headline first", got)
	}
	if got := an.Evidence[news.Violence]; !slices.Contains(got, "Air strikes hit Idlib overnight, killing four.") {
		t.Errorf("violence evidence = %q, want the strike sentence", got)
	}
	for _, c := range news.Categories {
		s, ok := an.Scores[c]
		if !ok || s < 0 || s >= 1 {
			t.Errorf("score[%s] = %v, %v; want in [0, 1)", c, s, ok)
		}
		if (s >= 0.5) != an.Has(c) {
			t.Errorf("score[%s] = %v but has = %v: a score of 0.5 is the decision line", c, s, an.Has(c))
		}
	}
	if _, ok := an.Evidence[news.Ceasefire]; ok {
		t.Errorf("evidence for ceasefire = %q, want none without the label", an.Evidence[news.Ceasefire])
	}
}

func TestMatcher(t *testing.T) {
	m, err := newMatcher("# a comment\n" +
		"talks\t1\tpeace talks\n" +
		"talks\t0.5\tnegotiat*\n" +
		"\n" +
		"ceasefire\t1\thalt _ fighting\n" +
		"background\t0.8\tin #year\n" +
		"talks\t0.8\t*-brokered\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		f    feature
		want float32
	}{
		{"the peace talks resumed", fTalks, 1},
		{"peace will come", fTalks, 0},
		{"negotiators met", fTalks, 0.5},
		{"a halt to fighting", fCeasefire, 1},
		{"halt fighting", fCeasefire, 0},
		{"it began in 2011", fBackground, 0.8},
		{"in 1850 it began", fBackground, 0},
		{"peace", fTalks, 0},
		{"a qatar-brokered deal", fTalks, 0.8},
		{"a brokered deal", fTalks, 0},
		{"a qatar-brokered-ish deal", fTalks, 0},
	}
	for _, tt := range tests {
		var w weights
		m.match(lang.Words(tt.text), &w, nil)
		if w[tt.f] != tt.want {
			t.Errorf("match(%q)[%d] = %v, want %v", tt.text, tt.f, w[tt.f], tt.want)
		}
	}
	for _, bad := range []string{"talks", "talks 1 peace talks", "nosuch\t1\tword", "talks\tx\tword",
		"talks\t1\t*", "talks\t0\tword", "talks\t1.5\tword", "talks\t1\t", "talks\t1\tpeace  talks",
		"talks\t1\tPeace", "talks\t1\tpeace\textra", "talks\t1\t*brokered", "talks\t1\t*-b", "talks\t1\t*-a-b"} {
		if _, err := newMatcher(bad); err == nil {
			t.Errorf("newMatcher(%q) succeeded, want an error", bad)
		}
	}
}

// TestLexiconFiles checks the shipped lexicon: every embedded file is
// loaded and every loaded file is embedded, every row parses, no cue (a
// feature with a phrase) is listed twice, and the phrases that halt
// violence cues come before the violence cues that share their first word.
func TestLexiconFiles(t *testing.T) {
	embedded, err := fs.Glob(lexiconFS, "lexicon/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	loaded := map[string]bool{}
	for _, name := range lexiconFiles {
		loaded["lexicon/"+name+".tsv"] = true
	}
	for _, f := range embedded {
		if !loaded[f] {
			t.Errorf("%s is embedded but not in lexiconFiles", f)
		}
	}
	if len(embedded) != len(lexiconFiles) {
		t.Errorf("%d files embedded, %d listed", len(embedded), len(lexiconFiles))
	}
	m, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.cues) < 700 {
		t.Errorf("lexicon has %d cues, want the full list", len(m.cues))
	}
	seen := map[string]bool{}
	firstViolence := map[string]int{}
	for i, c := range m.cues {
		key := fmt.Sprintf("%d %s", c.feat, strings.Join(c.toks, " "))
		if seen[key] {
			t.Errorf("cue %q is listed twice", key)
		}
		seen[key] = true
		if _, ok := firstViolence[c.toks[0]]; !ok && c.feat == fViolence {
			firstViolence[c.toks[0]] = i
		}
	}
	for i, c := range m.cues {
		if v, ok := firstViolence[c.toks[0]]; ok && (c.feat == fCeasefire || c.feat == fVictims || c.feat == fNotViolent) && i > v {
			t.Errorf("%q comes after the violence cue %q it should halt", strings.Join(c.toks, " "), strings.Join(m.cues[v].toks, " "))
		}
	}
}

// benchArticle is a typical ~2 KB wire story.
const benchArticle = `Air strikes killed at least 23 civilians in the rebel-held town of Khan Sheikhoun on Tuesday, the Syrian Observatory for Human Rights said, a day before a new round of peace talks was due to open in Geneva.
The monitor said warplanes hit a market and a school in the town, in the south of Idlib province. Rescue workers pulled bodies from the rubble for hours. Most of the hospitals in the province are now overflowing with wounded people, a health official told a news conference.
The attack came despite a ceasefire brokered by Russia and Turkey that took effect in December. The opposition said government forces had breached the truce hundreds of times and threatened to pull out of the talks.
The UN envoy Staffan de Mistura urged all sides to respect the cessation of hostilities and to allow aid convoys to reach besieged areas, where hundreds of thousands of people are trapped. He said he would press the government delegation on humanitarian access.
Russia said its jets had not flown over the area. The Syrian army said it targeted militants who had attacked army positions north of Hama last week. Thousands of families have fled the fighting in northern Hama towards camps near the Turkish border, the UN said, and aid agencies appealed for more funding to shelter them.
The six-year war has killed more than 320,000 people and displaced millions since it began in 2011.`

func BenchmarkClassify(b *testing.B) {
	d := newDoc("Air strikes kill 23 in Idlib ahead of Geneva talks", benchArticle)
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		var an news.Analysis
		classify(d, &an)
	}
}

// TestClassifyRound2Rules covers the rules of English news language added
// in the second round: who is moved, dated clauses, chronologies,
// attribution by telephone and casualties taken to hospital.
func TestClassifyRound2Rules(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		want        []news.Category
	}{
		{"a trailing date dates its own clause", "",
			"Jihadists attacked the Kurdish town on Friday, killing 17. " +
				"The assault on the town, from which the militants were expelled last month, sparked an exodus of civilians into Turkey. " +
				"Civilians fled in waves across the border, an activist said.",
			[]news.Category{news.Humanitarian, news.Violence}},
		{"rebels evacuated under a deal are no humanitarian evacuation", "Rebels leave Qudsaya under deal",
			"A deal was reached that will see rebels evacuated to Idlib from the suburb.",
			[]news.Category{news.Talks}},
		{"fighters fleeing are no displacement", "Militants execute 70 of their own",
			"The group executed 70 of its own fighters on charges of fleeing the city, sources said.",
			[]news.Category{news.Violence}},
		{"said by telephone is attribution, not diplomacy", "Air strikes kill 9 in Douma",
			"Air strikes killed nine people in Douma on Monday. \"The planes came at dawn,\" a doctor said by telephone from the town.",
			[]news.Category{news.Violence}},
		{"spoke by phone is diplomacy", "",
			"The foreign ministers of Turkey and Russia spoke by phone about the situation in Idlib.",
			[]news.Category{news.Talks}},
		{"casualties taken to hospital are a detail of the attack", "Car bomb kills 8 in Azaz",
			"A car bomb killed eight people in Azaz on Tuesday. Dozens of wounded were taken to hospital. " +
				"Twelve people were still receiving hospital treatment, medics said. Police sealed off the street.",
			[]news.Category{news.Violence}},
		{"pledging allegiance is no appeal", "Tribe pledges allegiance to militants",
			"Men from the tribe were shown pledging full support for the group, and fighters executed two elders.",
			[]news.Category{news.Violence}},
		{"a chronology after the story is history", "Shelling kills four in Aleppo",
			"Shelling killed four people in Aleppo on Saturday. A child was among the dead. The shells hit a market. " +
				"Rescuers searched the rubble. December 22 2016 The regime takes full control of Aleppo. " +
				"January 2017 Russia Iran and Turkey agree a nationwide ceasefire after talks in Kazakhstan. " +
				"Russia Iran and Turkey agree a nationwide ceasefire after talks in Kazakhstan.",
			[]news.Category{news.Violence}},
		{"a truce broken by an attack is ceasefire news wherever it is told", "Rockets kill 11 in Aleppo",
			"Rockets killed 11 civilians in Aleppo on Friday. Eight died in a park. Three died in a market. " +
				"Police blamed rebel groups. Shops closed early. Meanwhile rockets wounded five people in al-Fouaa in a new breach of the cessation of hostilities.",
			[]news.Category{news.Ceasefire, news.Violence}},
		{"a truce named as a descriptor is no breach", "Rebels attack army base",
			"Rebels attacked an army base in Harasta on Tuesday, killing six soldiers. The fighting lasted hours. " +
				"Both sides shelled each other. Residents hid in basements. The area is supposed to be part of a de-escalation zone.",
			[]news.Category{news.Violence}},
		{"a dated clause past the lead is history", "Rockets kill five in Aleppo",
			"Rockets killed five people in Aleppo on Saturday. A child was among the dead. The rockets hit a park. " +
				"Police blamed rebels. On February 27 a US-Russia brokered ceasefire came into force in Syria.",
			[]news.Category{news.Violence}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := classifyText(tt.title, tt.text)
			if !slices.Equal(an.Categories, tt.want) {
				t.Errorf("categories = %v, want %v (scores %v)", an.Categories, tt.want, an.Scores)
			}
		})
	}
}

// TestStateChangeEvidence: a paragraph past the lead that tells aid
// resumed (or talks suspended) is carried as evidence of its category
// beside the best sentences, so a story can show where the process stands
// (issue 13, 2016 window); a plea "to halt" or a call "to resume" is no
// change, and a process of another category is not carried. Invented
// report.
func TestStateChangeEvidence(t *testing.T) {
	resumed := "On Thursday a marked convoy of the agency delivered aid to the besieged town after a two-day suspension of deliveries that followed the attack, a spokesman said."
	an := classifyText("Air strikes pound rebel-held districts of the city",
		"Jets pounded the rebel-held districts of the city overnight, killing 40 people, a hospital director said. "+
			"Rescue workers said incendiary bombs were used on the city and aid workers could not reach the wounded. "+
			"The hospitals of the east were overwhelmed and short of medicine and blood for the wounded. "+
			"The government rejected a plea to halt flights so that aid could be delivered to the besieged east. "+
			"Residents said food and medicine were running out in the besieged districts where aid has not arrived. "+
			"Envoys called on both sides to resume talks in Geneva. "+
			resumed+" "+
			"The agency said its convoys carried food and medicine for 35,000 people.")
	if !an.Has(news.Humanitarian) {
		t.Fatalf("categories = %v, want humanitarian", an.Categories)
	}
	ev := an.Evidence[news.Humanitarian]
	if !slices.Contains(ev, resumed) {
		t.Errorf("humanitarian evidence = %q, want the resumption sentence carried", ev)
	}
	if len(ev) > maxEvidence+1 {
		t.Errorf("humanitarian evidence has %d sentences, want at most %d", len(ev), maxEvidence+1)
	}
	cases := []struct {
		s    string
		c    news.Category
		want bool
	}{
		{resumed, news.Humanitarian, true},
		{"The UN suspended land deliveries after the convoy attack.", news.Humanitarian, true},
		{"The evacuation of the four towns resumed on Sunday.", news.Humanitarian, true},
		{"Talks in Geneva were suspended on Monday.", news.Talks, true},
		{"The government rejected a plea to halt flights so that aid could be delivered.", news.Humanitarian, false},
		{"Envoys called on both sides to resume talks in Geneva.", news.Talks, false},
		{"Talks in Geneva were suspended on Monday.", news.Humanitarian, false},
		{"The UN suspended land deliveries after the convoy attack.", news.Violence, false},
	}
	for _, tt := range cases {
		if got := tellsStateChange(headsOf(lang.Words(tt.s)), tt.c); got != tt.want {
			t.Errorf("tellsStateChange(%q, %s) = %v, want %v", tt.s, tt.c, got, tt.want)
		}
	}
}
