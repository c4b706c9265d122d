package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestGateProtestsWarAsCause: a protest abroad whose headline or lead names
// the war's acts only as what the protest is about ("in solidarity with the
// civilians caught in the hostilities between ...", "the bombing of ...
// sparked a wave of protests") is the protest's news, as a rally that names
// only a side's known attack is (TestGateHomeFront; eval/mix9 fit: a rally
// in Moscow, an overview of the world's protests; the FIGNEWS readers call
// every protest abroad not about war, AG World's give its protests no
// category). An act of the war told as news (a bombing that killed, an
// attack on the rally) or a rally for a truce keeps the article in.
// Invented posts.
func TestGateProtestsWarAsCause(t *testing.T) {
	tests := []struct {
		name, item string
		reason     string // "" : relevant
	}{
		{"a march in solidarity", "Thousands joined a rally in Lisbon on Saturday in solidarity with the civilians caught in the hostilities between Hamas and Israel.", news.NotPolitics},
		{"protests sparked by a bombing", "The Israeli bombing of the Gaza Strip sparked a wave of protests in European capitals this weekend. Here is a map of the largest demonstrations.", news.NotPolitics},
		{"a bombing that killed, protests beside", "The Israeli bombing of the Gaza Strip killed 30 people on Sunday, and protests spread in European capitals.", ""},
		{"a bombing of the rally", "The bombing of a rally in Donetsk killed four demonstrators.", ""},
		{"a rally for a truce", "Thousands rallied in Paris to demand a ceasefire in the hostilities between Hamas and Israel.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelevance(t, tt.item, tt.item, tt.reason) })
	}
}
