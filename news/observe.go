package news

import "time"

// Observers let the program count what the packages do (for monitoring)
// without the packages knowing any metrics library: a package takes one
// of these small interfaces, cmd/bot hands it an adapter. Nil observers
// are allowed wherever one is taken.

// AnalysisObserver is told how long each article's analysis took.
type AnalysisObserver interface {
	ObserveAnalysis(d time.Duration)
}

// PollObserver is told the outcome of each poll of a source: err is nil on
// success (a 304 included), else the failure recorded on the source.
type PollObserver interface {
	ObservePoll(src Source, err error, d time.Duration)
}

// IngestObserver is told what one poll of a source stored: new articles,
// duplicates and failures.
type IngestObserver interface {
	ObserveIngest(src Source, stored, duplicate, failed int)
}
