// Package digest turns the stories of a period into a digest a reader can take
// in at a glance, and delivers digests to subscribers on their schedules,
// exactly once.
//
// Build selects the stories of a window (news.StoryService, through the
// small StorySource interface), puts each into its primary category and ranks
// them by what matters; a Builder builds many digests of one slot sharing
// the work. RenderMarkdown and RenderJSON write a digest out; Messages cuts
// the Markdown into Discord-sized messages; Chart draws events per category
// per day. ParseSchedule, NextRun and Scheduler run subscriptions on their
// schedules (robfig/cron, a time zone per subscription), and Deliverer writes
// each digest and its messages to an outbox before sending, so that a crash at
// any point neither loses nor repeats a message.
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
// outbox waits, so nothing is lost when it is resumed. A message Discord
// refuses for good (EINVALID: an invalid form body, or one that breaks
// Discord's limits before it is sent) is parked with its reason and the
// rest goes out; the Parked hook tells the guild. Any other failure leaves
// the outbox waiting, and the Scheduler retries it with back-off.
//
// # Primary category
//
// A story appears once, in its primary category: the category of its change
// of state when it has one (a ceasefire change is ceasefire news, talks opened
// or broken off is talks news, a siege lifted is humanitarian news); else
// ceasefire when the story carries a ceasefire status; else the first of its
// categories in the order of news.Categories (talks, ceasefire, humanitarian,
// violence). Only categories the filter asks for are considered.
//
// A ceasefire state is a change of state only when the story saw it change
// (news.Story.PrevCeasefireStatus) or its headline or lead tells the
// declaration, violation or collapse as news, not as background ("a day
// after Russia and the US agreed a truce"); otherwise the item shows the
// state without a direction.
//
// # Ranking
//
// Within a section, items are ordered by Score, highest first, ties by most
// recent article then story id. Score adds, in decreasing weight: 100 for a
// change of state; 10 per source beyond the first (outlets, counted once each,
// at most 10); 5 per order of magnitude of the largest figure (killed,
// injured, displaced, evacuated); and up to 10 for recency, falling by half
// every 24 hours since the story's latest article.
//
// # JSON format
//
// RenderJSON writes one object; keys are only ever added, never renamed or
// removed. Times are RFC 3339 in UTC.
//
//	{
//	  "version": 1,
//	  "since": "2017-04-01T00:00:00Z",    // window start (inclusive)
//	  "until": "2017-04-08T00:00:00Z",    // window end (exclusive); absent when open
//	  "generated": "2017-04-08T06:00:00Z",
//	  "by_stored": false,                 // true: window on stored time, not published
//	  "topics": ["ceasefire"],            // the filter's topics; [] for all
//	  "sections": [{
//	    "category": "ceasefire",
//	    "items": [{
//	      "story_id": 12,
//	      "headline": "...",
//	      "summary": "...",               // one or two sentences
//	      "categories": ["ceasefire", "violence"],
//	      "ceasefire_status": "violated", // null when none
//	      "change": "ceasefire violated", // "" when the story reports no change of state
//	      "direction": "worse",           // "better" | "worse" | "unchanged" | ""
//	      "score": 131.5,
//	      "first_seen": "...", "last_seen": "...",
//	      "figures": [{"kind": "killed", "text": "at least 112 (Reuters) to 126 (SOHR)",
//	                   "value": 126, "qualifier": "exact", "by": "SOHR", "as_of": "..."}],
//	      "sources": [{"name": "reuters", "display_name": "Reuters", // "" when not named
//	                   "title": "...", "url": "...", "article_id": "fakes-1", "published": "..."}],
//	      "source_count": 2               // distinct outlets
//	    }]
//	  }],
//	  "left_out": [{"story_id": 9, "headline": "...", "reason": "over the limit of 20 stories"}],
//	  "counts": {"stories": 14, "articles": 37, "sources": 9},
//	  "footer": "14 stories from 37 articles, 9 sources · 1–8 Apr 2017"
//	}
package digest
