package lang

import _ "embed"

// SpanKind is a set of the kinds of lexicon/spans.tsv: the words that
// measure or place a time, as analysis's readers take them.
type SpanKind uint16

// The kinds of lexicon/spans.tsv.
const (
	TimeSpan   SpanKind = 1 << iota // "week", "fortnight", "quarter"
	LapseSpan                       // "days", "weekend": "two weeks earlier"
	AfterSpan                       // "days", "hours": "two days after"
	StaySpan                        // "years", "decades": displaced for seven years
	LongSpan                        // "weeks", "decades": "in recent weeks"
	FlightTime                      // "since", "yesterday", "recently": when a flight happened
	RateSpan                        // "day", "year": "every day"
	DayPart                         // "morning", "spring": "this morning"
	NightWord                       // "night", "midnight": "Friday night"
	// TimeWord: words that tell a time: a phrase holding one leads into its
	// sentence.
	TimeWord
	// LastLapse: the spans after "last" or "this" that a background clause
	// takes as its subject: "last month witnessed heavy clashes".
	LastLapse
	// LapseUnit: words that count the time between two events: "a day after",
	// "hours before".
	LapseUnit
	// NotParty: words that follow "the two" without pointing back: a span of
	// time, a part of a whole ("the two of them" is a pointer too, but rare).
	NotParty
	// DayPartAnswer: words that answer "at what time" loosely.
	DayPartAnswer
	// ReportTime: the times that may part a report's word from its "by".
	ReportTime
	// AttributionLapse: words that may stand between a closing attribution and
	// the subordinator of another clause: "..., officials said, two days after
	// ...".
	AttributionLapse
)

var spanKindNames = map[string]SpanKind{
	"span":             TimeSpan,
	"lapse":            LapseSpan,
	"after":            AfterSpan,
	"stay":             StaySpan,
	"long":             LongSpan,
	"flight":           FlightTime,
	"rate":             RateSpan,
	"daypart":          DayPart,
	"night":            NightWord,
	"timeword":         TimeWord,
	"lastlapse":        LastLapse,
	"lapseunit":        LapseUnit,
	"notparty":         NotParty,
	"daypartanswer":    DayPartAnswer,
	"reporttime":       ReportTime,
	"attributionlapse": AttributionLapse,
}

//go:embed lexicon/spans.tsv
var spansData string

var spanWords = flagTable("spans.tsv", spansData, spanKindNames)

// SpanWords returns the words of lexicon/spans.tsv of any of the kinds
// asked, as a new set of the caller's.
func SpanWords(kinds SpanKind) map[string]bool { return wordsWith(spanWords, kinds) }
