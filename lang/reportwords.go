package lang

// The words a report's title is read by (issue 14.4; round h-kind1): the
// index terms of story's index (Term) and the terms and words that tell
// what a title reports — an attack of a kind, a chemical attack, a ground
// offensive, a statement or diplomatic act, an accusation. The analysis
// reads a title's report kind with them once (analyze: news.TitleMarks);
// a story's index reads its terms with them. One home for both.

// Term maps a word to its index term: "" for stop words and one-letter
// words, else the word with common English inflections removed, so that
// "strikes" and "strike", "killed" and "kills" meet.
func Term(w string) string {
	if len(w) < 2 || IsStop(w, termStops) || IsYear(w) {
		return ""
	}
	if a, ok := termAliases[w]; ok {
		return a
	}
	return Stem(w)
}

// termStops are the stop words the index leaves out: besides the function
// words, how news is told ("said", "reported"), page furniture and agency
// tags, and the names of days and months, which every dated article has.
const termStops = Function | Reporting | Report | Furniture | Calendar

// termAliases spell one name or one kind of attack one way: outlets write the
// same group as ISIS, ISIL or Daesh, the same town as Raqqa or Raqa, and the
// same attack as an air strike, a raid or a sortie, and the same target as a
// clinic, a hospital or a medical centre (fakes-111 and fakes-465, one
// strike on Khan Tuman's medical centre, shared no word for it).
var termAliases = map[string]string{
	"isil": "isis", "daesh": "isis", "raqa": "raqqa", "hasaka": "hasakeh", "hasakah": "hasakeh",
	"hassakeh": "hasakeh", "qameshli": "qamishli", "zour": "zor", "ezzor": "zor", "efrin": "afrin",
	"airstrike": "strike", "airstrikes": "strike", "raid": "strike", "raids": "strike",
	"bombing": "bomb", "bombings": "bomb", "bomber": "bomb", "bombers": "bomb", "blast": "bomb",
	"blasts": "bomb", "explosion": "bomb", "explosions": "bomb",
	"dead": "kill", "killed": "kill", "kills": "kill", "killing": "kill", "died": "kill",
	"deaths": "kill", "death": "kill", "martyred": "kill", "martyrs": "kill",
	"wounded": "injur", "wounding": "injur", "injured": "injur", "injuring": "injur", "injures": "injur",
	"shelling": "shell", "shells": "shell", "mortar": "shell", "mortars": "shell", "rockets": "rocket",
	"clinic": "hospital", "clinics": "hospital", "hospitals": "hospital", "centre": "center",
}

// ChemicalTerm reports the index terms (see Term) of titles about a
// chemical attack.
func ChemicalTerm(t string) bool { return chemicalTerms.Has(t) }

var chemicalTerms = WordSetOf(map[string]bool{
	"chemical": true, "gas": true, "sarin": true, "chlorine": true, "toxic": true, "nerve": true,
	"poison": true, "suffocation": true,
})

// AttackKind reports the index terms of titles that name what kind of
// attack they report: a title that says only "attack" leaves the kind to
// its lead.
func AttackKind(t string) bool { return attackKinds.Has(t) }

var attackKinds = WordSetOf(map[string]bool{
	"strike": true, "shell": true, "bomb": true, "rocket": true, "missile": true, "clash": true,
	"fight": true, "battle": true, "offensive": true, "barrel": true, "shoot": true, "gunfire": true,
	"ambush": true, "assault": true, "suicide": true, "gunmen": true,
})

// GasCarrier reports the kinds of attack that carry gas: a title of "banned
// bombs" or "barrel bombs" whose first sentence says they held chlorine
// tells of a chemical attack. Missiles are not among them: the lead of a
// missile strike on an airbase recalls the chemical attack it answers
// (on the tuning pairs, four false links of the US strike on Shayrat).
func GasCarrier(t string) bool { return t == "bomb" || t == "barrel" }

// BattleTerm reports the index terms of a ground offensive's report: an
// offensive is one event for the days it is fought, and its reports name
// each day's fighting ("rebels launched an assault on Monday", "locked in
// fierce fighting Sunday in a two-day offensive").
func BattleTerm(t string) bool { return battleTerms.Has(t) }

var battleTerms = WordSetOf(map[string]bool{
	"offensive": true, "assault": true, "battle": true, "battl": true, "fight": true, "clash": true,
	"siege": true, "counterattack": true, "counteroffensive": true,
})

// ReactionWord reports the title words of a statement or a diplomatic act.
func ReactionWord(w string) bool { return reactionWords.Has(w) }

var reactionWords = WordSetOf(setOf(`urge urges urged discuss discusses discussed discussion discussions talks
	meet meets met meeting vote votes voted veto vetoes vetoed resolution visit visits visited
	inspector inspectors inspection inspections inspect probe probes investigation investigators inquiry
	condemn condemns condemned condemnation warn warns warned push pushes pushed demand demands demanded
	seek seeks sought sanction sanctions summit envoy envoys diplomat diplomats diplomatic diplomacy
	minister ministers fm accuse accuses accused blame blames blamed deny denies denied react reacts
	reaction reactions respond responds response responsible evidence insist insists vow vows vowed
	opcw g7`))

// AccusationWord reports the ReactionWords of a claim against a party.
func AccusationWord(w string) bool { return accusationWords.Has(w) }

var accusationWords = WordSetOf(setOf(`accuse accuses accused blame blames blamed`))
