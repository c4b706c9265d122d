package digest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The top of a digest, as an OCHA flash update's key messages and a
// CrisisWatch line per conflict: what changed, and where things went.

// maxKey is how many key developments a digest leads with.
const maxKey = 3

// keyDevelopments returns the period's key developments: the changes of
// state and firsts first, then the stories with the most sources and the
// largest figures, by score; within each, the stories whose events reach
// into the period (since) before those whose events ended before it. A
// story whose weight is a very small toll (below keyToll killed) is not
// one, whatever its sources. A digest of three stories or fewer has none:
// its list is short enough to be its own summary.
func keyDevelopments(items []Item, since time.Time) []KeyItem {
	out := []KeyItem{}
	if len(items) <= maxKey {
		return out
	}
	var order []Item
	for _, it := range items {
		if it.leadsSaid {
			continue // its change is its track's lead's, told once (tracks)
		}
		if !it.smallToll() {
			order = append(order, it)
		}
	}
	first := func(a, b bool) int {
		switch {
		case a == b:
			return 0
		case a:
			return -1
		}
		return 1
	}
	inPeriod := func(it *Item) bool { return it.reaches(since) }
	slices.SortStableFunc(order, func(a, b Item) int {
		if c := first(a.Change != "", b.Change != ""); c != 0 {
			return c
		}
		if c := first(inPeriod(&a), inPeriod(&b)); c != 0 {
			return c
		}
		return cmp.Compare(b.Score, a.Score)
	})
	byToll(order, inPeriod)
	for _, it := range order[:min(maxKey, len(order))] {
		k := KeyItem{StoryID: it.StoryID, Text: keyText(&it), Why: keyWhy(&it), Detail: keyDetail(&it)}
		if n, own := truceReports(&it, items); n > own {
			// Other stories of the period tell the same truce's state:
			// the change is told by more than its own story's reports.
			k.Text = strings.TrimSuffix(k.Text, ")") + fmt.Sprintf("; %d reports tell the ceasefire %s)", n, ceasefireWords[it.CeasefireStatus])
			k.Detail += fmt.Sprintf("; %d reports tell the ceasefire %s", n, ceasefireWords[it.CeasefireStatus])
		}
		out = append(out, k)
	}
	return out
}

// byToll reorders, among their own places in order, the items a key line
// weighs by their dead (tollClass): the larger toll's order of magnitude
// first, then by score, those whose events reach into the period first as
// before. A further outlet weighs in a score as a tenfold toll does, so
// that a bomb of a handful of dead that two outlets told would lead a
// strike of dozens that one told: a key line weighs the event first, its
// outlets within events of one size. Changes of state, talks, a truce's
// news and stories without a toll keep their places.
func byToll(order []Item, inPeriod func(*Item) bool) {
	var at []int
	for i := range order {
		if tollClass(&order[i]) >= 0 {
			at = append(at, i)
		}
	}
	tolled := make([]Item, len(at))
	for k, i := range at {
		tolled[k] = order[i]
	}
	slices.SortStableFunc(tolled, func(a, b Item) int {
		if pa, pb := inPeriod(&a), inPeriod(&b); pa != pb {
			if pa {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(tollClass(&b), tollClass(&a)); c != 0 {
			return c
		}
		return cmp.Compare(b.Score, a.Score)
	})
	for k, i := range at {
		order[i] = tolled[k]
	}
}

// tollClass is the order of magnitude of the dead an item of violence or
// harm is summed up by (0 for 1–9, 1 for 10–99, ...): -1 for a change of
// state, talks, a truce's news (filed under Ceasefire: its weight is the
// truce's), or no count of the dead.
func tollClass(it *Item) int {
	f := mainFigure(it)
	if it.Change != "" || it.Section == news.Talks || it.Section == news.Ceasefire || !it.reportsHarm() || f == nil || !f.tollSign() {
		return -1 // a side's claim, a count of months or a headline's sum weighs by its score alone (weigh.go)
	}
	n := f.Value
	if lc, ok := f.leadCount(); ok && lc.Value > 0 {
		n = lc.Value
	}
	c := 0
	for ; n >= 10; n /= 10 {
		c++
	}
	return c
}

// truceReports counts the reports of the period that tell the state a
// story's change of a truce reached: those of its own, and of the other
// stories of its conflict that report the truce in that state (the strikes
// that followed its end, "days after the ceasefire collapsed"), each
// report by its own analysis (truceTellers); 0 for a story whose change
// is not a truce's. own is how many of them are the story's. Only stories
// about the truce count (filed under Ceasefire, or so filed before a
// claim-only development went under Violence): a report of violence that
// names the truce as background does not tell its state; nor does a
// report of such a story that never names the truce (a shelling's second
// report, which its story joined by the attack it tells).
func truceReports(it *Item, items []Item) (n, own int) {
	if it.changeOf != news.Ceasefire || it.CeasefireStatus == "" {
		return 0, 0
	}
	for i := range items {
		o := &items[i]
		ceasefire := o.Section == news.Ceasefire || o.primary == news.Ceasefire // a truce's claim-only development told under Violence still tells it (tracks)
		switch {
		case o.StoryID == it.StoryID:
			own = truceTellers(o, it.CeasefireStatus)
			n += own
		case o.Conflict == it.Conflict && ceasefire && o.CeasefireStatus == it.CeasefireStatus:
			n += truceTellers(o, it.CeasefireStatus)
		}
	}
	return n, own
}

// truceTellers counts the reports of o whose own analysis gives the truce
// state st. A story none of whose reports carries its analysis's state (one
// built without them) counts every report, as its story tells st.
func truceTellers(o *Item, st news.CeasefireStatus) int {
	n, known := 0, false
	for _, s := range o.Sources {
		known = known || s.truce != ""
		if s.truce == st {
			n++
		}
	}
	if !known {
		return len(o.Sources)
	}
	return n
}

// keyToll is the smallest killed count that makes a story of violence a
// key development: a mortar round that killed two is news of the day, not
// of the week.
const keyToll = 5

// smallToll reports a story whose only weight is a toll below keyToll: no
// change of state, no diplomacy, and a killed count under it.
func (it *Item) smallToll() bool {
	if it.Change != "" || it.Section == news.Talks || !it.reportsHarm() {
		return false
	}
	f := mainFigure(it)
	if f == nil || f.Kind != news.FigureKilled {
		return false
	}
	n := f.Value
	if lc, ok := f.leadCount(); ok {
		n = lc.Value
	}
	return n < keyToll
}

func keyWhy(it *Item) string {
	switch {
	case it.Changes != nil && it.Changes[len(it.Changes)-1].Change == news.ChangeFirst:
		return "first of its kind"
	case it.Change != "":
		return "change of state"
	case it.council && it.Section == news.Talks:
		return "security council"
	case it.Section == news.Talks:
		return "diplomacy"
	case it.SourceCount >= 3:
		return "sources"
	}
	return "figures"
}

// keyDetail says in words what weighed a key development: "ceasefire:
// in effect → collapsed; 1 outlet, 1 report; score 100", "8 outlets, 12
// reports; killed at least 126 (SOHR, 16 Apr) from 4 originators; score 128.3".
func keyDetail(it *Item) string {
	var parts []string
	switch keyWhy(it) {
	case "first of its kind", "change of state":
		parts = append(parts, it.Change)
	case "security council":
		parts = append(parts, "talks the UN Security Council leads")
	case "diplomacy":
		parts = append(parts, "talks")
	}
	reports := fmt.Sprintf("%d %s, %d %s", it.SourceCount, lang.Plural(it.SourceCount, "outlet", "outlets"),
		len(it.Sources), lang.Plural(len(it.Sources), "report", "reports"))
	if it.EarlierReports > 0 {
		reports += fmt.Sprintf(" (%d earlier than the period)", it.EarlierReports)
	}
	if it.MisdatedReports > 0 {
		reports += fmt.Sprintf(" (%d dated before its events)", it.MisdatedReports)
	}
	parts = append(parts, reports)
	if f := mainFigure(it); f != nil && it.reportsHarm() && it.Section != news.Talks {
		n := max(originators(f), 1)
		parts = append(parts, fmt.Sprintf("%s %s from %d %s", f.Kind, figureShort(f), n, lang.Plural(n, "originator", "originators")))
	}
	parts = append(parts, fmt.Sprintf("score %g", it.Score))
	return strings.Join(parts, "; ")
}

// originators counts the givers of f's lines: one giver's lines of two
// groups ("8 civilians", a total of 9) are one originator's; a line of
// no one named counts by its outlet.
func originators(f *ItemFigure) int {
	if len(f.History) == 0 {
		return len(f.Lines)
	}
	seen := map[string]bool{}
	for _, h := range f.History {
		seen[h.By+"\x00"+h.ReportedBy] = true
	}
	return len(seen)
}

// keyText is one key development: "Ceasefire collapsed: <headline> (Aleppo;
// 5 sources; killed: at least 39 (SOHR, 19 Sep))", "... (Damascus; 1
// source, 4 reports)". A talks story's line
// gives no toll: the toll its reports recall is the attack's, which its
// own line gives.
func keyText(it *Item) string {
	var b strings.Builder
	if it.Change != "" {
		b.WriteString(capitalise(it.Change) + ": ")
	}
	b.WriteString(it.Headline)
	var meta []string
	if it.Place != "" {
		meta = append(meta, it.Place)
	}
	if it.EarlierReports == 0 && it.MisdatedReports == 0 {
		// "1 source, 4 reports", as its sources line counts them: an
		// outlet's four reports over three days are more than "1 source".
		meta = append(meta, SourceCount(it))
	} else {
		meta = append(meta, fmt.Sprintf("%d %s", it.SourceCount, lang.Plural(it.SourceCount, "source", "sources")))
	}
	if split := ReportSplit(it); split != "" {
		// The period's reports and the earlier ones, as its sources
		// line counts them.
		meta = append(meta, split)
	}
	if f := mainFigure(it); f != nil && it.reportsHarm() && it.Section != news.Talks {
		meta = append(meta, f.Kind+": "+figureShort(f))
	}
	b.WriteString(" (" + strings.Join(meta, "; ") + ")")
	return b.String()
}

// mainFigure is the item's killed figure, else its first one.
func mainFigure(it *Item) *ItemFigure {
	for i := range it.Figures {
		if it.Figures[i].Kind == news.FigureKilled && it.Figures[i].Value > 0 {
			return &it.Figures[i]
		}
	}
	if len(it.Figures) > 0 && it.Figures[0].Value > 0 {
		return &it.Figures[0]
	}
	return nil
}

// figureShort is a figure's lead count as its originator gives it, with
// the group its figure line gives it and the day of its report: "86 (SOHR,
// 14 Apr)", "19 soldiers (SOHR, 12 Jul)" — a key line of "19" alone beside
// the item's "SOHR: 19 soldiers" reads as the event's whole toll (issue 10,
// fig43).
func figureShort(f *ItemFigure) string {
	if f.Spread != "" {
		return f.Spread
	}
	best, ok := f.leadCount()
	if !ok {
		return f.Text
	}
	at := time.Time{}
	if f.lead != nil {
		at = f.AsOf // the lead's newest report (newItemFigure)
	}
	count := best.Text
	if best.Who != "" {
		count += " " + best.Who
	}
	count += overDays(f)
	if best.By == "" {
		if when := dated("", at, f.day); when != "" {
			return count + " (" + when + ")"
		}
		return count
	}
	who, party := f.viaWho(best)
	return count + " (" + dated(partyMarked(who, party), at, f.day) + ")"
}

// viaWho is who gives count c of f for a key line or a conflict's line and
// whether a party's claim marks it: its giver (who), and after the lead's
// giver the party's media its line came through, as its figure line says
// ("local sources via SANA", a party's relay).
func (f *ItemFigure) viaWho(c news.DeliveredFigure) (string, bool) {
	who := f.who(c.By)
	if f.leadVia == "" || f.lead == nil || c.By != f.lead.By {
		return who, c.PartyClaim
	}
	return who + " via " + f.leadVia, c.PartyClaim || f.leadViaParty
}

// partyMarked is who gave a count, marked when a party to the fighting gave
// it, as a spread's end is: "officials, a party to the fighting", so that a
// key development or a conflict's line marks the claim its item's figure
// line marks ("according to officials (a party to the fighting)").
func partyMarked(who string, party bool) string {
	if party && who != "" {
		return who + ", a party to the fighting"
	}
	return who
}

// leadCount is the count an item is summed up by: its lead (leadLine),
// else the largest of its originators' latest counts; false for none.
func (f *ItemFigure) leadCount() (news.DeliveredFigure, bool) {
	if f.lead != nil {
		return *f.lead, true
	}
	if len(f.Latest) == 0 {
		return news.DeliveredFigure{}, false
	}
	best := f.Latest[0]
	for _, l := range f.Latest[1:] {
		if l.Value > best.Value {
			best = l
		}
	}
	return best, true
}

// conflictNames are the names of the gazetteer's conflicts, for readers.
var conflictNames = map[string]string{
	"israel-gaza": "Israel and Gaza", "south-sudan": "South Sudan", "drc": "DR Congo",
	"car": "Central African Republic", "nagorno-karabakh": "Nagorno-Karabakh", "syria": "Syria",
	"iraq": "Iraq", "yemen": "Yemen", "ukraine": "Ukraine", "sahel": "Sahel", "sudan": "Sudan",
	"myanmar": "Myanmar", "lebanon": "Lebanon", "libya": "Libya", "ethiopia": "Ethiopia",
	"somalia": "Somalia", "afghanistan": "Afghanistan", "nigeria": "Nigeria", "mozambique": "Mozambique",
	"iran": "Iran", "haiti": "Haiti", "chechnya": "Chechnya", "kashmir": "Kashmir",
	"waziristan": "Waziristan", "cameroon": "Cameroon", "kyrgyzstan-tajikistan": "Kyrgyzstan–Tajikistan border",
}

// ConflictName names a conflict code for readers.
func ConflictName(code string) string {
	if n, ok := conflictNames[code]; ok {
		return n
	}
	if code == "" {
		return "Elsewhere"
	}
	return capitalise(strings.ReplaceAll(code, "-", " "))
}

// massToll is a killed figure large enough to mark a conflict's period as
// deteriorated by itself.
const massToll = 50

// maxTrendPlaces is how many places a trend line counts.
const maxTrendPlaces = 6

// trends returns a line per conflict of the items, most stories first: it
// deteriorated when one of its stories reports a change for the worse or a
// mass-casualty event, improved when one reports a change for the better
// and none for the worse, else it is unchanged; the reason names the
// story's change and place, and after a change for the worse the largest
// mass-casualty toll of another story. Stories of no known conflict are one line.
// since is the period's start: a toll of events that ended before it
// (reported again in the period) gives way to one of the period's own.
func trends(items []Item, since time.Time) []Trend {
	by := map[string][]*Item{}
	var order []string
	for i := range items {
		c := items[i].Conflict
		if _, ok := by[c]; !ok {
			order = append(order, c)
		}
		by[c] = append(by[c], &items[i])
	}
	out := []Trend{}
	for _, c := range order {
		t := Trend{Conflict: c, Name: ConflictName(c), Stories: len(by[c])}
		t.Places, t.Elsewhere = placeCounts(by[c])
		t.Trend, t.Reason = trendOf(by[c], since)
		out = append(out, t)
	}
	slices.SortStableFunc(out, func(a, b Trend) int {
		if (a.Conflict == "") != (b.Conflict == "") {
			if a.Conflict == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(b.Stories, a.Stories)
	})
	return out
}

// trendOf decides one conflict's trend from its items, best first.
func trendOf(items []*Item, since time.Time) (trend, reason string) {
	worst, f := worstToll(items, since)
	for _, it := range items {
		if it.Direction == Worse {
			reason = it.Change + where(it)
			if worst != nil && worst != it {
				// The change first, then the mass toll of another
				// story: a strike on the state's forces in the week
				// of a massacre tells both.
				reason += "; " + tollText(f) + tollWhere(worst, f)
			}
			return TrendWorse, reason
		}
	}
	if worst != nil {
		return TrendWorse, tollText(f) + tollWhere(worst, f)
	}
	for _, it := range items {
		if it.Direction == Better {
			return TrendBetter, it.Change + where(it)
		}
	}
	violent := 0
	for _, it := range items {
		if slices.Contains(it.Categories, news.Violence) {
			violent++
		}
	}
	reason = "no change of state reported; "
	if it := firstBreachAgain(items); it != nil {
		// the truce's routine breaches, which a reader should not take
		// for a truce that holds
		reason = "no change of state reported: the ceasefire, reported violated before the period, breached again" + where(it) + "; "
	}
	return TrendSame, reason + violenceShare(violent, len(items))
}

// firstBreachAgain is the item of the earliest days among those whose truce
// violation earlier periods had told (Item.breachAgain), nil for none.
func firstBreachAgain(items []*Item) *Item {
	var first *Item
	for _, it := range items {
		if it.breachAgain && (first == nil || compareDays(it, first) < 0) {
			first = it
		}
	}
	return first
}

// violenceShare counts the stories that report violence, its verb agreeing
// with the count it follows: "2 of 3 stories report violence", "1 of 3
// stories reports violence", and a lone story told as one: "the 1 story
// reports violence", "the 1 story reports no violence".
func violenceShare(violent, n int) string {
	if n == 1 {
		if violent == 1 {
			return "the 1 story reports violence"
		}
		return "the 1 story reports no violence"
	}
	return fmt.Sprintf("%d of %d %s %s violence", violent, n, lang.Plural(n, "story", "stories"), lang.Plural(violent, "reports", "report"))
}

// worstToll returns the item with the largest mass-casualty toll, those
// whose events reach into the period (since) before those that ended
// before it; nil when none reaches massToll. A toll only parties to the
// fighting give (partyOnly) is none: their claim alone decides no trend;
// nor is a side's count of its enemies' dead an outlet relays, a count of
// months or a headline's sum of the killed and the injured (tollSign).
func worstToll(items []*Item, since time.Time) (*Item, *ItemFigure) {
	var best *Item
	var bestFig *ItemFigure
	inPeriod := func(it *Item) bool { return it.reaches(since) }
	for _, it := range items {
		f := mainFigure(it)
		if f == nil || f.Value < massToll || f.partyOnly() || !f.tollSign() {
			continue
		}
		if best == nil || (inPeriod(it) && !inPeriod(best)) || (inPeriod(it) == inPeriod(best) && f.Value > bestFig.Value) {
			best, bestFig = it, f
		}
	}
	return best, bestFig
}

// partyOnly reports a figure every count of which a party to the fighting
// gives: a side's count of its enemies' or its people's dead, unconfirmed
// by anyone outside the war, says what the side claims, not by itself that
// the war grew worse (worstToll).
func (f *ItemFigure) partyOnly() bool {
	for _, l := range f.Latest {
		if !l.PartyClaim {
			return false
		}
	}
	return len(f.Latest) > 0
}

// tollText says a toll with who gives it and the group it counts, as the
// key line cites it (figureShort): "SOHR: 86 killed", "civil defence: 92
// civilians killed", or "Daily Sabah reports 92 killed" when no originator
// is named.
func tollText(f *ItemFigure) string {
	if f.spread != nil {
		return f.spread.text(nil) + " killed" // the reason dates itself
	}
	best, ok := f.leadCount()
	if !ok {
		return f.Text + " killed"
	}
	by, party := best.By, best.PartyClaim
	if by != "" {
		by, party = f.viaWho(best)
		if f.outlets[best.By] {
			by = best.By // "Daily Sabah reports ..."
		}
	}
	if party && by != "" {
		by += " (a party to the fighting)"
	}
	count := best.Text
	if best.Who != "" {
		count += " " + best.Who
	}
	killed := count + " killed" + overDays(f)
	switch {
	case best.By == "":
		return killed
	case f.outlets[best.By]:
		return by + " reports " + killed
	}
	return by + ": " + killed
}

// overDays says a period's toll is one (ItemFigure.period): " over
// several days"; "" for a toll of one day's event.
func overDays(f *ItemFigure) string {
	if f.period {
		return " over several days"
	}
	return ""
}

// tollWhere is where for a conflict's line that cites toll f of item it:
// a period's toll is dated by its report, not as the day of its event
// ("(Idlib, reported 2 Jun 2016)").
//
// A count reported on a day outside its events' days is dated by its
// report too, as its figure line and its key development date it
// ("civil defence: 92 (24 Sep)"): "(Aleppo, 23 Sep 2016; reported 24 Sep
// 2016)", so that the line never gives one figure another day than its
// item does.
func tollWhere(it *Item, f *ItemFigure) string {
	w := where(it)
	if it.Dates() == "" {
		return w
	}
	if f.period {
		return strings.Replace(w, it.Dates(), "reported "+it.Dates(), 1)
	}
	if f.lead != nil && f.spread == nil && !f.AsOf.IsZero() && it.Events != nil && it.Change == "" {
		d := reportDay(f.AsOf)
		if d.Before(reportDay(it.Events.First)) || d.After(reportDay(it.Events.Last)) {
			return strings.TrimSuffix(w, ")") + "; reported " + FormatDate(f.AsOf) + ")"
		}
	}
	return w
}

// where is an item's place and days for a line of its conflict: "(Daraa,
// 18 Sep 2016)", the days alone when the place is the conflict's country.
func where(it *Item) string {
	place := it.Place
	if strings.EqualFold(place, it.Conflict) {
		place = ""
	}
	switch {
	case place != "" && it.Dates() != "":
		return " (" + place + ", " + it.Dates() + ")"
	case place != "":
		return " (" + place + ")"
	case it.Dates() != "":
		return " (" + it.Dates() + ")"
	}
	return ""
}

// placeSuffixes name a place's area by its town's or province's name:
// "Idlib province", "Hama countryside" are counted with "Idlib", "Hama".
var placeSuffixes = []string{" province", " governorate", " countryside", " city"}

// placeKey is the name a conflict's line counts a place by: its name
// without placeSuffixes, lower-cased.
func placeKey(p string) string {
	k := strings.ToLower(strings.TrimSpace(p))
	for _, s := range placeSuffixes {
		k = strings.TrimSuffix(k, s)
	}
	return k
}

// placeCounts counts the items per place (one place however its reports
// name its area: placeKey), most first, at most
// maxTrendPlaces, and the items it does not count there (of no place, or
// of a place past the few): every item is counted once.
func placeCounts(items []*Item) ([]PlaceCount, int) {
	n := map[string]int{}
	name := map[string]string{}
	var order []string
	for _, it := range items {
		if it.Place == "" {
			continue
		}
		k := placeKey(it.Place)
		if n[k] == 0 {
			order = append(order, k)
		}
		n[k]++
		if name[k] == "" || len(it.Place) < len(name[k]) {
			name[k] = it.Place // "Idlib" for "Idlib" and "Idlib province"
		}
	}
	var out []PlaceCount
	for _, k := range order {
		out = append(out, PlaceCount{Place: name[k], Stories: n[k]})
	}
	slices.SortStableFunc(out, func(a, b PlaceCount) int { return cmp.Compare(b.Stories, a.Stories) })
	if len(out) > maxTrendPlaces {
		out = out[:maxTrendPlaces]
	}
	if len(out) == 0 {
		return nil, 0 // no place to count beside: the line counts its stories
	}
	rest := len(items)
	for _, p := range out {
		rest -= p.Stories
	}
	return out, rest
}

// setPeriod sets the digest's period and the span of its stories: the
// window's days for a digest of published times with an end, else the
// days of the stories' events (of their reports where the articles date
// no event): a subscription's window is on the time articles were stored,
// which says nothing of when the news happened.
func (d *Digest) setPeriod(items []Item) {
	var first, last time.Time
	for _, it := range items {
		a, b := it.FirstSeen, it.LastSeen
		if it.Events != nil {
			a, b = it.Events.First, it.Events.Last
		}
		if !a.IsZero() && (first.IsZero() || a.Before(first)) {
			first = a
		}
		if b.After(last) {
			last = b
		}
	}
	if !first.IsZero() && !last.IsZero() {
		d.Reported = &Span{First: first, Last: last}
	}
	d.Period = period(d)
}

// period renders the digest's period in days, the end day inclusive.
func period(d *Digest) string {
	if d.ByStored && d.Reported != nil {
		return dayRange(d.Reported.First, d.Reported.Last)
	}
	if d.Until != nil && !d.Since.IsZero() {
		return dayRange(d.Since, d.Until.Add(-time.Nanosecond))
	}
	if d.Reported != nil {
		return dayRange(d.Reported.First, d.Reported.Last)
	}
	switch {
	case d.Until != nil:
		return "up to " + FormatDate(d.Until.Add(-time.Nanosecond))
	case !d.Since.IsZero():
		return "since " + FormatDate(d.Since)
	}
	return "up to " + FormatDate(d.Generated)
}

func dayRange(a, b time.Time) string {
	a, b = a.UTC(), b.UTC()
	switch {
	case a.Format("2006-01-02") == b.Format("2006-01-02"):
		return FormatDate(a)
	case a.Year() == b.Year() && a.Month() == b.Month():
		return fmt.Sprintf("%d–%s", a.Day(), FormatDate(b))
	case a.Year() == b.Year():
		return a.Format("2 Jan") + " – " + FormatDate(b)
	}
	return FormatDate(a) + " – " + FormatDate(b)
}

// footer gives the counts and the period: "14 stories from 37 reports by
// 9 sources · 1–8 Apr 2017" — the items shown, the reports their source
// lines list and the outlets among them (Digest.count).
func footer(d *Digest) string {
	c := d.Counts
	reports := fmt.Sprintf("%d %s", c.Articles, lang.Plural(c.Articles, "report", "reports"))
	switch {
	case c.Earlier > 0 && c.Misdated > 0:
		reports += fmt.Sprintf(" (%d of them earlier than the period, %d dated before the events %s)", c.Earlier, c.Misdated, lang.Plural(c.Misdated, "it reports", "they report"))
	case c.Earlier > 0:
		reports += fmt.Sprintf(" (%d of them earlier than the period)", c.Earlier)
	case c.Misdated > 0:
		reports += fmt.Sprintf(" (%d of them dated before the events %s)", c.Misdated, lang.Plural(c.Misdated, "it reports", "they report"))
	}
	return fmt.Sprintf("%d %s from %s by %d %s · %s",
		c.Stories, lang.Plural(c.Stories, "story", "stories"), reports,
		c.Sources, lang.Plural(c.Sources, "source", "sources"), d.Period)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
