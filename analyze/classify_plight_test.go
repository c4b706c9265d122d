package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// plightCase is a one-line item or a short post (given as its own headline
// and text, as posts and events digests come) and whether it should be
// filed under cat.
type plightCase struct {
	text string
	cat  news.Category
	want bool
}

// Issue 14 (other wars' posts and one-line items): the plight of civilians
// told in a war's daily words (hunger, aid trucks, hospitals without fuel,
// orders to leave, people moving out) and not when only listed as the
// setting of other news ("amid hunger and displacement"), violence told in
// a short post, and armed men named as the doers or targets of a deed.
var plightCases = []plightCase{
	{"Hospitals in Gaza ran out of fuel on Tuesday and their generators stopped, doctors said, as the war entered its fifth week.", news.Humanitarian, true},
	{"Families in besieged El Fasher have gone hungry for weeks while trucks carrying aid wait at the Sudanese border.", news.Humanitarian, true},
	{"The Israeli army issued evacuation orders for twelve villages in southern Lebanon as its war with Hezbollah widened.", news.Humanitarian, true},
	{"Thousands of people move west out of Marib as the Houthi offensive closes in on the city.", news.Humanitarian, true},
	{"Some 2,000 villagers evacuate in Mindanao after the killings of a farming family by soldiers and militiamen.", news.Humanitarian, true},
	{"A child dies at an evacuation centre in Mindanao, where hundreds shelter from attacks by the militia.", news.Humanitarian, true},
	{"Rebels were evacuated from the Syrian town of Daraya on buses under the surrender deal.", news.Humanitarian, false},
	{"Troops say they brought food and medicine for the patients inside the Khartoum hospital after killing RSF fighters at its gates.", news.Humanitarian, true},
	{"Sudan's army orders a total siege of Wad Madani as RSF shelling kills 40 in the city.", news.Humanitarian, true},
	{"Sudan's army chief rejected calls for a truce on Sunday amid mounting civilian deaths, hunger and displacement across Darfur.", news.Humanitarian, false},
	{"Aid trucks carrying flour entered El Fasher on Sunday amid heavy shelling by the RSF.", news.Humanitarian, true},
	{"Army tanks roll deeper into the eastern districts of Khartoum as the RSF fighters withdraw.", news.Violence, true},
	{"Ethiopian troops are pressing a ground operation against the Fano militia in the Amhara region, the army said.", news.Violence, true},
	{"The death toll in Darfur rises to 300 after a week of attacks by the RSF, local officials say.", news.Violence, true},
	{"A Kenyan student was killed by al-Shabaab militants in Somalia weeks after arriving to study engineering.", news.Violence, true},
	{"A new study of the camps in Darfur found that one in three women had experienced violence.", news.Violence, false},
}

func TestPlightAndShortPosts(t *testing.T) {
	checkPlightCases(t, plightCases)
}

// checkPlightCases analyses each case as a one-line item (its text as its
// own headline and text) and checks its category.
func checkPlightCases(t *testing.T, cases []plightCase) {
	t.Helper()
	for _, c := range cases {
		a := news.Article{Title: c.text, Text: c.text}
		an := Analyze(&a)
		if got := slices.Contains(an.Categories, c.cat); got != c.want {
			t.Errorf("%.70q: %s %v, want %v (categories %v, scores %v)", c.text, c.cat, got, c.want, an.Categories, an.Scores)
		}
	}
}

// Issue 14 (fignews): a post that opens with a quotation tells its news
// after it; the quotation does not take the headline's weight.
func TestQuoteLead(t *testing.T) {
	post := "🔴 “I’m home, I’m free.” A man held for two years was released from an Israeli prison on Saturday as part of the prisoner exchange agreed by Israel and Hamas. " +
		"He hugged his mother at the gate. LIVE updates: https://example.com/live/7"
	a := news.Article{Title: post, Text: post}
	if an := Analyze(&a); !an.Has(news.Talks) {
		t.Errorf("a quotation's post: categories %v (scores %v), want talks", an.Categories, an.Scores)
	}
	heads := []struct {
		text string
		want int
	}{
		{"“We will stay.” Residents of the town refused to leave. Aid has not come.", 1},
		{"“We were not scared,” she said after her release. Her brother is still held. Talks go on.", 0},
		{"\"Enough.\" \"We want to go home.\" Protesters marched on the ministry. Police watched.", 2},
		{"“Enough.” LIVE updates: https://example.com/live/7", 0},
		{"The army said it had taken the town. “We hold it,” a commander said. More soon.", 0},
	}
	for _, h := range heads {
		if got := headSentence(newDoc("", h.text)); got != h.want {
			t.Errorf("headSentence(%.40q) = %d, want %d", h.text, got, h.want)
		}
	}
}
