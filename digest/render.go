package digest

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

// SectionTitles name the digest's sections.
var SectionTitles = map[string]string{
	"talks":        "Talks",
	"ceasefire":    "Ceasefire",
	"humanitarian": "Humanitarian",
	"violence":     "Violence",
}

// Arrow marks a change's direction: only an item whose story reports a
// change of state has one.
func Arrow(d Direction) string {
	switch d {
	case Better:
		return "↑"
	case Worse:
		return "↓"
	case Unchanged:
		return "★"
	}
	return ""
}

// RenderJSON writes d in the stable JSON format the package doc describes.
func RenderJSON(w io.Writer, d *Digest) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("write digest json: %w", err)
	}
	return nil
}

// RenderMarkdown writes d as standard Markdown (CommonMark), to read in a
// terminal or any Markdown viewer: a title, the key developments, a line
// per conflict, a section per category with a heading per story, and the
// footer. Discord's own flavour is RenderDiscord.
func RenderMarkdown(w io.Writer, d *Digest) error {
	return render(w, d, commonMark)
}

// A flavour is one kind of Markdown: how it marks each part of a digest
// and escapes outside text. Both flavours write the same parts in the same
// order, as blocks with a blank line between them.
type flavour struct {
	escape func(string) string
	// the formats of a list's heading, a story's headline, its line of
	// facts, its note since the last digest, its sources, the note of
	// stories left out and the footer; each has one %s, for escaped text.
	listHead, headline, meta, since, sources, more, footer string
	// devHeadline is a development's headline (Item.Track), under its
	// track's lead.
	devHeadline string
	// itemSep parts the lines of one story.
	itemSep string
	// maxLinks caps the outlets a story names (0: no cap), and link writes
	// one outlet's link.
	maxLinks int
	link     func(name, url string) string
}

var commonMark = flavour{
	escape:   mdEscape,
	listHead: "## %s\n\n", headline: "### %s", devHeadline: "#### %s", meta: "*%s*", since: "**%s**", sources: "%s", more: "%s", footer: "---\n\n*%s*",
	itemSep:  "\n\n",
	maxLinks: 10,
	link:     func(name, url string) string { return "[" + name + "](" + url + ")" },
}

// render writes d in flavour f.
func render(w io.Writer, d *Digest, f flavour) error {
	parts := []string{"# Conflict digest · " + f.escape(d.Period)}
	if d.Empty() {
		parts = append(parts, f.escape(QuietNote(d)))
	}
	list := func(head string, lines []string) {
		for i := range lines {
			lines[i] = "- " + f.escape(lines[i])
		}
		parts = append(parts, fmt.Sprintf(f.listHead, head)+strings.Join(lines, "\n"))
	}
	if len(d.Key) > 0 {
		var lines []string
		for _, k := range d.Key {
			lines = append(lines, k.Text)
		}
		list("Key developments", lines)
	}
	if len(d.Trends) > 0 {
		var lines []string
		for _, t := range d.Trends {
			lines = append(lines, TrendLine(t))
		}
		list("By conflict", lines)
	}
	for _, sec := range d.Sections {
		parts = append(parts, "## "+SectionTitles[string(sec.Category)])
		for i := range sec.Items {
			parts = append(parts, f.item(&sec.Items[i]))
		}
	}
	if n := d.OverLimit(); n > 0 {
		parts = append(parts, fmt.Sprintf(f.more, f.escape(MoreLine(d, n))))
	}
	if line := OutsideLine(d); line != "" {
		parts = append(parts, fmt.Sprintf(f.more, f.escape(line)))
	}
	parts = append(parts, fmt.Sprintf(f.footer, f.escape(d.Footer)))
	if _, err := io.WriteString(w, strings.Join(parts, "\n\n")+"\n"); err != nil {
		return fmt.Errorf("write digest: %w", err)
	}
	return nil
}

// item is one story in flavour f.
func (f flavour) item(it *Item) string {
	head := f.headline
	if it.Track != 0 {
		head = f.devHeadline
	}
	lines := []string{fmt.Sprintf(head, f.escape(it.Headline)), fmt.Sprintf(f.meta, f.escape(ItemMeta(it)))}
	if s := SinceText(it); s != "" {
		lines = append(lines, fmt.Sprintf(f.since, f.escape(s)))
	}
	if acts := ActLines(it); len(acts) > 0 {
		for i := range acts {
			acts[i] = "- " + f.escape(acts[i])
		}
		lines = append(lines, strings.Join(acts, "\n"))
	} else if it.Summary != "" {
		lines = append(lines, f.escape(it.Summary))
	}
	if it.Development != "" {
		lines = append(lines, f.escape(DevelopmentText(it)))
	}
	if it.OtherEvent != "" {
		lines = append(lines, f.escape(OtherEventText(it)))
	}
	var figures []string
	for _, l := range FigureLines(it) {
		figures = append(figures, "- "+f.escape(l))
	}
	if len(figures) > 0 {
		lines = append(lines, strings.Join(figures, "\n"))
	}
	lines = append(lines, fmt.Sprintf(f.sources, f.sourcesLine(it)))
	return strings.Join(lines, f.itemSep)
}

// sourcesLine names each outlet of an item once, linking its newest
// article where there is a link and naming it where there is none: "3
// sources: [Reuters](<url>), AFP, SANA". Past the flavour's cap, the rest
// are counted. The reports dated before the events follow apart, each
// with its outlet and date (MisdatedText): they are no sources of the item.
func (f flavour) sourcesLine(it *Item) string {
	outlets, misdated := it.ToldOutlets()
	var parts []string
	for i, s := range outlets {
		if i == f.maxLinks && f.maxLinks > 0 {
			parts = append(parts, fmt.Sprintf("and %d more", len(outlets)-f.maxLinks))
			break
		}
		name := f.escape(s.Outlet())
		if link, ok := LinkURL(s.URL); ok {
			name = f.link(name, link)
		}
		if note := EarlierNote(it, &s); note != "" {
			name += " (" + f.escape(note) + ")"
		}
		parts = append(parts, name)
	}
	line := fmt.Sprintf("%s: %s", SourceCount(it), strings.Join(parts, ", "))
	if len(misdated) > 0 {
		var names []string
		for _, s := range misdated {
			name := f.escape(s.Outlet())
			if link, ok := LinkURL(s.URL); ok {
				name = f.link(name, link)
			}
			names = append(names, name+" ("+f.escape(FormatDate(s.Published))+")")
		}
		line += "; " + f.escape(MisdatedText(it)) + ": " + strings.Join(names, ", ")
	}
	if o := DevelopmentOutlet(it); o != "" {
		line += "; also reported: " + f.escape(o)
	}
	return line
}

// DevelopmentOutlet is the outlet of an item's development
// (DevelopmentText) when it is none of the outlets that told the item: a
// resumption moved from another story's report (placeResumptions). The
// sources line names it apart ("; also reported: TRT World"), so that
// every outlet a line of the item credits is in its sources, while the
// count stays the reports of the item's own event. "" when none.
func DevelopmentOutlet(it *Item) string {
	if it.Development == "" || it.DevelopmentSource == "" {
		return ""
	}
	told, _ := it.ToldOutlets()
	for i := range told {
		if told[i].Outlet() == it.DevelopmentSource || told[i].Name == it.DevelopmentSource {
			return ""
		}
	}
	return it.DevelopmentSource
}

// SourceCount counts an item's sources, and its reports when an outlet
// gave more than one: "3 sources, 5 reports". When some were published
// before the digest's period, it says how many reports are the period's
// and how many earlier, so that a reader can check the count against the
// period: "3 sources (5 reports this period, 2 earlier)". A report dated
// before the events it reports is none of them, and its outlet no source
// unless it reported the events too: MisdatedText counts them apart. The
// footer counts the same reports and outlets over the digest's items.
func SourceCount(it *Item) string {
	s := fmt.Sprintf("%d %s", it.SourceCount, lang.Plural(it.SourceCount, "source", "sources"))
	e, n := it.EarlierReports, len(it.Sources)-it.MisdatedReports
	if e > 0 {
		return s + fmt.Sprintf(" (%d %s this period, %d earlier)", n-e, lang.Plural(n-e, "report", "reports"), e)
	}
	if n > it.SourceCount {
		s += fmt.Sprintf(", %d reports", n)
	}
	return s
}

// MisdatedText counts the reports of an item dated before the events they
// report: "and 1 report dated before the events it reports"; "" when none.
func MisdatedText(it *Item) string {
	m := it.MisdatedReports
	if m == 0 {
		return ""
	}
	return fmt.Sprintf("and %d %s dated before the events %s", m, lang.Plural(m, "report", "reports"), lang.Plural(m, "it reports", "they report"))
}

// ReportSplit says how an item's reports fall against the digest's
// period, for its key line: "5 reports this period, 2 earlier", and
// apart, as its sources line tells them, "plus 1 report dated before the
// events it reports" (none of the five); "" when all are the period's.
func ReportSplit(it *Item) string {
	e, m := it.EarlierReports, it.MisdatedReports
	var parts []string
	if e > 0 {
		n := len(it.Sources) - e - m
		parts = append(parts, fmt.Sprintf("%d %s this period, %d earlier", n, lang.Plural(n, "report", "reports"), e))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("plus %d %s dated before the events %s", m, lang.Plural(m, "report", "reports"), lang.Plural(m, "it reports", "they report")))
	}
	return strings.Join(parts, "; ")
}

// EarlierNote marks an outlet of an item (src, its newest report, as
// OutletSources gives it) whose every report listed was published before
// the digest's period: "earlier, 6 Sep 2016", the day of that report, or
// "dated 5 Sep 2016, before the events it reports" when that report is
// misdated; "" when the outlet reported in the period.
func EarlierNote(it *Item, src *ItemSource) string {
	if !src.Earlier && !src.Misdated {
		return ""
	}
	k := src.outlet()
	for i := range it.Sources {
		if s := &it.Sources[i]; s.outlet() == k && !s.Earlier && !s.Misdated {
			return ""
		}
	}
	if src.Misdated {
		return "dated " + FormatDate(src.Published) + ", before the events it reports"
	}
	return "earlier, " + FormatDate(src.Published)
}

// ItemMeta is an item's line of facts: its section, its change of state
// (with an arrow) or its ceasefire's state, the days it was reported on
// and its place: "Ceasefire · ↓ ceasefire: in effect → collapsed · 19–20
// Sep 2016 · Aleppo".
func ItemMeta(it *Item) string {
	parts := []string{SectionTitles[string(it.Section)]}
	if t := TrackText(it); t != "" {
		parts = append(parts, t)
	}
	switch {
	case it.Change != "":
		parts = append(parts, Arrow(it.Direction)+" "+it.Change)
	case it.ShowsTruce():
		parts = append(parts, TruceText(it))
	}
	if dates := it.Dates(); dates != "" {
		parts = append(parts, dates)
	}
	if it.Place != "" {
		parts = append(parts, it.Place)
	}
	if h := HistoryText(it); h != "" {
		parts = append(parts, h)
	}
	if l := LateText(it); l != "" {
		parts = append(parts, l)
	}
	return strings.Join(parts, " · ")
}

// LateText marks an item every report of which came after the digest's
// period (Item.ReportedLater), as a newsroom marks a story it learnt of
// late: "reported later, on 16 Jun 2016"; "" when a report fell in the
// period.
func LateText(it *Item) string {
	if it.ReportedLater == nil {
		return ""
	}
	return "reported later, on " + FormatDate(*it.ReportedLater)
}

// HistoryText says the story's history before the digest's period, as
// context for the period's part it tells: "story since 4 Apr 2017 (13
// earlier reports)"; "" when the story began in the period.
func HistoryText(it *Item) string {
	if it.Began == nil {
		return ""
	}
	return fmt.Sprintf("story since %s (%d earlier %s)", FormatDate(*it.Began), it.Earlier, lang.Plural(it.Earlier, "report", "reports"))
}

// ShowsTruce reports whether an item shows its truce's state: a story
// about a ceasefire or talks does; a report of violence that mentions a
// truce does not, lest "ceasefire in effect" stand beside an attack in the
// week the truce collapsed.
//
// Nor does a story whose state a later story of the same conflict in the
// digest has overtaken: "ceasefire in effect" on a report of the 15th
// beside the truce that collapsed on the 19th would tell the reader a
// state that no longer holds.
func (it *Item) ShowsTruce() bool {
	return it.CeasefireStatus != "" && !it.truceOvertaken && (it.Section == "ceasefire" || it.Section == "talks")
}

// TruceText says an item's truce state: "ceasefire in effect".
func TruceText(it *Item) string { return "ceasefire " + ceasefireWords[it.CeasefireStatus] }

// SinceText says what is new since the reader's last digest: "New", or
// "Since your last digest: toll rose — SOHR: 58 (12 Apr) → 86 (14 Apr); 3
// more sources".
func SinceText(it *Item) string {
	switch {
	case it.Since == nil:
		return ""
	case it.Since.New:
		return "New"
	}
	return "Since your last digest: " + strings.Join(it.Since.Notes, "; ")
}

// FigureLines are an item's figures, one line per originator: "Killed —
// SOHR: 58 → 72 → at least 86"; a figure no originator's line shows is
// given as its range and date.
func FigureLines(it *Item) []string {
	var out []string
	for _, f := range it.Figures {
		name := capitalise(f.Kind)
		lines := f.Lines
		if len(lines) == 0 {
			out = append(out, name+": "+f.Text)
			continue
		}
		for _, l := range lines {
			out = append(out, name+" — "+l)
		}
	}
	return out
}

// TrendLine is a conflict's line: "Syria: deteriorated — ceasefire
// collapsed (Aleppo, 19 Sep 2016). Stories: Aleppo 5, Idlib 3, elsewhere
// 1." The counts add up to the conflict's stories.
func TrendLine(t Trend) string {
	s := t.Name + ": " + t.Trend + " — " + t.Reason + "."
	if len(t.Places) > 0 {
		var ps []string
		for _, p := range t.Places {
			ps = append(ps, fmt.Sprintf("%s %d", p.Place, p.Stories))
		}
		if t.Elsewhere > 0 {
			ps = append(ps, fmt.Sprintf("elsewhere %d", t.Elsewhere))
		}
		s += " Stories: " + strings.Join(ps, ", ") + "."
	}
	return s
}

// MoreLine counts the stories left out for the digest's limit in one
// line, and says where to read them: a subscription's preview over the
// digest's days, or the command line without a limit.
func MoreLine(d *Digest, n int) string {
	where := "bot digest --limit 0 shows them all."
	if d.ByStored {
		days := 1
		if d.Until != nil && !d.Since.IsZero() {
			days = int(d.Until.Sub(d.Since)/(24*time.Hour)) + 1
		}
		where = fmt.Sprintf("/digest preview since:%dd lists them.", days)
	}
	shows := fmt.Sprintf("the %d most significant", d.Counts.Stories)
	if d.Counts.Stories == 1 {
		shows = "the most significant one"
	}
	return fmt.Sprintf("%d more %s matched and %s not shown here: the digest shows %s. %s",
		n, lang.Plural(n, "story", "stories"), lang.Plural(n, "is", "are"), shows, where)
}

// OutsideLine counts in one line the stories reported in the period about
// events outside it, with the days of those events, so that a reader who
// saw the reports knows where they went: "2 more stories reported in this
// period tell of events of other days (2 Apr 2017, 29 Apr 2017): the
// digests of those days show them." "" when there are none.
func OutsideLine(d *Digest) string {
	spans := d.OutsideEvents()
	n := len(spans)
	if n == 0 {
		return ""
	}
	var days []string
	for _, s := range spans {
		if day := dayRange(s.First, s.Last); !slices.Contains(days, day) {
			days = append(days, day)
		}
	}
	if len(days) > maxOutsideDays {
		days = append(days[:maxOutsideDays], fmt.Sprintf("and %d more", len(days)-maxOutsideDays))
	}
	return fmt.Sprintf("%d more %s reported in this period %s of events of other days (%s): the %s of those days %s %s.",
		n, lang.Plural(n, "story", "stories"), lang.Plural(n, "tells", "tell"), strings.Join(days, ", "),
		lang.Plural(len(days), "digest", "digests"), lang.Plural(len(days), "shows", "show"), lang.Plural(n, "it", "them"))
}

// maxOutsideDays is how many days OutsideLine names: enough for a week's
// stories of other days to be dated each (a reader who saw a report looks
// for its day), few enough for one footer line.
const maxOutsideDays = 8

// RenderLeftOut writes what the digest leaves out: the stories over its
// limit by headline (at most maxLeftOut, the rest counted), and the others
// counted by reason. Nothing when none is left out.
func RenderLeftOut(w io.Writer, d *Digest) error {
	if len(d.LeftOut) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("\n**Left out**\n")
	shown := 0
	reasons := map[string]int{}
	for _, l := range d.LeftOut {
		if l.Reason != reasonOverLimit {
			reasons[l.Reason]++
			continue
		}
		if shown < maxLeftOut {
			b.WriteString("- " + EscapeMarkdown(clip(l.Headline, 120)) + "\n")
		}
		shown++
	}
	if shown > maxLeftOut {
		fmt.Fprintf(&b, "- and %d more over the limit\n", shown-maxLeftOut)
	}
	keys := make([]string, 0, len(reasons))
	for r := range reasons {
		keys = append(keys, r)
	}
	sort.Strings(keys)
	for _, r := range keys {
		fmt.Fprintf(&b, "- %d %s: %s\n", reasons[r], lang.Plural(reasons[r], "story", "stories"), r)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write left out: %w", err)
	}
	return nil
}

// maxLeftOut is how many left-out headlines a preview lists.
const maxLeftOut = 15

// QuietNote is the short note posted instead of a digest with nothing new,
// for subscriptions that ask for one.
func QuietNote(d *Digest) string {
	return "No new developments (" + d.Period + ")."
}

// mdReplacer backslash-escapes what CommonMark reads as markup inside a
// line: emphasis, code (fenced with ` or ~ too), links, raw HTML, tables,
// headings and strikethrough.
var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "~", `\~`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "#", `\#`)

// mdEscape makes outside text plain text in standard Markdown, on one line.
func mdEscape(s string) string { return escapeLead(mdReplacer.Replace(oneLine(dropControls(s)))) }

// escapeLead escapes what starts a block when it starts a line — a list
// item ("- ", "+ ", "1. ", "1) "), a thematic break or a setext underline
// ("---", "===") — so that a summary that opens with one stays a
// paragraph and a headline in a list item starts no list of its own.
func escapeLead(s string) string {
	if s == "" {
		return s
	}
	if strings.ContainsRune("-+=", rune(s[0])) {
		return `\` + s
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// ActLines are the lines that show an item's separate acts, oldest first,
// each with its day and outlets: "24 Aug: Kerry told ... (Al Arabiya)";
// none when it has fewer than two, and its summary tells it.
func ActLines(it *Item) []string {
	if len(it.Acts) < 2 {
		return nil
	}
	out := make([]string, 0, len(it.Acts))
	for _, a := range it.Acts {
		line := a.Day.UTC().Format("2 Jan") + ": " + a.Text
		if len(a.Sources) > 0 {
			line += " (" + strings.Join(a.Sources, ", ") + ")"
		}
		out = append(out, line)
	}
	return out
}

// DevelopmentText is the line that shows an item's development, marked as
// another event than the item's own, with its outlet as an act's line
// names its outlets (ActLines): "Also reported: UN resumes aid deliveries
// ... (TRT World)". A development moved to another item (placeResumptions)
// is not from that item's sources: its sources line names the outlet
// apart (DevelopmentOutlet).
func DevelopmentText(it *Item) string {
	if it.Development == "" {
		return ""
	}
	line := "Also reported: " + it.Development
	if it.DevelopmentSource != "" {
		line += " (" + it.DevelopmentSource + ")"
	}
	return line
}

// OtherEventText is the line that shows an event of another town one of
// the item's reports also tells, marked as the report's, not the story's:
// "Also in this report (Homs, 22 Sep): ... (TRT World)"; "" when none.
func OtherEventText(it *Item) string {
	if it.OtherEvent == "" {
		return ""
	}
	where := it.OtherEventPlace
	if it.OtherEventDay != nil {
		where += ", " + it.OtherEventDay.Format("2 Jan")
	}
	line := "Also in this report (" + where + "): " + it.OtherEvent
	if it.OtherEventSource != "" {
		line += " (" + it.OtherEventSource + ")"
	}
	return line
}
