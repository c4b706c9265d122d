// Package lang is the project's one home of English word knowledge: how a
// text splits into words, sentences and paragraphs; the one stemmer; the one
// stop-word list (in named tiers); month and weekday names; years and days of
// the month; number and ordinal words; currencies; articles, honorifics and
// titles; and, for feed dates only, the month abbreviations of Portuguese,
// Spanish, French, German and Italian feeds (FeedMonth). It holds too the
// word families analysis's rules read, one table of lexicon/ each and one
// kind of it a rule's set (issue 14.4): what a figure counts (figures.tsv),
// the nouns of people it counts (people.tsv), causes of death other than an
// attack and an epidemic's words (causes.tsv), a war's and its violence's
// words (war.tsv), spans and times of day (spans.tsv), page furniture
// (furniture.tsv), a report's setting (setting.tsv), the stems of settling
// a war (settling.tsv), aid reaching people (aid.tsv), the compass
// (compass.tsv), a periodic bulletin's headline (bulletins.tsv), a process's
// change of state (process.tsv), a decision in talks (decisions.tsv),
// captives (captives.tsv), arms and what a capture takes (arms.tsv), deaths
// of any cause (deaths.tsv), a side's answer (response.tsv), a truce
// (truces.tsv), a truce story's background tolls (truceground.tsv), talks
// (talks.tsv), the words around a count (counts.tsv),
// the nouns of places (places.tsv), telling the news (reporting.tsv), who
// gives it (sources.tsv), a headline's own grammar (headlines.tsv), a
// question and its answer (questions.tsv); the function words of the rules
// in four grammar tables (prepositions.tsv, joiners.tsv, determiners.tsv,
// auxiliaries.tsv); the starts and ends of words rules match, in order
// (stems.tsv); and three key tables, a key and its words (groups.tsv,
// demonyms.tsv, hours.tsv) and a set table (roles.tsv). Stories, question answering and the digest
// read their word sets from the same tables. Analysis, stories, question
// answering, the digest and the feed reader all read words through it, so
// a word means the same to each of them and a fix to one table reaches
// every user.
//
// It imports only the standard library and does no I/O: its word lists ship
// in the binary (stopwords.txt, countries.txt and the tables of lexicon/
// are embedded and parsed once, each through lexiconLines: blank lines
// and "#" comments left out, a .tsv's columns split at tabs).
package lang
