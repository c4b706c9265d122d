package bot

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/story"
)

func (b *Bot) sourcesCommand() *command {
	return &command{
		def: &discordgo.ApplicationCommand{
			Name: "sources", Description: "The feeds this server reads",
			Contexts: guildOnly, IntegrationTypes: guildInstall, DefaultMemberPermissions: manageGuild,
			Options: []*discordgo.ApplicationCommandOption{
				subOpt("list", "List the sources"),
				subOpt("add", "Add a feed (RSS, Atom or JSON Feed)",
					strOpt("url", "The feed's https URL", true, false),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: "name", MaxLength: maxLabel,
						Description: "A label for digests, shown as this server's feed (default: the feed's host)"}),
				subOpt("remove", "Remove a source", strOpt("source", "The source", true, true)),
				subOpt("health", "How each source is doing"),
			},
		},
		ephemeral: true,
		run:       b.runSources,
		complete:  b.completeSources,
	}
}

// runSources manages the guild's sources: a guild-wide resource (every
// channel's digests read them), so Manage Server is required.
func (b *Bot) runSources(ctx context.Context, in *Invocation) (*Response, error) {
	if err := in.requireManageGuild(); err != nil {
		return nil, err
	}
	switch in.Sub {
	case "add":
		return b.addSource(ctx, in)
	case "remove":
		return b.removeSource(ctx, in)
	}
	srcs, err := b.deps.Sources.Sources(ctx, in.GuildID)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	if len(srcs) == 0 {
		return reply(true, "No sources for this server yet. Add one with /sources add."), nil
	}
	unread := b.unread(ctx, srcs, in.Sub == "health")
	var lines []string
	for i := range srcs {
		lines = append(lines, sourceLine(&srcs[i], in.Sub == "health")+unreadNote(unread[srcs[i].ID]))
	}
	var msgs []*Message
	for _, t := range SplitText(strings.Join(lines, "\n"), maxContent) {
		msgs = append(msgs, &Message{Content: t})
	}
	return &Response{Messages: msgs, Ephemeral: true}, nil
}

// sourceLine shows one source: its label and URL as text (never a link:
// they are a member's words), and with health how its polling goes, in
// words safe for any member to read.
func sourceLine(s *news.Source, health bool) string {
	name := s.Name
	if name == "" {
		name = s.URL
	}
	line := fmt.Sprintf("**#%d** %s · %s", s.ID, esc(cut(name, 100)), esc(cut(s.URL, 300)))
	if !health {
		return line
	}
	switch {
	case s.Disabled():
		line += " — disabled: " + safeHealth(s.DisabledReason)
	case s.Failures > 0:
		line += fmt.Sprintf(" — %d %s in a row, last: %s", s.Failures, lang.Plural(s.Failures, "failure", "failures"), safeHealth(s.LastError))
	case !s.LastSuccess.IsZero():
		line += fmt.Sprintf(" — ok, last read <t:%d:R>", s.LastSuccess.Unix())
	default:
		line += " — not read yet"
	}
	return line
}

// unread counts the sources' items the analysis did not read, for health;
// a failure to count is logged and shows nothing, as the rest still helps.
func (b *Bot) unread(ctx context.Context, srcs []news.Source, health bool) map[int64][]news.LanguageCount {
	if !health || b.deps.Unread == nil || len(srcs) == 0 {
		return nil
	}
	ids := make([]int64, len(srcs))
	for i := range srcs {
		ids[i] = srcs[i].ID
	}
	counts, err := b.deps.Unread.UnreadLanguages(ctx, ids)
	if err != nil {
		b.log.Warn("count unread languages", "error", err)
		return nil
	}
	return counts
}

// unreadNote says what of a source the analysis did not read: "; 26 items
// in Urdu: not analysed (the bot reads English)".
func unreadNote(cs []news.LanguageCount) string {
	if len(cs) == 0 {
		return ""
	}
	var parts []string
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%d %s in %s", c.Items, lang.Plural(c.Items, "item", "items"), analyze.LanguageName(c.Language)))
	}
	return "; " + strings.Join(parts, ", ") + ": not analysed (the bot reads " + readLanguages() + ")"
}

// readLanguages names the languages the analysis reads.
func readLanguages() string {
	var names []string
	for _, code := range analyze.ReadLanguages {
		names = append(names, analyze.LanguageName(code))
	}
	return strings.Join(names, ", ")
}

// FeedProbe is what one read of a feed found: how many items, and how
// many in each language.
type FeedProbe struct {
	Items     int
	Languages map[string]int // by ISO 639-1 code; "" for items too short to tell
}

// probeTimeout bounds the read of a feed at /sources add.
const probeTimeout = 10 * time.Second

// probeNote reads the feed just added once and says when its items are in
// a language the bot does not read, so the guild is told at once, not
// when digests stay empty. A feed that cannot be read now is said so.
func (b *Bot) probeNote(ctx context.Context, guildID, u string) string {
	if b.deps.ProbeFeed == nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	p, err := b.deps.ProbeFeed(ctx, guildID, u)
	if err != nil {
		return " It could not be read just now (" + safeHealth(news.ErrorMessage(err)) + "); /sources health will say how it goes."
	}
	var unread []string
	n := 0
	for code, k := range p.Languages {
		if code != "" && !slices.Contains(analyze.ReadLanguages, code) {
			unread = append(unread, analyze.LanguageName(code))
			n += k
		}
	}
	if n == 0 {
		return ""
	}
	slices.Sort(unread)
	return fmt.Sprintf(" Note: %d of its %d latest items %s in %s, which the bot does not read (it reads %s): %s stored and "+
		"counted under /sources health, and %s out of digests.", n, p.Items, lang.Plural(n, "is", "are"), strings.Join(unread, ", "), readLanguages(),
		lang.Plural(n, "it is", "they are"), lang.Plural(n, "stays", "stay"))
}

// ipLiteral matches IPv4 and IPv6 addresses in a message.
var ipLiteral = regexp.MustCompile(`\b\d{1,3}(\.\d{1,3}){3}\b|\[?\b[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}\b\]?`)

// safeHealth is a polling error as guild members may read it: the store
// keeps the safe message of the error (feed.Poller), and what an older
// version stored, or a message that slipped an address in, has its
// addresses masked. Escaped and cut: it is text about an outside site.
func safeHealth(msg string) string {
	msg = ipLiteral.ReplaceAllString(msg, "[address hidden]")
	return esc(cut(strings.Join(strings.Fields(msg), " "), 300))
}

func (b *Bot) addSource(ctx context.Context, in *Invocation) (*Response, error) {
	u := in.String("url")
	if b.deps.CheckURL == nil {
		return nil, news.Errorf(news.EUNSUPPORTED, "Adding sources is not enabled on this bot.")
	}
	if err := b.deps.CheckURL(u); err != nil {
		if news.ErrorCode(err) == news.EINTERNAL {
			return nil, news.WrapError(news.EINVALID, "That URL cannot be used as a source.", err)
		}
		return nil, err
	}
	label, err := sourceLabel(in.String("name"), u)
	if err != nil {
		return nil, err
	}
	s := &news.Source{URL: u, Kind: news.KindFeed, Name: label, GuildID: in.GuildID, Created: b.deps.Now().UTC()}
	if err := b.deps.Guilds.CreateSourceWithin(ctx, s, b.cfg.MaxSourcesPerGuild); err != nil {
		switch news.ErrorCode(err) {
		case news.ECONFLICT:
			return nil, news.Errorf(news.ECONFLICT, "This server already reads %s.", u)
		case news.ELIMIT:
			return nil, news.WrapError(news.ELIMIT, fmt.Sprintf("This server has %d sources, the limit. Remove one with /sources remove first.", b.cfg.MaxSourcesPerGuild), err)
		}
		return nil, fmt.Errorf("create source: %w", err)
	}
	msg := fmt.Sprintf("Added source #%d %s. It is read within the next polling round.", s.ID, esc(u))
	return reply(true, msg+b.probeNote(ctx, in.GuildID, u)), nil
}

// maxLabel is the longest label of a guild's feed.
const maxLabel = 60

// sourceLabel is the label a guild's feed is shown under (as the server's:
// news.GuildLabel): the name given, else the feed's host — never the title
// the feed gives itself, which is the feed's to forge. A name that would
// pass for a news outlet (a curated feed's, or a known one's) is refused.
func sourceLabel(name, rawURL string) (string, error) {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		if u, err := url.Parse(rawURL); err == nil {
			name = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	switch {
	case utf8.RuneCountInString(name) > maxLabel:
		return "", news.Errorf(news.EINVALID, "That name is too long: at most %d characters.", maxLabel)
	case strings.Contains(name, "://"):
		return "", news.Errorf(news.EINVALID, "Name the feed in words, not with an address.")
	case story.NamesOutlet(name) || curatedName(name):
		return "", news.Errorf(news.EINVALID,
			"“%s” would pass for a news outlet the bot reads: name the feed so readers can tell it is this server's.", esc(name))
	}
	return name, nil
}

// curatedName reports whether name is a curated feed's, case and spaces aside.
func curatedName(name string) bool {
	norm := func(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
	for _, s := range feed.DefaultSources() {
		if norm(s.Name) == norm(name) {
			return true
		}
	}
	return false
}

func (b *Bot) removeSource(ctx context.Context, in *Invocation) (*Response, error) {
	id, err := strconv.ParseInt(in.String("source"), 10, 64)
	if err != nil {
		return nil, news.Errorf(news.EINVALID, "Pick a source from the list.")
	}
	s, err := b.deps.Sources.Source(ctx, id)
	if err != nil && news.ErrorCode(err) != news.ENOTFOUND {
		return nil, fmt.Errorf("find source: %w", err)
	}
	if err != nil || s.GuildID != in.GuildID {
		return nil, news.Errorf(news.ENOTFOUND, "No source #%d in this server.", id)
	}
	if err := b.deps.Sources.DeleteSource(ctx, id); err != nil {
		return nil, fmt.Errorf("delete source: %w", err)
	}
	return reply(true, fmt.Sprintf("Removed source #%d %s.", id, esc(s.URL))), nil
}

func (b *Bot) completeSources(ctx context.Context, in *Invocation, _, value string) ([]*discordgo.ApplicationCommandOptionChoice, error) {
	if in.requireManageGuild() != nil {
		return nil, nil
	}
	srcs, err := b.deps.Sources.Sources(ctx, in.GuildID)
	if err != nil {
		return nil, err
	}
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, s := range srcs {
		label := cut(fmt.Sprintf("#%d %s %s", s.ID, s.Name, s.URL), 100)
		if strings.Contains(strings.ToLower(label), strings.ToLower(value)) {
			out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: label, Value: strconv.FormatInt(s.ID, 10)})
		}
	}
	return out, nil
}
