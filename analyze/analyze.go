// Package analyze turns one article into its analysis: event categories,
// ceasefire status, humanitarian types, key facts with the sentences they came
// from, places and actors from the shipped gazetteer, an extractive summary and
// a SimHash fingerprint. It is pure: no I/O, no clock, no network, no model
// download; everything it knows ships in the binary.
package analyze

import (
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Version is stored with each analysis so that a later analyser can find and
// redo the analyses of an older one.
// Version 2 carries the relevance decision, the language and the changes
// of state. Version 3 carries the dateline, version 4 the earlier day the
// lead recalls, version 5 a publication line's date as the dateline of a
// text that opens with none.
const Version = 5

// maxText bounds the work done on one article: text past it is ignored, so a
// 1 MB article costs no more than a long one.
const maxText = 64 << 10

// Analyze returns the analysis of a. It never fails: an article with no usable
// text gets an empty analysis.
func Analyze(a *news.Article) news.Analysis {
	arena := docArenas.Get().(*docArena)
	defer arena.release() // the doc's arrays are read in the analysis only
	return analyzeIn(arena, a)
}

// analyzeIn is Analyze with the doc's arrays made in arena.
func analyzeIn(arena *docArena, a *news.Article) news.Analysis {
	title, text := readAs(a.Title, a.Text)
	d := newDocIn(arena, title, text)
	d.year = yearOf(a.Published)
	if !a.Published.IsZero() {
		d.month = a.Published.Month()
	}
	var an news.Analysis
	an.Version = Version
	an.Language = docLanguage(d, title, text)
	if an.Language != "" && an.Language != English {
		// Unreadable here: stored, found again by its fingerprint and
		// counted per source, but not read as English.
		an.Relevance = &news.Relevance{Reason: news.NotReadLanguage, Detail: LanguageName(an.Language)}
	} else {
		analyzeText(d, a, &an)
		markTalksHeld(an.Places, func() []string { return articleWords(d, a, title, text) })
	}
	an.Fingerprint = fingerprint(d)
	// One split of the lead for the three date readers, who read it in
	// growing lengths (datelineReach, then with dayWords, then with
	// recallReach).
	opening := &lead{text: a.Text}
	if text == a.Text && len(text) <= maxText {
		opening.all = d.words // the words of a.Text (lead.all), unless it was read as the headline or cut
		opening.cut = &arena.lead
	}
	if day, ok := textDateline(opening); ok {
		an.Dateline = day.Format(time.DateOnly)
	}
	if day, by := eventDate(a.Title, opening, a.Published); by != "" {
		an.EventDate, an.EventDateBy = day.Format(time.DateOnly), by
	}
	if day, ok := WrittenLater(a.Text, a.Published); ok {
		// a backgrounder updated long after its stamp: its latest day
		an.EventDate, an.EventDateBy = day.Format(time.DateOnly), DatedByLater
	}
	if an.EventDate != "" {
		if day, ok := recalledDate(opening, a.Published, an.EventDate); ok {
			an.RecallsDate = day.Format(time.DateOnly)
		}
	}
	an.Sentences = d.texts()
	normalise(&an)
	markDoc(d, a, &an, text == a.Text && len(a.Text) <= maxText)
	return an
}

// analyzeText reads an article in English: its places and actors, the
// relevance gate, then (for a relevant article) its categories and
// changes of state, and its facts and summary.
func analyzeText(d *doc, a *news.Article, an *news.Analysis) {
	an.Places, an.Actors = entities(d)
	rel := relevance(newGateInput(d, an.Places, an.Actors))
	an.Relevance = &rel
	if rel.Relevant {
		classify(d, an)
	}
	an.Facts = extractFacts(d, a.Published, a.SourceName)
	an.Summary = summarize(d, an)
	if rel.Relevant {
		an.Changes = stateChanges(d, an)
	}
}

// headlineOnly reports whether text only repeats the title: the same
// words, whatever the spaces between them. (Word by word: a text is
// seldom the title, and is told apart at its first words.)
func headlineOnly(title, text string) bool {
	if title == "" {
		return false
	}
	for {
		a, restA := nextField(title)
		b, restB := nextField(text)
		if a != b {
			return false
		}
		if a == "" {
			return true
		}
		title, text = restA, restB
	}
}

// readAs returns the headline and text an article is read as. A
// headline-only item carries its headline as its text (so that it is
// stored): it is read once, as the headline it is. A "headline" of several
// sentences is a lead with no headline above it (an events digest's item,
// a post): it is read once, as that text.
func readAs(title, text string) (string, string) {
	switch {
	case !headlineOnly(title, text):
		return title, text
	case leadNotHeadline(title):
		return "", text
	}
	return title, ""
}

// leadNotHeadline reports whether title is more than one sentence: no
// headline, which tells one thing in one line, but the lead of a text that
// came without one ("Coalition jets bombard the capital, killing 30.
// Rescuers search the rubble."). Read as a headline, its sentences would be
// one, and the background or aftermath of one would weigh on all.
func leadNotHeadline(title string) bool {
	return len(lang.SplitSentences(title)) > 1
}

// yearOf is the year of t, 0 for the zero time (an article with no date).
func yearOf(t time.Time) int {
	if t.IsZero() {
		return 0
	}
	return t.Year()
}

// normalise keeps the output's invariants: slices are non-nil (JSON [] not
// null), a ceasefire status only with the ceasefire category, humanitarian
// types only with the humanitarian category.
func normalise(an *news.Analysis) {
	if an.Categories == nil {
		an.Categories = []news.Category{}
	}
	if !an.Has(news.Ceasefire) {
		an.CeasefireStatus = news.CeasefireNone
	}
	if !an.Has(news.Humanitarian) || an.HumanitarianTypes == nil {
		an.HumanitarianTypes = []news.HumanitarianType{}
	}
	if an.Places == nil {
		an.Places = []news.Entity{}
	}
	if an.Actors == nil {
		an.Actors = []news.Entity{}
	}
}
