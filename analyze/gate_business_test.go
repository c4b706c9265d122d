package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateNotAWarsBusiness: markets, companies, trade, debt, arms control
// and labour written with a war's words (a trade conflict, talks on
// missiles, peace talks of a union and its employers) are turned away,
// while the war news beside them stays (issue 13, the Reuters 1987 screen).
// Every sentence here is invented.
func TestGateNotAWarsBusiness(t *testing.T) {
	tests := []struct {
		name, title, text string
		reason            string // "" : relevant
	}{
		{"a trade conflict", "Ministers warn of a trade conflict over microchips",
			"Washington and Seoul are close to a serious conflict on trade over microchips and farm goods, the trade representative said before a meeting of trade ministers.", news.NotNoConflict},
		{"arms control talks in a capital", "Foreign minister to fly to Moscow for talks",
			"The foreign minister will visit Moscow next month for talks with his Soviet counterpart. Arms control is expected to lead the agenda, officials said.", news.NotNoConflict},
		{"talks on missiles", "Superpowers to resume talks on medium-range missiles",
			"American and Soviet negotiators will resume talks on cutting medium-range nuclear missiles in Geneva next week, a spokesman said.", news.NotNoConflict},
		{"talks on missiles that struck stay", "Talks on missile strikes resume",
			"Negotiators resumed talks on Tuesday a day after missiles struck a border town and killed six people, officials said.", ""},
		{"an attack helicopter contract", "Helicopter maker wins 40 mln dlr contract",
			"The company has received a 40 mln dlr contract to develop a new attack helicopter for the army, the Pentagon said.", news.NotDefence},
		{"attack helicopters that fire stay", "Attack helicopters strike rebel positions",
			"Army attack helicopters struck rebel positions near the border on Monday, killing 12 fighters, the military said.", ""},
		{"a military debt renegotiated", "Two states to renegotiate arms debt",
			"Officials expect the two governments to sign an agreement in Moscow next week settling a two billion dlr military debt, with lower interest and a longer repayment term.", news.NotNoConflict},
		{"peace talks of a union and employers", "Port union and employers to meet again",
			"The dockers' union agreed to an employers' request to reconvene abandoned peace talks tonight to try to end strikes that have halted the port for five weeks.", news.NotLabour},
		{"a strike and its picket line", "Airline pilots say a strike is possible",
			"A strike by mechanics against the airline is likely this year, and pilots would honour the picket line, the president of their association said.", news.NotLabour},
		{"a wage freeze and the troops threatened", "Government to amend wage freeze",
			"The government will amend a wage freeze that set off nationwide strikes and led the prime minister to threaten to use troops if the unrest went on.", news.NotLabour},
		{"troops who fire on strikers stay", "Troops fire on striking miners",
			"Troops opened fire on striking miners and their pickets in the north on Tuesday, killing three, officials said.", ""},
		{"fighting a takeover", "Defence chief opposes sale of chip maker",
			"The defense secretary will join the commerce secretary in fighting a Japanese group's plan to buy a U.S. chip maker, officials said. They fear the Pentagon leans too much on foreign electronics.", news.NotNoConflict},
		{"fighting to recover politically", "President to admit errors in speech",
			"The president, fighting to recover politically from the scandal over arms sold to Iran, will tell the nation tonight he needs to change his ways, officials said.", news.NotNoConflict},
		{"fighting for a town stays", "Troops fighting to retake town",
			"Government troops were fighting to retake the town from rebels on Sunday, and dozens were killed, officials said.", ""},
		{"one armed word in a short budget report", "House panel approves foreign aid",
			"A House committee approved 300 mln dlrs in economic aid for four Central American states on Wednesday. The money is part of a supplemental budget request. It must still be approved by Congress. The panel rejected 20 mln dlrs for the U.N. troops in Lebanon.", news.NotNoConflict},
		{"a short report dense with armed words stays", "Ministry statement",
			"The ministry issued a statement on Wednesday. It named the officers. It gave no details. Troops and militiamen exchanged fire in Lebanon overnight, it said.", ""},
		{"talks on nuclear forces", "Negotiators to resume missile talks",
			"Negotiators of the two powers will resume talks on intermediate nuclear forces in Geneva on Tuesday, a spokesman said.", news.NotNoConflict},
		{"debt talks with a state at war", "Lender and Baghdad near debt deal",
			"Negotiators from Iraq and a European lender said on Monday that talks on rescheduling a two billion dlr debt had made progress.", news.NotBusiness},
		{"quota talks on a side's proposal", "Cocoa producers fail to agree",
			"Producers and consumers meeting in London failed to agree on export quotas on Friday after a Colombian proposal was turned down, delegates said.", news.NotBusiness},
		{"a conflict with clashes stays", "Border conflict flares as troops clash",
			"Troops of the two countries clashed on the disputed border on Sunday, and four soldiers were killed, officials said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
			r := an.RelevanceOf()
			if r.Reason != tt.reason || r.Relevant != (tt.reason == "") {
				t.Fatalf("relevance %+v, categories %v, want reason %q", r, an.Categories, tt.reason)
			}
			if !r.Relevant && len(an.Categories) != 0 {
				t.Errorf("not relevant but categories %v", an.Categories)
			}
		})
	}
}
