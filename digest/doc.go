// Package digest turns the stories of a period into a digest a reader can
// take in at a glance, and delivers digests to subscribers on their
// schedules, exactly once.
//
// Build selects the stories of a window (news.StoryService, through the
// small StorySource interface), puts each in the section of what it is
// about and ranks them by significance; a Builder builds many digests of
// one slot sharing the work. RenderMarkdown writes standard Markdown (a
// terminal, any Markdown viewer), RenderDiscord Discord's own flavour,
// RenderJSON the stable JSON below; Messages cuts Discord's flavour into
// Discord-sized messages; Chart draws the period's stories per category.
// ParseSchedule, NextRun and Scheduler run subscriptions on their schedules
// (robfig/cron, a time zone per subscription), DescribeSchedule says them in
// words, and Deliverer writes each digest and its messages to an outbox
// before sending, so that a crash at any point neither loses nor repeats a
// message.
//
// # Composition
//
// A digest opens with the period's key developments — at most three lines,
// as an OCHA flash update's key messages: the stories that report a change
// of state (a truce collapsed, talks opened or broke down, a siege lifted,
// an evacuation begun, a state's strike on another's government forces)
// or a first of its kind, then those with the most
// sources and the largest figures (a side's count of enemy fighters, a
// count gathered over months and a headline's killed-and-injured sum
// weigh by their score alone, as no toll of the period: weigh.go); stories
// whose events reach into the period before those whose events ended
// before it. A line per conflict
// follows, as
// CrisisWatch has it: deteriorated (a change for the worse, or a toll of 50
// or more that not only parties to the fighting give, told as the
// period's own — no side's count of enemy fighters, no count of months, no
// headline's sum), improved (a change for the better and none for the worse) or
// unchanged, with its reason (a change for the worse, then another story's
// toll of 50 or more when the period has one; a count reported after its
// events' days says so: "(Aleppo, 23 Sep 2016; reported 24 Sep 2016)"), and
// the stories per place (a place once, however its stories name its area:
// "Idlib" and "Idlib province"). Then the
// stories, grouped by what they are about (story.Primary: the category of
// their latest change of state, else the best-supported of talks, ceasefire
// and humanitarian that a third of their reports carry, else violence); the
// sections group, the key developments rank. Sections come in the order of
// their most significant story and the items of a section in theirs; a
// talks story placed just below the attack it reacts to stands level with
// it, and of sections level the digest's own (talks, ceasefire,
// humanitarian) come before Violence. A digest of three stories or
// fewer has no key developments: it is short enough to be its own, and
// its sections follow their most significant story instead.
//
// An item is one story, whatever it shows: a story of reactions made on
// different days (news.Story.Acts) shows each act on a dated line of its
// own instead of its summary, so a reader sees another government on
// another day apart, while its id, sources and what a subscription was told
// of it stay the story's. An item's development that another item of the
// digest tells is left out (dropEchoes): one report is told in one item.
// A development telling a process (aid, an evacuation, talks) resumed goes
// to the item whose own text tells it halted, as that item's newest state;
// a halt or resumption of another section's process that no item ends is
// left out (placeResumptions): the UN's convoys resumed near the capital
// are no part of air strikes on another city. An attack's development
// that tells the Security Council's meeting on it (held, expected or
// called for) is a Talks item of its own right below the attack
// (councilSessions, Item.SessionOf): the week's diplomacy under a Talks
// heading, not an "Also reported" line of violence; it is part of the
// attack's story and counts no story, report or key line of its own.
//
// A truce is told once. The items of one conflict filed under Ceasefire,
// with the talks whose reports tell the truce's state (to revive it, to
// extend it), are one track; so are talks items of one conflict that
// report the same change (tracks). The item that first reported the
// track's change of state leads it (else the first filed under Ceasefire,
// else the first in rank); the others follow right under it as its
// developments (Item.Track, a lower heading, "on the truce above"), in
// the lead's section, and none says again the truce's state or a change
// the lead reports, in its line of facts, its notes since the last digest
// or the key developments. A development of violence that weighs by one
// outlet's relay of a party's claim alone goes under Violence, in its rank,
// when right under its lead it would come before a heavier story of
// another section: a truce does not lend its rank to a side's claim.
//
// Changes of state are decided by the analysis of each article, from its
// headline and lead (news.Analysis.Changes), and carried by its story
// (news.Story.Changes); the digest reads no text to find them. An item
// shows an arrow only with a change: a truce's state alone ("ceasefire in
// effect") is shown as a fact, not a direction, and not at all when a later
// story of the same conflict in the digest reports another state.
//
// Stories are dated by their events, as their articles' analyses date
// them (news.Story.EventFirst, EventLast), else by their reports; never by
// when they were stored. A subscription's window is on stored time, so its
// period is the span of its stories' events. A digest of a period counts in
// one line the stories reported in it about events of other days, and the
// digest of those days, made after the reports, shows them: a period's
// digest holds the stories whose events begin in it whenever they were
// reported, a story first reported weeks late too, marked "reported
// later, on 16 Jun 2016" (issue 13). A story is told in full once, in the
// period that holds its home (homeOf), and a later period tells it only by
// its own reports, as a development ("story since ...").
//
// The home is a time of the story's own: the time of its first report, or,
// when that report came after the end of its events' last day plus
// eventGrace, the first day of its events (midnight UTC). It cannot depend
// on the period asked for: digests are asked after the fact for any days —
// a day after a week, a week from a Wednesday, three days — and a rule
// that reckons a story's place from the asked period (its length, its
// start) tells it twice or never as soon as two requests disagree. A time
// lies in exactly one of any periods that do not overlap, so any set of
// them that covers it tells the story in full exactly once. Why these two
// times: a newsroom files a story on the day it learns of it, so its first
// report is its home while it is news; a report that came when even the
// digest of its own day would refuse it as old (outsideEvents: events more
// than a day older than the day) is history, filed under the day it
// happened and marked reported later. The line between them is the one a
// daily digest already draws, so daily digests are unchanged, and it is
// drawn by the story's last event day, not its first: a story still going
// on when first reported is news then. An instant, not a calendar day, so
// that a period from noon is as exact as one from midnight; days are UTC,
// as every date a period's digest prints. The whole story decides it — all
// its reports the reader may see (news.Story.Whole on a view of a period's
// reports) — so a later report can move a home (one that extends its
// events makes a late story current): a digest made after every report is
// in tells each story once.
//
// A digest is read, not scrolled: a subscription's shows its most
// significant stories (news.Subscription.StoryLimit, ten by default) and
// counts the rest in one line that says where to read them (/digest
// preview). A topic filter selects by what a story is about (a category a
// third of its reports carry, its change of state's), a keyword filter by
// its headline, summary, places and actors.
//
// # Since the last digest
//
// Each digest's outbox carries what it tells of each story (news.Outbox.
// Delivered: sources, the truce's state, changes, each originator's latest
// figure); the transaction that finishes the digest remembers it for the
// subscription (news.DeliveryMemory), exactly once, like the cursor. The
// next digest says what is new: "New", or "toll rose — SOHR: 58 (12 Apr)
// → 86 (14 Apr)" (worded as figure lines are, see Figure lines),
// "ceasefire: in effect → collapsed", "3 more sources"; a story told before
// with nothing new of note but sources ranks below the rest. Its "more
// sources" count the outlets its sources line names, as the remembered
// count did.
//
// A digest of a period of published times tells each story by the reports
// of the period; a report it draws on that was published before the period
// (a copy, a report dated before the events it tells) is listed but
// counted apart and marked, so that a reader can check every count against
// the period. A report its feed stamped before the events it tells, whose
// text carries a date of its own that fits them (a dateline, a "Published"
// line: the analysis's Dateline), goes by that date and counts as any
// other; only one with no such date is marked dated before its events: "3 sources (5 reports this period, 2 earlier): Reuters, AFP,
// SANA (earlier, 30 Mar 2017)", and the footer's "37 reports (2 of them
// earlier than the period)". A subscription's digest, on stored time,
// marks none: what was stored since its last digest is its news, and its
// notes say what is new in a story it told before.
//
// # Delivery, exactly once
//
// Deliver(subscription) first finishes the subscription's unfinished outbox,
// if a crash or a failure left one, then, when a slot of the schedule came
// since the cursor, builds the digest of [cursor, horizon) on stored time:
// the horizon is the store's StoredHorizon (read under the write lock, so
// no article with an earlier stored time is still uncommitted), cut to the
// minute for a slot and to the second for DeliverNow (/digest now); without
// a Horizon, Lag before now. An empty digest is skipped and the cursor moves
// past its window (so a restart sees no missed slot), unless the
// subscription asks for a "no new developments" note. The digest's messages
// are stored in one transaction (news.OutboxService.CreateOutbox), then sent
// in order; each is marked sent right after Discord accepts it, and the last
// mark moves the cursor in the same transaction. Each message carries a
// nonce, sent with enforce_nonce, and ends with a marker line
// ("-# digest 3f9a0c21b7de · 1/2"), both derived from the subscription and
// the window's end, so a retry is recognisable: after a restart, an unsent
// message is first looked for by its marker in the channel's recent
// messages. A channel that is gone or refuses the bot (ENOTFOUND,
// EFORBIDDEN from the Sender) pauses the subscription with the reason; its
// outbox waits, so nothing is lost when it is resumed. A subscription that
// no longer exists (removed, or retired with its deleted channel) is Gone,
// and its scheduler forgets it. A message Discord refuses for good
// (EINVALID: an invalid form body, or one that breaks Discord's limits
// before it is sent) is parked with its reason and the rest goes out; the
// Parked hook tells the guild. Any other failure leaves the outbox waiting,
// and the Scheduler retries it with back-off.
//
// Messages hold our own embeds (news.Embed); the Sender maps them to
// Discord's when it sends. Messages stored by versions before that hold
// Discord's JSON (LegacyEmbeds) and are sent as they were.
//
// # Figure lines
//
// An item gives each figure a line per originator, and each count on it
// the day of the report it comes from, so that a reader who copies one
// line copies when it was said: "SOHR: 58 (12 Apr) → 72 (13 Apr) → at
// least 86 (14 Apr)"; a line of one day's counts carries the day once, at
// its end ("SOHR: at least 24 → at least 43 (14 Apr)", "UOSSM: 4–5 (21
// Sep)"); counts whose days run against their rise (a misdated report)
// each carry theirs, joined by "; " rather than an arrow. A count says the
// group its report names ("Russian military (a party to the fighting): 62
// soldiers (18 Sep)"), also when no other count names another. A day has no
// year when it is of the digest's period's year and the period lies in
// one year, else it has one ("30 Dec 2016"). A count no originator is
// named for is the outlet's, "reported by Daily Sabah: 92 (24 Sep)". A
// key development's count is dated so too, and each end of a range
// ("killed: 92 (civil defence, 24 Sep)", "more than 40 (SOHR, 12 Apr) to
// 1,300 (opposition, a party to the fighting, 13 Apr)"); a conflict's
// line names the day of its reason once.
//
// An item's figures come killed first, then injured, then the other harms
// to people by how grave they are (killed and injured counted together,
// missing, abducted, detained, affected, treated), then those who had to
// move (displaced, evacuated). Within a kind the line the item is summed
// up by comes first — its lead, the count the headline and the key
// development cite (leadLine) — then the other originators by the day of
// their latest report, newest first; on one day a named originator before
// an outlet's count no one is named for, one not a party to the fighting
// before a party's claim, the count more reports give before one fewer
// give, a named body before a giver named by what it is, then the later
// report first: "Killed — SOHR: … → at least 126 (16 Apr)", "Killed —
// according to the civil defence: at least 100 (16 Apr)", "Killed —
// reported by Sputnik: at least 70 (15 Apr)". A story's thread orders its
// lines so.
//
// A giver named by what it is, not who — the analysis writes those in
// lower case: "hospital", "officials", "local sources", "activists",
// "civil defence", "state media" — cannot lead a line as a name does
// ("hospital: 45" leaves a reader asking which). Its line names it as a
// reader would, after "according to", with the article the noun takes
// (withArticle): none for a plural or a mass noun ("according to
// officials", "according to local media", "according to police"); "the"
// for a body a conflict has one of ("the army", "the civil defence", "the
// health ministry"); else "a" or "an", one of several and not named
// ("according to a hospital: 45 (22 Sep)"). Every line reads alike, its
// giver first and its counts after a colon, as a named body's and an
// outlet's do ("reported by Sputnik: ..."). A party's claim keeps its
// mark: "according to state media (a party to the fighting): at least 30
// (5 Sep)".
//
// A note of what changed since the last digest (Since the last digest)
// that an originator revised a count is a figure line of the count the
// reader was told and the one given now, after what changed: "toll rose —
// SOHR: 58 (12 Apr) → 86 (14 Apr)", "injured rose — according to a
// hospital: 45 (12 Apr) → 52 (14 Apr)", "toll revised down — reported by Daily
// Sabah: 92 (12 Apr) → 80 (13 Apr)". Its days are written as the lines'
// are: two counts of one day carry it once ("24 → 43 (14 Apr)"); a count
// told before digests remembered its day says "day not known" beside a
// dated one. Each says the group it counts when its report names one, and
// a change of group is no rise: "toll changed — SOHR: 25 civilians (12
// Apr) → 40 fighters (14 Apr)". A story's thread words its tolls as figure
// lines too (StoryFigureLines), a day without its year when it is of the
// year of the story's newest report.
//
// # Ranking
//
// Items are ordered by Score, highest first, ties by most recent article
// then story id. Score adds: 100 for a change of state (or a first of its
// kind); 10 for a party's own finding told only in its own outlets (a
// disaster area it declares: a statement, no change of state); else, for
// a talks story, 80 when its reports name the UN Security
// Council in their lead (a session, a veto, a resolution; not when its
// headline and lead name it only as what a state calls for: "called for
// an emergency Council meeting" is diplomacy) and 20 for other
// diplomacy; 10 per source beyond the first (outlets, counted once each, at
// most 10); 5 per further report of an outlet (at most 10); for a story of
// violence or a humanitarian crisis (not a talks story, whose tolls are the
// events it recalls), 12 per order of magnitude of its largest figure's
// lead count, times its backing — half for each originator's line, a
// quarter for a party's claim (its lines of one report once), at most
// 1.5 — so that one outlet's relay of
// a side's claim weighs less than a toll two bodies give (a count of enemy
// fighters an outlet gives in its own voice, "Over 60 terrorists were
// killed", is such a claim, and a headline's sum of the killed and the
// injured, "88 Killed & Injured", weighs as one: weigh.go); and up to 10 for
// recency, falling by half every 24 hours since the story's latest
// article. A story the subscriber was told of, with nothing new of note
// but sources, loses 60. A talks story without a change of state that
// reacts to an attack of the digest (same place, from the attack's first
// day; a killed toll of 5 or more) scores just below the weightiest such
// attack: the event first, then the session about it.
//
// # The chart
//
// Chart draws the digest's own period — by days, or by three hours for a
// period of a day or so — as stacked bars per category, 800 × 420 pixels
// for Discord's 400-pixel-wide embed, on its dark theme, in the Okabe–Ito
// palette, with text of 26 pixels in the embedded Go fonts and a
// whole-number axis; a period with fewer than two stretches of stories gets
// no chart. A subscription may turn it off (news.Subscription.NoChart).
//
// # JSON format
//
// RenderJSON writes one object; keys are only ever added, never renamed or
// removed. Times are RFC 3339 in UTC.
//
//	{
//	  "version": 2,
//	  "since": "2017-04-01T00:00:00Z",    // window start (inclusive)
//	  "until": "2017-04-08T00:00:00Z",    // window end (exclusive); absent when open
//	  "generated": "2017-04-08T06:00:00Z",
//	  "by_stored": false,                 // true: window on stored time, not published
//	  "topics": ["ceasefire"],            // the filter's topics; [] for all
//	  "period": "1–7 Apr 2017",           // as readers read it
//	  "reported": {"first": "...", "last": "..."}, // the stories' event days; absent when none
//	  "key": [{"story_id": 12, "text": "Ceasefire collapsed: ... (Aleppo; 5 sources; killed: 86 (SOHR, 19 Sep))",
//	           "why": "change of state",    // or "first of its kind", "security council", "diplomacy", "sources", "figures"
//	           "detail": "ceasefire: in effect → collapsed; 5 outlets, 7 reports; score 131.5"}],
//	                                      // a story of fewer than 5 killed and nothing else is never key
//	  "trends": [{"conflict": "syria", "name": "Syria", "trend": "deteriorated",
//	              "reason": "ceasefire collapsed (Aleppo, 19 Sep 2016)", "stories": 6,
//	              "places": [{"place": "Aleppo", "stories": 4}]}],
//	  "sections": [{
//	    "category": "ceasefire",
//	    "items": [{
//	      "story_id": 12,
//	      "headline": "...",
//	      "summary": "...",               // one or two sentences, the one that earns the section first
//	      "section": "ceasefire",
//	      "categories": ["ceasefire", "violence"],
//	      "ceasefire_status": "collapsed", // null when none; a later story of its conflict
//	                                      // that tells another state overtakes the story's own
//	      "change": "ceasefire: in effect → collapsed", // "" when the story reports no change of state
//	      "direction": "worse",           // "better" | "worse" | "unchanged" (a first) | ""
//	      "changes": [{"change": "ceasefire_collapsed", "text": "...", "at": "...", "source": "Reuters"}],
//	      "score": 131.5,
//	      "first_seen": "...", "last_seen": "...", // the reports' publication
//	      "events": {"first": "...", "last": "..."}, // the events' days; absent when unknown
//	      "place": "Aleppo", "conflict": "syria",
//	      "figures": [{"kind": "killed", "text": "at least 112 (Reuters) to 126 (SOHR)",
//	                   "value": 126, "qualifier": "exact", "by": "SOHR", "as_of": "...",
//	                   "lines": ["SOHR: 112 (12 Apr) → 126 (13 Apr)", "Reuters: at least 112 (12 Apr)",
//	                             "according to a hospital: 45 (13 Apr)"], // see Figure lines
//	                   "history": [{"by": "SOHR",  // the lines as data, in their order; "" when no one is named,
//	                                "reported_by": "", // then the outlet whose own count it is
//	                                "party_claim": false,
//	                                "counts": [{"text": "112", "value": 112, "qualifier": "exact",
//	                                            "low": 0,          // a range's lower bound; absent when none
//	                                            "who": "civilians", // the group counted; absent when not named
//	                                            "reported": "2017-04-12T09:00:00Z", // the report's publication; absent when not known
//	                                            "article_id": "..."}]}]}],
//	                   "spread": "more than 40 (SOHR, 12 Apr) to 1,300 (opposition, a party to the fighting, 13 Apr)",
//	                             // the range named sources give when they disagree widely; absent when they agree
//	                   // "word": "dozens" with "value": 0 when no source gives a number;
//	                   // "history" is absent for a figure stored without lines
//	      "sources": [{"name": "reuters", "display_name": "Reuters", // "" when not named
//	                   "title": "...", "url": "...", "article_id": "fakes-1", "published": "...",
//	                   "earlier": true,  // published before the period (a copy, a misdated report); absent when not
//	                   "feed_published": "..."}], // the feed's date of a report that goes by its own date instead
//	                                      // ("published": its text's, the feed's being before its events); absent when not
//	      "source_count": 2,              // distinct outlets
//	      "earlier_reports": 1,           // sources marked earlier; absent when none
//	      "reported_later": "2016-06-16T09:00:00Z", // a period's digest: the first report, when every
//	                                      // report came after the period ended; absent otherwise
//	      "since_last": {"new": false, "notes": ["toll rose — SOHR: 58 (12 Apr) → 86 (14 Apr)"], "told": "..."},
//	                                      // only in a subscription's digest
//	      "track": 10,                    // the item this one is a development of (its truce, its talks),
//	                                      // shown right before it; absent when none
//	      "session_of": 1                 // on the Council session an attack's reports tell: the attack's
//	                                      // story (also its story_id); absent on every other item
//	    }]
//	  }],
//	  "left_out": [{"story_id": 9, "headline": "...", "reason": "over the digest's limit",
//	                "events": {"first": "...", "last": "..."}}], // events: only when they are the reason
//	  "counts": {"stories": 14, "articles": 37, "sources": 9,
//	             "earlier": 2},           // articles published before the period; absent when none
//	  "footer": "14 stories from 37 reports (2 of them earlier than the period) by 9 sources · 1–7 Apr 2017"
//	}
package digest
