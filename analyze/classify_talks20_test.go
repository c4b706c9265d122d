package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// TestTruceMadeAsTime checks the clauses that tell a truce's or a peace
// deal's making as the time of a fight (truceMadeAsTime; issue 14,
// h-talks20). The first five are fit documents' sentences: cf2 fit
// cf2-0d01984485 (Rudaw, March 2020), cf3 fit cf3-21245676bf (AFP, August
// 2019), cf3-6fa961b871 (June 2023), cf3-b701b5d38a (dpa/GNA, October
// 2022) and cf3-40e968c658 (BBC, November 2013); the rest are invented.
func TestTruceMadeAsTime(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Two Turkish soldiers were killed in the Syrian northwestern province of Idilb on Thursday, just two weeks after a ceasefire was imposed by Ankara and Moscow to halt months of fighting.", true},
		{"The bombardment came minutes after Syria's army said it would resume operations against the Idlib region, just days after it agreed to a truce ending months of deadly bombardment.", true},
		{"Clashes resumed in Sudan’s capital of Khartoum on Sunday morning shortly after the 24-hour ceasefire mediated by the U.S. and Saudi Arabia expired.", true},
		{"Clashes erupted between government forces and Houthi rebels in Yemen on Monday, after a UN-brokered nationwide ceasefire agreement expired.", true},
		{"Malian government forces have clashed with separatist Tuareg rebels in the first fighting since the two sides signed a peace accord in June.", true},
		{"Fighting resumed after talks in Doha reached a deal on Monday.", false}, // the talks are told
		{"The two sides agreed a ceasefire after a week of talks.", false},        // no "after" before the truce's making
		{"Shelling resumed after the ceasefire expired on Sunday.", false},        // no making told
		{"Since the truce was signed, the envoy has met both sides twice.", true}, // the clause; the rule asks for a fight before it
	} {
		from, _ := truceMadeAsTime(lang.Words(lang.Lower(c.text)))
		if got := from >= 0; got != c.want {
			t.Errorf("truceMadeAsTime(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTalksTruceMadeAsTime checks reports whose only diplomacy is a truce's
// making told as the time of the fight they report (h-talks20, the class
// of cf2 fit cf2-0d01984485 and cf3 fit cf3-21245676bf, cf3-6fa961b871,
// told here in invented words): no talks, as their readers give none.
// Both of the first two had talks before the rule (the test fails on
// main eca6dfae). The guards: a report
// that tells talks of its own beside the clause (the class of cf3 fit
// cf3-b701b5d38a and FA-KES dev fakes-327, labelled talks), and a truce
// agreed as the news, keep their talks.
func TestTalksTruceMadeAsTime(t *testing.T) {
	for _, c := range []struct {
		name, title, text string
		want              bool
	}{
		{"air strikes resumed days after a truce agreed", "Foo resumes air strikes after ending truce",
			"The army of Foo resumed air strikes on the northern province on Monday, a monitor said. " +
				"The bombardment came minutes after the army said it would resume operations against the province, just days after it agreed to a truce ending months of deadly bombardment. " +
				"The strikes hit two towns, the monitor said. Rebels shelled an army post in reply. " +
				"The government accused Baz of dragging its feet in implementing the deal, which provided for a buffer zone between the two sides.", false},
		{"clashes after a mediated truce expired", "Clashes resume in Foo after truce",
			"Clashes resumed in the capital of Foo on Sunday morning shortly after the 24-hour ceasefire mediated by Baz and Qux expired. " +
				"Witnesses said the rival forces fought with heavy weapons in several districts. " +
				"After multiple ceasefires have been agreed upon and broken, Baz slapped sanctions on both warring generals.", false},
		{"clashes after a brokered truce expired, a truce extension rejected", "Clashes resume in Foo after truce expires",
			"Clashes erupted between government forces and rebels in Foo on Monday, after a UN-brokered nationwide ceasefire agreement expired. " +
				"The rebels on Sunday rejected a UN proposal for a truce extension. " +
				"The UN envoy said he had suggested to the warring sides a six-month truce extension and regretted that no agreement had been reached.", true},
		{"a truce agreed as the news", "Foo and Bar agree to a ceasefire after talks",
			"The government of Foo and the Bar rebels agreed to a ceasefire on Sunday after three days of talks mediated by Baz. " +
				"The truce takes effect at midnight, the mediators said.", true},
	} {
		an := classifyText(c.title, c.text)
		wantCategory(t, c.name, an, news.Talks, c.want)
	}
}
