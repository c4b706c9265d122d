// Package story groups articles about one event into stories and aggregates
// a story's members into one digest item. Two articles are linked when they
// tell one event — near-duplicates (wire copy re-edited by outlets) by
// SimHash, independent reports by the tf-idf similarity of title and lead
// under a fixed idf table, on event days at most a day apart (a chemical
// attack's reports across five, a ground offensive's across two) — and a
// story is a connected component of the links, so the stories of a set of
// articles do not depend on the order they arrived in (index.go states the
// invariant). Two reports of one day that name different neighbourhoods or
// towns (spots.go) tell of two events. Reports that tell one ceasefire's
// change of status as their own news (the army declaring a truce over, the
// envoys failing to extend it) are one story within a day, in other words
// or not; a report of another event that mentions the change in its lead
// (an offensive repelled "after the army declared the truce over") is not
// one of them (truce.go). A reaction (a statement, talks, a
// vote, a call for inspectors) dated days after the attack it recalls is a
// development of its own, not the attack's aftermath (aftermath.go), and
// never heads the attack's story; so is a report of the war's politics
// whose title tells no act, toll or victims (a leader's remarks): reports
// whose event days are more than a day apart tell two events unless their
// texts score as one act, which only reports within a day of each other
// can (politicalReport); a reaction whose lead recalls an earlier
// day does not join a report that names a later event day of its own, or
// an accusation of a later day that recalls none (a counter-claim of
// soldiers gassed "on Saturday" is not what Saturday's call about
// Wednesday's attack was about). A report of what followed an attack
// ("forces bombard the suburbs after gas attack") and the Security
// Council's session of the attack's day are events of their own, not the
// attack's aftermath. A story is filed by its own event: the diplomacy a
// report of an attack also tells of does not file it under Talks, and a
// second event a report tells in a paragraph of its own (an evacuation
// beside the day's strikes) is carried as the story's Development. For each story Build makes a headline, a multi-document
// summary (it opens with what happened — a report's lead or the sentence
// of its main count — and reactions to it follow, except in a talks story,
// whose statements and calls are its news), its categories by support (talks ahead of humanitarian news that
// is only the access the talks are about), figures merged across sources (a
// range and the latest, never a sum; people moved out of two places in one
// exchange as two counts, each with its place; an unnamed monitor as its
// report describes it, "an opposition monitoring group") and its sources,
// members in order of time. A talks statement told beside the story's own
// event is its Development though it names no day: diplomacy is told by
// what was said.
//
// The package is pure: it does no I/O and keeps no clock. The ingest
// pipeline calls (*Index).Links for each analysed article after loading the
// stored articles of the event days it may link to, merges the stories it
// links, calls (*Index).Add, and stores Build's aggregate of each story's
// members.
package story
