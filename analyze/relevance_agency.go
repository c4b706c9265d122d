package analyze

// Agency reports whose chief subject is not a war (issues 13 item 4 and
// 14, round h-gate16): small rules of their own, each a class of report
// that the evidence of relevanceOf lets in by a war's place or a passing
// mention of one.

// epidemicAid reports whether the article is an aid report whose headline
// or lead names an epidemic or the health response (relevance.txt's
// [health]: COVID-19 and its vaccines, cholera, malnutrition's treatment)
// and whose text shows no war at all (warless): no armed word, no war but
// one listed among other causes (listedWars), no sign of one, no war's
// toll, no refugees, no violence beyond gender-based violence and a
// toll's dead, no armed party and no persecution's people (the Rohingya:
// warRefugeesLead). People displaced it may name, but at most once for
// every epidemicShare words of the epidemic: the drought's displaced
// beside the vaccination campaign. A country's name is then all that ties it to a
// war, and the readers of the labels call a UNICEF or WHO situation report
// of vaccines, cholera and malnutrition in a country at war the
// epidemic's and the aid's, not the war's (GUIDE.md; rwp8). A report that
// tells the fighting anywhere (a clash that halts the vaccinators, the
// displaced of an offensive) stays in, and so does a short one (under
// warlessWords words): a two-line flash of cholera in a country at war has
// had no room to tell its war, and is read as the war's humanitarian news
// (TestGateOfHumanitarianSituations).
func (c *gateCounts) epidemicAid(in gateInput) bool {
	if in.textWords < warlessWords || c.tl("health") == 0 || persecutedPeople(in.title) || persecutedPeople(in.lead) || !c.warless(in) {
		return false
	}
	return c.text[gateSections["health"]] >= epidemicShare*c.text[gateSections["crisis"]]
}

// warlessWords is how many words of text an agency report must have for
// its silence on a war to say that it is not about one (epidemicAid): a
// situation report's first page.
const warlessWords = 300

// warless reports whether the article names nothing of war: no armed
// party, and in its headline and text no armed word, no war but one listed
// among other causes (listedWars), no sign of war (insecurity, fleeing
// violence), no war's toll, no refugees and no blockade, siege or
// detainees (peaceNeeds' [plight]), and no more violence than its
// gender-based violence and its toll's dead and injured account for.
func (c *gateCounts) warless(in gateInput) bool {
	if in.party {
		return false
	}
	listed := listedWars(in, false)
	for _, s := range []string{"armed", "war", "warsign", "wartoll", "refugee"} {
		n := c.title[gateSections[s]] + c.text[gateSections[s]]
		if s == "war" {
			n -= listed
		}
		if n > 0 {
			return false
		}
	}
	all := append([][]string{in.title}, in.text...)
	force, toll := gateSections["force"], gateSections["toll"]
	if c.title[force]+c.text[force]-gbvIn(all...) > c.title[toll]+c.text[toll] {
		return false
	}
	for _, ws := range all {
		if peaceNeeds["plight"].count(ws) > 0 {
			return false
		}
	}
	return true
}

// armsInPassing reports whether a report of warlessWords words or more
// has every armed word of its text in one sentence, and its headline and
// lead name no place of a conflict, no armed word, no violence and no war:
// a report's passing mention of a war, such as a neighbour's rebels taking
// up arms again in a country brief of food vouchers for migrants, which
// two armed words make "dense" on a page of 600 words. Such a text is no
// war's by its density (evidence); a war told across two sentences or
// named in the lead still is, and so is a short report's one sentence of
// fighting, which is its news.
func (c *gateCounts) armsInPassing(in gateInput) bool {
	if in.textWords < warlessWords || in.leadPlace || c.armedTL+c.forceTL+c.tl("war") > 0 {
		return false
	}
	armed, n := gateSections["armed"], 0
	for i, ws := range in.text {
		var hs []*head
		if i < len(in.textHeads) {
			hs = in.textHeads[i]
		}
		if gateAll.countsHeads(ws, hs)[armed] > 0 {
			if n++; n > 1 {
				return false
			}
		}
	}
	return true
}
