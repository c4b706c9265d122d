package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// A headline that names a war's talks beside a market's words is the
// talks' news, the market its reaction (talksHeadline); trade, merger,
// wage and arms-sale talks name no war and stay the business's.
func TestGateTalksOutrankMarket(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              bool
	}{
		{"talks resumed, investors cheer", "Syria and Israel to resume talks, investors cheer", "Syria and Israel will resume peace negotiations next month, and investors cheered the news on the stock market.", true},
		{"shares rise as peace talks open", "Shares rise as Sudan peace talks open", "Sudanese government and rebel negotiators opened talks on ending the war in Darfur, and shares in regional banks rose.", true},
		{"talks lift the stock market", "Israeli, Palestinian talks lift stock market", "Israeli and Palestinian negotiators resumed peace negotiations on Monday; the Tel Aviv stock market rose.", true},
		{"merger talks", "Airline merger talks lift shares", "Shares in two airlines rose on news of merger talks, investors said.", false},
		{"trade talks", "Steel firms resume trade talks", "Negotiators for the two steel companies resumed talks on a merger and market cooperation.", false},
		{"an arms sale's talks", "Defence firm in talks on missile sale, shares rise", "A defence company is in talks to sell missiles to a Gulf state, and its shares rose on the stock market.", false},
		{"wage talks", "Wage talks at carmaker resume, shares steady", "Unions and the carmaker resumed wage talks; investors kept the shares steady as the strike threat eased.", false},
		{"a side's ministry in business talks", "Iraqi oil ministry in talks with investors", "The Iraqi oil ministry held talks with foreign investors on new contracts as oil prices rose.", false},
	}
	for _, tt := range tests {
		an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
		if got := an.Relevance != nil && an.Relevance.Relevant; got != tt.want {
			t.Errorf("%s: relevant %v, want %v (%+v)", tt.name, got, tt.want, an.Relevance)
		}
	}
}
