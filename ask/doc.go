// Package ask answers questions from the stored news, with citations.
//
// A question is typed by rules (a number, a person, a place, a date, a
// duration, a quote, the state of a story, or a name), its words are weighed
// by how rare they are in the sentence index, and retrieval is planned so
// that common words ("killed", "Syria") never drive a query: only the rarest
// terms fetch postings, the rest only re-rank the few candidate articles.
// Time expressions ("in April 2017", "last week") narrow the window; "since
// the truce" starts it at the latest article whose title names a truce. The
// answer is the short span of the best sentences that has the question's
// type (a span standing as the doer or the object of the question's own
// verb — "which agency announced", "what did she buy" — counts a little
// more: argument.go); the sentences themselves are the citations, best
// first. When nothing in the store supports an answer, the answer says so.
//
// What keeps answers honest on news nobody tuned on:
//   - Plain bm25 (unstemmed words, Okapi weights) ranks the candidates too,
//     over whole articles as the baseline does when the store offers an
//     article index (ArticleSearcher: words weighed by the articles holding
//     them; the articles holding the rarest words are read, and bm25's
//     first joins the candidates when the ranking left it out), else over
//     the candidates' sentences; its order is the floor of the answer: the
//     article it ranks first by a clear lead answers, unless another's answer wins on signals that
//     carry to news nobody tuned on (a typed answer where bm25's first has
//     none, a clearly better fit to the type, a sentence holding clearly
//     more of the question — this last only when the other report holds as
//     much of the question as bm25's first, or its sentence a figure the
//     question states that bm25's does not); it is always read
//     and, when it supports the answer at all, cited (cmd/askbench -eval
//     prints plain bm25's scores beside ours). Of two articles bm25 scores
//     alike, its first is the one stored first, as the baseline's. The
//     first citation is therefore bm25's first (or its copy) unless the
//     answer is declined, answers the state of a story, comes from another
//     report by one of the exceptions above, or bm25's first may not answer
//     (it lacks a name the question gives, or enough of its weight) or
//     leads the next by less than the margin (a near tie: the floor is
//     lifted); cmd/askbench -floorcauses counts each case.
//   - Identical copies of one report are one candidate, cited once, as the
//     copy stored first.
//   - Count answers come from the analysis's scoped figures (the main
//     event's toll, never a part, another event or the background), and a
//     question that names an originator wants that originator's count; one
//     that names the place of another event of the report, where the main
//     event's sentences name another place of that kind ("the Seif
//     al-Dawla neighbourhood" beside the toll's "al-Midan neighbourhood"),
//     wants that event's figure.
//   - An article that lacks a rare name the question gives does not answer
//     it when the gazetteer knows the name as a place or an actor;
//     transliterations ("Idleb") and longer forms ("Russian") count as the
//     name. Other names (an agency, an acronym) weigh like any word: the
//     answering article often writes them otherwise or not at all.
//     A name given as the report's publisher ("per the Red Cross update")
//     need not be written in it, and an acronym the question writes
//     ("ICC") is held by the full name the gazetteer gives it.
//   - A report that names none of the years asked about cannot answer
//     when it was published before them or, undated, when the store
//     seldom writes them ("El Fasher in 2024"); "tomorrow" and "next
//     week" admit no stored report.
//   - A question off the news's subject (the relevance gate turns it away,
//     and it names no category, place or actor of the gazetteer) is answered
//     only with a typed, fully matched answer: "What is the weather in Paris
//     tomorrow?" is declined. One giving a report's particulars (seven
//     words or more) is answered from plain bm25's first report: the
//     store keeps development and health reports too.
//   - A state question ("Is the ceasefire in Aleppo holding?", "latest on
//     X") is answered from the newest story of the place asked about — its
//     ceasefire state as the analysis decided it, its day and its sources —
//     when the store keeps stories (StoryReader).
//   - Page furniture (a "Date of publication" line, a dateline, a byline, a
//     press contact) is never an answer.
//
// The package never imports the store: it reads through SentenceSearcher,
// and through ArticleSearcher, FactReader and StoryReader when the store
// offers them.
package ask
