package lang

import _ "embed"

// SourceKind is a set of the kinds of lexicon/sources.tsv: the words that
// name who gives the news: the heads and marks of a body's name, the posts
// by which a person speaks for one, the words that stand for a source told
// before, a state's offices and organs, a body's outlets and papers, and the
// marks of an armed party's name.
type SourceKind uint64

// The kinds of lexicon/sources.tsv.
const (
	// NameHead: words that end a proper name ("... Television", "...
	// Council"): written capitalised right after a known name, they make it
	// part of a longer name the table does not hold, which is another body.
	NameHead SourceKind = 1 << iota
	// ArmedNameWord: words that before a capitalised "Army" make it an armed
	// movement's name ("Foo Liberation Army", "Islamic Army in Iraq"), not a
	// state's army.
	ArmedNameWord
	// LinkedWord: words that before "to" or "with" tie a speaker to a body the
	// speaker is not: "a commander linked to al-Qaeda", "a militia allied with
	// the army".
	LinkedWord
	// OwnHead: nouns that close a source's own name: "an opposition group",
	// "opposition sources".
	OwnHead
	// SourceAnaphor: words that stand for a source named before: "It said",
	// "The source added", "The monitoring group said", "He told AFP".
	SourceAnaphor
	// BodyAnaphor: words that stand for a body at the end of a sentence that
	// names it before: "Rebels killed 12 soldiers, the group said", "... in
	// Syria's opposition government ..., the body's spokesman said".
	BodyAnaphor
	// BackAnaphor: the bodyAnaphors that may stand for a body named in an
	// earlier sentence: "The Union of Syrian Medical Relief Organisations runs
	// the hospital. Four staff were killed, the charity said.".
	BackAnaphor
	// SpokesWord: the posts of one who speaks for a body, or for the person
	// whose possessive precedes them ("Roe's spokesman said").
	SpokesWord
	// PostNoun: the posts by which a person speaks for a body: "Jane Doe, a
	// spokeswoman for the governor", "the head of the Syrian National
	// Council".
	PostNoun
	// PostVerb: words that give a person a post in a relative clause: "who
	// heads the civil defence", "who runs the hospital".
	PostVerb
	// OfficialMark: words that describe a station or agency as the state's
	// own: "the official Iraqi news agency", "state-run Iranian television".
	OfficialMark
	// StationNoun: words that stand for a station named before: "Tehran Radio
	// said .... The radio said 300 were killed.".
	StationNoun
	// CommunityWord: words that name a community that speaks for its members
	// as a body: "Kibbutz Foo announced on Tuesday that two of its residents
	// had been killed".
	CommunityWord
	// SourceHead: the nouns of an unnamed source.
	SourceHead
	// RegionNoun: a country's parts whose government a spokesman speaks for.
	RegionNoun
	// PartnerMod: the words that say which partners or reports: their sector
	// or their place.
	PartnerMod
	// StateOrgan: words that head a state's broadcaster or news agency named
	// after it: "Tehran Radio", "Radio Kabul", "the Iraqi News Agency".
	StateOrgan
	// StateOffice: a state's bodies written out as a source: "Iraq's Foreign
	// Ministry", "the Nicaraguan Interior Ministry".
	StateOffice
	// OrgWord: words that end or hold the name of a body that gives figures: a
	// name the originator table does not know is taken as written when it has
	// one ("the Civilian Protection Advocacy Group (CPAG)", "CCCM Cluster").
	OrgWord
	// PartyWord: the words that in a name written out make its figures a
	// party's claim ("interior", "home": "the Home Ministry" is a warring
	// government's police ministry, as "interior ministry").
	PartyWord
	// PartyMark: words that before a name written out say it is an armed
	// group's: "the rebel Foo Freedom Movement said".
	PartyMark
	// OrganNoun: words that name an outlet of a body: "the rebel Web site Foo-
	// Center", "the militant group's news agency".
	OrganNoun
	// OutletNoun: words that after a capitalised name make it an outlet's ("La
	// Prensa newspaper reported"): a paper or a station another outlet quotes
	// is the source of what it is said to report, as written.
	OutletNoun
	// NameLink: words that may join the capitalised words of one name; the
	// Arabic article may open one in lower case ("al-Hadas News").
	NameLink
	// SourceOfWord: the words of a report's "Source of information" line.
	SourceOfWord
	// LedTroops: the heads of a force named by who leads it: "U.S.-led
	// forces", "French-led troops".
	LedTroops
	// KindModifier: words that say what kind of body a lower-case kind names
	// between a name and its kind: "the Foo Corps aid group", "Foo Watch
	// rights group".
	KindModifier
	// PressNoun: words that after a country's "news" are its press as a whole:
	// "Russian news agencies reported" (one agency, "a Russian news agency",
	// is no name).
	PressNoun
	// InstitutionNoun: words that close the name of a place that is a body of
	// its own ("Kirikiri prison", "Foo refugee camp" is no body): its head or
	// staff speak for it.
	InstitutionNoun
	// StudyNoun: the works a journal publishes.
	StudyNoun
	// DescribedBody: the nouns of a body the wire describes without its name
	// ("a British charity", "a French aid agency").
	DescribedBody
	// TeamNoun: words that name the people of a body who made a study: "a
	// research team at Foo University", "researchers from the Foo Institute".
	TeamNoun
	// PaperNoun: words that name what a body publishes, after its name.
	PaperNoun
	// SeatedOffice: a government's offices that wire copy places in their
	// capital ("the Foreign Ministry in Rome said"): the place is no part of
	// the name, unlike an armed group's ("the Islamic Army in Iraq").
	SeatedOffice
	// GroupMark: the words of an unnamed group's description kept in its name
	// ("a militant Islamic group", "an Iraqi extremist group"); they make it a
	// party's. Other qualities ("an influential group", "a little-known
	// group") are dropped.
	GroupMark
	// OwnOrganWord: words that close a sentence whose toll a group's own video
	// or statement shows: "..., a video posted on its website shows".
	OwnOrganWord
	// BriefedBody: the bodies a source may be briefed by, written in lower
	// case after a people's or a state's name: "briefed by Syrian
	// intelligence".
	BriefedBody
	// WorkNoun: the works a body makes whose counts a text credits to the
	// work ("according to a new analysis ... carried out by Foo", "according
	// to a recent Foo assessment"): the maker is the source.
	WorkNoun
)

var sourceKindNames = map[string]SourceKind{
	"namehead":     NameHead,
	"armedname":    ArmedNameWord,
	"linked":       LinkedWord,
	"ownhead":      OwnHead,
	"anaphor":      SourceAnaphor,
	"bodyanaphor":  BodyAnaphor,
	"backanaphor":  BackAnaphor,
	"spokes":       SpokesWord,
	"post":         PostNoun,
	"postverb":     PostVerb,
	"official":     OfficialMark,
	"station":      StationNoun,
	"community":    CommunityWord,
	"sourcehead":   SourceHead,
	"region":       RegionNoun,
	"partner":      PartnerMod,
	"stateorgan":   StateOrgan,
	"stateoffice":  StateOffice,
	"org":          OrgWord,
	"party":        PartyWord,
	"partymark":    PartyMark,
	"organ":        OrganNoun,
	"outlet":       OutletNoun,
	"namelink":     NameLink,
	"sourceof":     SourceOfWord,
	"led":          LedTroops,
	"kindmod":      KindModifier,
	"press":        PressNoun,
	"institution":  InstitutionNoun,
	"study":        StudyNoun,
	"described":    DescribedBody,
	"team":         TeamNoun,
	"paper":        PaperNoun,
	"seatedoffice": SeatedOffice,
	"groupmark":    GroupMark,
	"ownorgan":     OwnOrganWord,
	"briefed":      BriefedBody,
	"work":         WorkNoun,
}

//go:embed lexicon/sources.tsv
var sourceData string

var sourceWords = flagTable("sources.tsv", sourceData, sourceKindNames)

// SourceWords returns the words of lexicon/sources.tsv of any of the kinds
// asked, as a new set of the caller's.
func SourceWords(kinds SourceKind) map[string]bool { return wordsWith(sourceWords, kinds) }
