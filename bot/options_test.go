package bot

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
	"github.com/conflict-digest/conflict-digest/news"
)

func opt(name string, t discordgo.ApplicationCommandOptionType, v any, sub ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: t, Value: v, Options: sub}
}

// TestCheckOptions: every option value is checked on the server as the
// command's definition declares it (issue 11: a non-standard client could
// send /latest count:50).
func TestCheckOptions(t *testing.T) {
	b := &Bot{cfg: Config{}.withDefaults()}
	cmds := indexCommands(b.commandList())
	str, num, boo := discordgo.ApplicationCommandOptionString, discordgo.ApplicationCommandOptionInteger, discordgo.ApplicationCommandOptionBoolean
	sub := discordgo.ApplicationCommandOptionSubCommand
	tests := []struct {
		name, cmd string
		opts      []*discordgo.ApplicationCommandInteractionDataOption
		ok        bool
	}{
		{"latest count 5", "latest", []*discordgo.ApplicationCommandInteractionDataOption{opt("count", num, 5.0)}, true},
		{"latest count 50", "latest", []*discordgo.ApplicationCommandInteractionDataOption{opt("count", num, 50.0)}, false},
		{"latest count 0", "latest", []*discordgo.ApplicationCommandInteractionDataOption{opt("count", num, 0.0)}, false},
		{"latest count 2.5", "latest", []*discordgo.ApplicationCommandInteractionDataOption{opt("count", num, 2.5)}, false},
		{"latest count as text", "latest", []*discordgo.ApplicationCommandInteractionDataOption{opt("count", str, "5")}, false},
		{"latest topic not a choice", "latest", []*discordgo.ApplicationCommandInteractionDataOption{opt("topic", str, "sports")}, false},
		{"latest unknown option", "latest", []*discordgo.ApplicationCommandInteractionDataOption{opt("limit", num, 5.0)}, false},
		{"latest option twice", "latest", []*discordgo.ApplicationCommandInteractionDataOption{opt("count", num, 5.0), opt("count", num, 6.0)}, false},
		{"subscribe to here", "subscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("to", str, "here")}, true},
		{"subscribe to elsewhere", "subscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("to", str, "channel 123")}, false},
		{"subscribe without to", "subscribe", nil, false},
		{"subscribe quiet_note as text", "subscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("to", str, "dm"), opt("quiet_note", str, "yes")}, false},
		{"subscribe quiet_note", "subscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("to", str, "dm"), opt("quiet_note", boo, true)}, true},
		{"ask over its length", "ask", []*discordgo.ApplicationCommandInteractionDataOption{opt("question", str, strings.Repeat("a", maxQuestion+1))}, false},
		{"ask", "ask", []*discordgo.ApplicationCommandInteractionDataOption{opt("question", str, "who?")}, true},
		{"string over Discord's 6000", "subscribe", []*discordgo.ApplicationCommandInteractionDataOption{opt("to", str, "dm"), opt("keywords", str, strings.Repeat("k", 6001))}, false},
		{"sources add", "sources", []*discordgo.ApplicationCommandInteractionDataOption{opt("add", sub, nil, opt("url", str, "https://example.org/feed"))}, true},
		{"sources add without url", "sources", []*discordgo.ApplicationCommandInteractionDataOption{opt("add", sub, nil)}, false},
		{"sources unknown subcommand", "sources", []*discordgo.ApplicationCommandInteractionDataOption{opt("drop", sub, nil)}, false},
		{"sources without subcommand", "sources", nil, false},
		{"sources option of another subcommand", "sources", []*discordgo.ApplicationCommandInteractionDataOption{opt("list", sub, nil, opt("url", str, "x"))}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkOptions(cmds[tt.cmd].def, tt.opts)
			if (err == nil) != tt.ok {
				t.Fatalf("checkOptions: %v, want accepted %v", err, tt.ok)
			}
			if err != nil && news.ErrorCode(err) != news.EINVALID {
				t.Errorf("code %q, want EINVALID", news.ErrorCode(err))
			}
		})
	}
}

// TestLatestCountFiftyRefused drives the refusal through the fake Discord:
// the answer says what is wrong and nothing is read.
func TestLatestCountFiftyRefused(t *testing.T) {
	h := startBot(t, nil)
	h.ready(t)
	r := h.command(t, testGuild, 0, "latest", fakediscord.Option{Name: "count", Type: 4, Value: 50})
	if !r.Ephemeral() || !strings.Contains(r.Content, "at most 10") {
		t.Fatalf("/latest count:50 answered %q (ephemeral %v), want a refusal", r.Content, r.Ephemeral())
	}
}
