package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

// analysedMember is an invented report as the pipeline would store it.
func analysedMember(id int64, source, title, text string, published time.Time) Member {
	a := news.Article{ID: id, ExternalID: "inv-" + string(rune('a'+id)), Title: title, Text: text, SourceName: source,
		Published: published, Fetched: published.Add(time.Hour)}
	return Member{Article: a, Analysis: analyze.Analyze(&a)}
}

// A story of reactions made on different days by different governments is
// one story whose acts are shown apart, each dated by the day it names
// (counted back from the report's day) or else by the report's day; the
// reports of one day are one act; a story of one day's acts has none, nor
// has one that holds the attack's own report.
func TestBuildActs(t *testing.T) {
	sun := time.Date(2015, 3, 8, 10, 0, 0, 0, time.UTC) // a Sunday
	call := analysedMember(1, "wire", "Minister urges Damascus to let inspectors reach Kafr Zita",
		"The Syrian government should let United Nations inspectors reach the site of the gas attack at once, the French foreign minister told his Syrian counterpart in a call on Saturday. Syrian activists say the attack killed dozens.", sun)
	pledge := analysedMember(2, "daily", "Tehran says Damascus will let U.N. inspectors visit Kafr Zita",
		"Iran's foreign minister said on Sunday that the Syrian government had told Tehran it would allow U.N. inspectors to visit the town of Kafr Zita, where activists say a gas attack killed dozens on Wednesday. Iran's state television carried the remarks.", sun.Add(2*time.Hour))
	copyOf := analysedMember(3, "gazette", "Iran says Syria will let U.N. inspectors visit Kafr Zita",
		"Iran's foreign minister said on Sunday that the Syrian government would allow U.N. inspectors to visit the town of Kafr Zita after a gas attack killed dozens, state television reported.", sun.Add(3*time.Hour))
	for _, m := range []Member{call, pledge, copyOf} {
		if !m.Analysis.Has(news.Talks) {
			t.Fatalf("%q: categories %v, want talks among them (the invented report is talks)", m.Article.Title, m.Analysis.Categories)
		}
	}
	s := Build([]Member{pledge, copyOf, call})
	if len(s.Acts) != 2 {
		t.Fatalf("acts %+v, want 2 (Saturday's call, Sunday's pledge)", s.Acts)
	}
	for i, want := range []struct {
		day     int
		ids     []string
		sources []string
	}{{7, []string{call.Article.ExternalID}, []string{"wire"}},
		{8, []string{pledge.Article.ExternalID, copyOf.Article.ExternalID}, []string{"daily", "gazette"}}} {
		a := s.Acts[i]
		if got := a.Day; !got.Equal(time.Date(2015, 3, want.day, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("act %d: day %v, want %d Mar", i, got, want.day)
		}
		if !slices.Equal(a.ArticleIDs, want.ids) || !slices.Equal(a.Sources, want.sources) {
			t.Errorf("act %d: reports %v of %v, want %v of %v", i, a.ArticleIDs, a.Sources, want.ids, want.sources)
		}
		if a.Text == "" || a.Headline == "" {
			t.Errorf("act %d: text %q headline %q, want both", i, a.Text, a.Headline)
		}
	}
	attack := analysedMember(4, "wire", "Dozens killed in gas attack on Syrian town of Kafr Zita",
		"At least 60 people were killed on Wednesday when warplanes dropped bombs carrying toxic gas on the rebel-held town of Kafr Zita, a monitor said.", sun.AddDate(0, 0, -4))
	if got := Build([]Member{attack, call, pledge}).Acts; got != nil {
		t.Errorf("a story of the attack and its reactions: acts %+v, want none (not a story of reactions only)", got)
	}
	council := analysedMember(5, "post", "Britain seeks emergency Security Council meeting on Kafr Zita attack",
		"Britain's foreign secretary on Saturday called for an emergency meeting of the Security Council over the gas attack that killed dozens in Kafr Zita. London will press for a resolution.", sun.Add(time.Hour))
	if !council.Analysis.Has(news.Talks) {
		t.Fatalf("%q: categories %v, want talks", council.Article.Title, council.Analysis.Categories)
	}
	three := Build([]Member{pledge, council, copyOf, call}).Acts
	var got []string
	for _, a := range three {
		got = append(got, a.Day.Format("2")+":"+strings.Join(a.Sources, "+"))
	}
	if want := []string{"7:wire", "7:post", "8:daily+gazette"}; !slices.Equal(got, want) {
		t.Errorf("acts %q, want %q (two governments' acts of Saturday apart, Sunday's copies one)", got, want)
	}
	if got := Build([]Member{pledge, copyOf}).Acts; got != nil {
		t.Errorf("one day's acts: %+v, want none (the summary tells it)", got)
	}
}
