package lang

import _ "embed"

// BulletinKind is a set of the kinds of lexicon/bulletins.tsv: the words
// of an agency's periodic bulletin's or yearly review's headline.
type BulletinKind uint16

// The kinds of lexicon/bulletins.tsv.
const (
	PeriodicWord  BulletinKind = 1 << iota // "weekly", "bulletin": a periodic bulletin named
	BulletinEvent                          // "hurricane", "influx": the event a bulletin follows
	AnnualNoun                             // "review", "report": after "annual", a year's review
	IssueNoun                              // "update", "sitrep": an issue of a series a reader dates
	MonthEarly                             // "early", "beginning": the first days of a month
	MonthMid                               // "mid", "middle": a month's middle days
	MonthLate                              // "end", "late": a month's last days
	SeriesName                             // "update", "sitrep", "brief": an agency update's series in its headline
	OwnSpan                                // "month", "quarter": the span a periodic bulletin covers
	SpanPrep                               // "during", "throughout": open the span a count is told over
)

var bulletinKindNames = map[string]BulletinKind{"periodic": PeriodicWord, "event": BulletinEvent, "annual": AnnualNoun,
	"issue": IssueNoun, "early": MonthEarly, "mid": MonthMid, "late": MonthLate,
	"series": SeriesName, "span": OwnSpan, "spanprep": SpanPrep}

//go:embed lexicon/bulletins.tsv
var bulletinsData string

var bulletinWords = flagTable("bulletins.tsv", bulletinsData, bulletinKindNames)

// BulletinWords returns the words of lexicon/bulletins.tsv of any of the
// kinds asked, as a new set of the caller's.
func BulletinWords(kinds BulletinKind) map[string]bool { return wordsWith(bulletinWords, kinds) }
