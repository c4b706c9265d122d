package bot

import (
	"fmt"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/news"
)

// maxStringOption is Discord's longest string option value.
const maxStringOption = 6000

// checkOptions checks a command's options on the server as Discord
// documents them for the command's definition: known names, once each,
// of the declared type; strings within their lengths and choices; numbers
// whole when integers and within their range; required ones present.
// Discord's client enforces these, but anything that can sign or forge a
// payload (a non-standard client, a replayed or crafted request) need not:
// /latest count:50 must not ask the store for fifty stories.
func checkOptions(def *discordgo.ApplicationCommand, opts []*discordgo.ApplicationCommandInteractionDataOption) error {
	decl := def.Options
	if len(opts) == 1 && isSubcommand(opts[0].Type) {
		sub := findOption(decl, opts[0].Name)
		if sub == nil || sub.Type != opts[0].Type {
			return news.Errorf(news.EINVALID, "/%s has no subcommand %q.", def.Name, cut(opts[0].Name, 32))
		}
		decl, opts = sub.Options, opts[0].Options
	} else if slices.ContainsFunc(decl, func(o *discordgo.ApplicationCommandOption) bool { return isSubcommand(o.Type) }) {
		return news.Errorf(news.EINVALID, "/%s needs a subcommand.", def.Name)
	}
	seen := map[string]bool{}
	for _, o := range opts {
		d := findOption(decl, o.Name)
		if d == nil || seen[o.Name] || isSubcommand(o.Type) {
			return news.Errorf(news.EINVALID, "/%s has no option %q here.", def.Name, cut(o.Name, 32))
		}
		seen[o.Name] = true
		if err := checkValue(d, o); err != nil {
			return err
		}
	}
	for _, d := range decl {
		if d.Required && !seen[d.Name] {
			return news.Errorf(news.EINVALID, "The option %s is required.", d.Name)
		}
	}
	return nil
}

func isSubcommand(t discordgo.ApplicationCommandOptionType) bool {
	return t == discordgo.ApplicationCommandOptionSubCommand || t == discordgo.ApplicationCommandOptionSubCommandGroup
}

func findOption(decl []*discordgo.ApplicationCommandOption, name string) *discordgo.ApplicationCommandOption {
	for _, d := range decl {
		if d.Name == name {
			return d
		}
	}
	return nil
}

// checkValue checks one value against its declaration.
func checkValue(d *discordgo.ApplicationCommandOption, o *discordgo.ApplicationCommandInteractionDataOption) error {
	bad := func(format string, args ...any) error {
		return news.Errorf(news.EINVALID, "The option %s "+format, append([]any{d.Name}, args...)...)
	}
	if o.Type != d.Type {
		return bad("has the wrong type.")
	}
	switch d.Type {
	case discordgo.ApplicationCommandOptionString:
		s, ok := o.Value.(string)
		n, limit := utf8.RuneCountInString(s), maxStringOption
		if d.MaxLength > 0 {
			limit = d.MaxLength
		}
		switch {
		case !ok:
			return bad("must be text.")
		case n > limit:
			return bad("is too long: at most %d characters.", limit)
		case d.MinLength != nil && n < *d.MinLength:
			return bad("is too short: at least %d characters.", *d.MinLength)
		case len(d.Choices) > 0 && !hasChoice(d.Choices, s):
			return bad("must be one of its choices.")
		}
	case discordgo.ApplicationCommandOptionInteger, discordgo.ApplicationCommandOptionNumber:
		return checkNumber(d, o.Value, bad)
	case discordgo.ApplicationCommandOptionBoolean:
		if _, ok := o.Value.(bool); !ok {
			return bad("must be true or false.")
		}
	}
	return nil
}

func checkNumber(d *discordgo.ApplicationCommandOption, v any, bad func(string, ...any) error) error {
	f, ok := v.(float64)
	switch {
	case !ok || math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1<<53:
		return bad("must be a number.")
	case d.Type == discordgo.ApplicationCommandOptionInteger && f != math.Trunc(f):
		return bad("must be a whole number.")
	case d.MinValue != nil && f < *d.MinValue:
		return bad("must be at least %g.", *d.MinValue)
	case d.MaxValue != 0 && f > d.MaxValue:
		return bad("must be at most %g.", d.MaxValue)
	case len(d.Choices) > 0 && !hasChoice(d.Choices, f):
		return bad("must be one of its choices.")
	}
	return nil
}

func hasChoice(choices []*discordgo.ApplicationCommandOptionChoice, v any) bool {
	for _, c := range choices {
		if fmt.Sprint(c.Value) == fmt.Sprint(v) {
			return true
		}
	}
	return false
}
