// Package lang is the project's one home of English word knowledge: how a
// text splits into words, sentences and paragraphs; the one stemmer; the one
// stop-word list (in named tiers); month and weekday names; years and days of
// the month; number and ordinal words; currencies; articles, honorifics and
// titles; and, for feed dates only, the month abbreviations of Portuguese,
// Spanish, French, German and Italian feeds (FeedMonth). Analysis,
// stories, question answering, the digest and the feed reader all read
// words through it, so a word means the same to each of them and a fix to
// one table reaches every user.
//
// It imports only the standard library and does no I/O: its word lists ship
// in the binary (stopwords.txt, countries.txt and the tables of lexicon/
// are embedded and parsed once, each through lexiconLines: blank lines
// and "#" comments left out, a .tsv's columns split at tabs).
package lang
