package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestFightingATruceHalts: the fighting, attacks or strikes a truce or a
// deal halts, bans or covers are its terms, no fighting reported (issue
// 14, h-viol18). The first two sentences are cf2 fit cf2-1de604beb3's
// headline and cf2-5dd919f9cf's only sentence of violence, both truce
// news their readers gave no violence; the third is cf3 fit
// cf3-0270b7e989's terms of a truce in force. Fighting told beside the
// halt, and the fighting a truce ended named as what was ("halted weeks of
// fighting"), keep their weight. Both real cases fail on main.
func TestFightingATruceHalts(t *testing.T) {
	checkEvidence(t, fViolence, 0.3, []evidenceCase{
		{"The United States has agreed separately with Russia and Ukraine to end fighting in the Black Sea and to “develop measures” to ban military strikes on energy facilities, the White House says.", false},
		{"On Friday, Guterres commended “the Government of Yemen, the Saudi-led coalition and the Houthis for agreeing on a two-month truce in Yemen, including cross-border attacks.”", false},
		{"The latest ceasefire came into force at 6:00 am, with the mediators saying the two sides had agreed to refrain from attacks and allow the delivery of aid.", false},
		{"Russian drone attacks struck energy facilities in Odesa on Friday, hours before the pause began.", true},
		{"Heavy fighting raged in the north on Friday despite the agreement to end it.", true},
	})
}

// TestTwoSidesOfABorderWarAtTalks: a story of a war between two states
// that names neither a place of a war of the gazetteer nor an armed group
// but names the two sides of one armed dispute of gazetteer/disputes.tsv
// with a parley in its lead (leadSides) tells that war: it is no story
// "that names no place or side of a war" (warInPassing), as it is none for
// the later checks there (issue 14, h-viol18: cf3 fit cf3-46a37748c8 and
// cf3-f1eb030b4a, the Thai–Cambodian truce of July 2025, and
// cf3-445546fa35, cf3-debc1d23b7, India and Pakistan's agreement on the
// Line of Control truce, were all read as no war's news). Invented text
// after cf3-46a37748c8, padded to a story's length; fails on main.
func TestTwoSidesOfABorderWarAtTalks(t *testing.T) {
	lead := "Thailand and Cambodia have agreed to an immediate and unconditional ceasefire, the host of their talks said on Monday. " +
		"The two prime ministers met for ceasefire negotiations earlier on Monday, as the border clashes between the two countries entered their fifth day. " +
		"Both sides have blamed each other for starting the fighting, which began on Thursday after five soldiers were wounded by a landmine. " +
		"The clashes have killed at least 35 people and displaced more than 260,000 on both sides. "
	var b strings.Builder
	b.WriteString(lead)
	for _, s := range []string{
		"The leaders shook hands after the meeting and said their commanders would meet on Tuesday to agree the details.",
		"Observers from the regional bloc will be sent to the frontier to watch over the truce in the coming days.",
		"Families who fled the shelling waited in shelters for word that they could go home to their villages.",
		"Schools and markets along the frontier stayed closed, and many roads were still blocked by checkpoints.",
		"Both governments said they would reopen the crossings once the commanders had met and the guns stayed silent.",
		"The dispute over the frontier goes back more than a century, to maps drawn under colonial rule.",
		"Earlier rounds of fighting over the temples on the frontier ended with truces brokered by neighbours.",
		"Diplomats in the region welcomed the agreement and urged both sides to keep their word in the days ahead.",
		"Trade between the two countries, worth billions of dollars a year, has been halted since the fighting began.",
		"Officials on both sides said the number of dead could still rise as reports came in from remote villages.",
		"The host said that he hoped the agreement would be the first step toward a lasting settlement of the dispute.",
	} {
		b.WriteString(s + " ")
	}
	if n := len(strings.Fields(b.String())); n < nowhereStory {
		t.Fatalf("the text has %d words, want a story of %d or more", n, nowhereStory)
	}
	checkRelevance(t, "", b.String(), "")
	an := Analyze(&news.Article{Text: b.String()})
	if !an.Has(news.Ceasefire) || !an.Has(news.Violence) {
		t.Errorf("categories %v, want ceasefire and violence", an.Categories)
	}
}
