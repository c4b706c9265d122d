package bot

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestHelpNamesEveryCommand: /help names each command of the bot, and
// each subcommand on a line that names its command ("/alert add",
// "/alert list|remove").
func TestHelpNamesEveryCommand(t *testing.T) {
	for _, c := range (&Bot{}).commandList() {
		name := c.def.Name
		if name == "help" {
			continue
		}
		named := regexp.MustCompile("/" + name + `\b`)
		var lines []string
		for _, l := range strings.Split(helpText, "\n") {
			if named.MatchString(l) {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			t.Errorf("/help does not name /%s", name)
			continue
		}
		for _, o := range c.def.Options {
			if o.Type != discordgo.ApplicationCommandOptionSubCommand {
				continue
			}
			if !slices.ContainsFunc(lines, func(l string) bool {
				return slices.Contains(strings.FieldsFunc(l, func(r rune) bool { return !('a' <= r && r <= 'z') }), o.Name)
			}) {
				t.Errorf("/help does not name /%s %s", name, o.Name)
			}
		}
	}
}
