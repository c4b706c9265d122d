package lang

import _ "embed"

// ReportingKind is a set of the kinds of lexicon/reporting.tsv: the words of
// telling the news: the verbs of saying, relaying and reacting, the kinds of
// a report or a statement, and what a body declines to do.
type ReportingKind uint64

// The kinds of lexicon/reporting.tsv.
const (
	// ReportingVerb: the words that introduce who told the news and when.
	ReportingVerb ReportingKind = 1 << iota
	// GivenVerb: words that tell that a figure was given, surfaced or claimed;
	// a weekday right after one of them ("said on Monday", "surfaced late
	// Wednesday") dates the telling, not the event ("killed 40 on Monday").
	GivenVerb
	// DeclareVerb: the verbs that announce a side's own decision.
	DeclareVerb
	// ClosingSayVerb: the verbs that close a sentence after its sayer: "the
	// group said".
	ClosingSayVerb
	// SayTheVerb: the verbs before "the" and an attack named as one known:
	// "said the attack".
	SayTheVerb
	// RelayWord: words that tell that the media named before them passes on
	// what a source named after them said: "SANA quoted local sources", "state
	// media, citing a military source".
	RelayWord
	// ReactionVerb: words that after an agency that opens a headline tell of
	// its reaction to an event others report: "UN condemns deadly attack in
	// Foo".
	ReactionVerb
	// StatementWord: words that open a headline that names who speaks:
	// "Statement by the UNICEF Representative ...", "Remarks of the WFP
	// Executive Director".
	StatementWord
	// ReportKind: the kinds of report an agency issues: "sitrep", "bulletin",
	// "dashboard".
	ReportKind
	// DeclinedWord: what a body declined to do: "comment", "confirm",
	// "elaborate".
	DeclinedWord
	// AdjunctWord: words that make up what may follow a closing attribution, a
	// phrase of time or manner: "..., the Foo administration said in a
	// statement on Thursday morning.", "said by phone", "told reporters late
	// on Monday".
	AdjunctWord
	// BackNoun: words that name a body a report has named before when they
	// follow "the" in lower case: "a volunteer with the group", "the head of
	// the monitor", "a spokesman for the agency".
	BackNoun
	// BodyHead: the heads of a body's name that speaks for itself: "the
	// ambulance service told reporters", "the civilian task force said"; not
	// "group", "agency" or "organisation", which mostly name again a body told
	// before.
	BodyHead
	// DataNoun: a source's data that shows a count: "the data", "figures".
	DataNoun
	// ShowVerb: what a source's data does to a count: "shows", "indicated".
	ShowVerb
	// SaidWord: words that attribute a sentence's words to someone.
	SaidWord
	// PersonVerb: words that follow a person's surname: "Kerry says", "Roe
	// told", "Roe heads a charity".
	PersonVerb
	// SourceWord: words that give a sayer told before by the word for a
	// source: "the source added", "The sources said".
	SourceWord
	// RoleNoun: who a report names before a person's name ("Local activists in
	// Idlib Hadi al-Abdallah said"), no heading's verb.
	RoleNoun
	// MediaWord: words that mediaWords, after a town's name, make it an
	// outlet's: "Al Mayadeen TV".
	MediaWord
	// MediaNoun: what a page shows beside its report: "A video released on
	// Friday shows ...".
	MediaNoun
	// RestateWord: words that tell that a statement repeats a position already
	// known ("has reiterated the Islamic Republic's stance", "reaffirmed its
	// support"), not a new step.
	RestateWord
	// CallWord: words that ask for something that has not happened: a state
	// "called for" a Council meeting, "urged" the Council to act.
	CallWord
	// PersonAfter: the words after a name that make it a person's: "said",
	// "who", "announced".
	PersonAfter
	// SpeechBefore: the verbs of speech a speaker's name follows when the
	// quote comes first ("“...”, said Mr Guterres"); not "told", whose object
	// is the listener.
	SpeechBefore
	// WriterWord: the words of a writer and a byline: "wrote", "author",
	// "correspondent".
	WriterWord
	// NamingWord: words that give the name that follows them.
	NamingWord
	// PublisherDocument: the documents a publisher puts out.
	PublisherDocument
	// SourceLead: the words that introduce a report's source.
	SourceLead
	// ActVerb: words that follow a sentence's subject when it acts or speaks
	// ("Kuwait had dedicated", "Norway pledged").
	ActVerb
	// FigureListVerb: the words that join a name to its figure in a list of
	// them ("Yola North has 463 cases; Girei has 188 cases", "Girei with 132
	// cases", "Song reported 1 case").
	FigureListVerb
	// SayerCue: the attribution words a state named as the sayer speaks by:
	// "Iraq said", "Iran claimed", "Tehran reported that".
	SayerCue
	// ComplaintCue: the verbs by which a state takes its account to a body or
	// a rival: "Pakistan complained to the United Nations that planes from
	// Afghanistan killed 90 people" is Pakistan's claim, the body only hears
	// it.
	ComplaintCue
	// DemandWord: words that ask something of whom "from" names after them:
	// "demanded a response from", "sought guarantees from".
	DemandWord
	// SentToWord: words that before "to" give a statement to whom it names: "a
	// statement faxed to local news agencies", "e-mailed to Reuters".
	SentToWord
	// HandedWord: words that pass information on: "handed over to", "passed
	// to", "provided to".
	HandedWord
	// AccuseVerb: the attribution words that blame: what follows them is the
	// blame, and a count in a relative clause after it describes its setting.
	AccuseVerb
	// NamedCue: the attribution words the cue reader names before their
	// classes: "claim", "confirm", "shows".
	NamedCue
	// ReportNoun: cues that may be nouns: "reports", "claims".
	ReportNoun
	// CitedPaper: what an outlet cites of a body: "citing a statement from",
	// "quoting figures by".
	CitedPaper
	// OutletVerb: the attribution words of a paper or station: "The Foo
	// reports", "The Foo wrote".
	OutletVerb
	// MonitoredWord: words that open an aside that tells where a station was
	// heard: "Tehran radio, monitored by the BBC, said", "IRNA, received in
	// Nicosia, said".
	MonitoredWord
	// FindingVerb: words that report what an inquiry or a study found, an
	// attribution word only after one of findingNouns: "an army investigation
	// has found that".
	FindingVerb
	// FindingNoun: the inquiries and studies whose finding is their body's
	// statement.
	FindingNoun
	// ListenerCue: the attribution words whose object is the listener, not
	// what was said: "a raid the military told reporters ..." is no contact
	// relative clause ("a raid the military said targeted a hideout").
	ListenerCue
	// SaidClause: the words that open a clause of someone's words after a
	// report ("..., saying the accord would bring calm", "..., warning that
	// troops would act", "even as officers asserted there would be no
	// easing"): a possibility voiced in that clause is the speaker's.
	SaidClause
)

var reportingKindNames = map[string]ReportingKind{
	"reporting":    ReportingVerb,
	"given":        GivenVerb,
	"declare":      DeclareVerb,
	"closing":      ClosingSayVerb,
	"saythe":       SayTheVerb,
	"relay":        RelayWord,
	"reaction":     ReactionVerb,
	"statement":    StatementWord,
	"reportkind":   ReportKind,
	"declined":     DeclinedWord,
	"adjunct":      AdjunctWord,
	"back":         BackNoun,
	"bodyhead":     BodyHead,
	"data":         DataNoun,
	"show":         ShowVerb,
	"said":         SaidWord,
	"person":       PersonVerb,
	"source":       SourceWord,
	"role":         RoleNoun,
	"media":        MediaWord,
	"medianoun":    MediaNoun,
	"restate":      RestateWord,
	"callword":     CallWord,
	"personafter":  PersonAfter,
	"speechbefore": SpeechBefore,
	"writer":       WriterWord,
	"naming":       NamingWord,
	"document":     PublisherDocument,
	"sourcelead":   SourceLead,
	"act":          ActVerb,
	"figurelist":   FigureListVerb,
	"sayercue":     SayerCue,
	"complaint":    ComplaintCue,
	"demand":       DemandWord,
	"sentto":       SentToWord,
	"handed":       HandedWord,
	"accusation":   AccuseVerb,
	"namedcue":     NamedCue,
	"reportnoun":   ReportNoun,
	"cited":        CitedPaper,
	"outletverb":   OutletVerb,
	"monitored":    MonitoredWord,
	"finding":      FindingVerb,
	"findingnoun":  FindingNoun,
	"listener":     ListenerCue,
	"saidclause":   SaidClause,
}

//go:embed lexicon/reporting.tsv
var reportingData string

var reportingWords = flagTable("reporting.tsv", reportingData, reportingKindNames)

// ReportingWords returns the words of lexicon/reporting.tsv of any of the kinds
// asked, as a new set of the caller's.
func ReportingWords(kinds ReportingKind) map[string]bool { return wordsWith(reportingWords, kinds) }
