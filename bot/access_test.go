package bot

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// checkCommandAccess asserts the registered default member permissions,
// contexts (0 guild, 1 bot DM, 2 private channel) and integration types
// (0 guild install, 1 user install) of every command.
func checkCommandAccess(t *testing.T, cmds []map[string]any) {
	t.Helper()
	type access struct {
		perms              any
		contexts, installs string
	}
	manage := strconv.Itoa(discordgo.PermissionManageChannels) // a string in Discord's answer
	server := strconv.Itoa(discordgo.PermissionManageGuild)
	want := map[string]access{
		"subscribe":     {manage, "[0 1]", "[0]"},
		"unsubscribe":   {manage, "[0 1]", "[0]"},
		"resume":        {manage, "[0 1]", "[0]"},
		"digest":        {manage, "[0 1]", "[0]"},
		"sources":       {server, "[0]", "[0]"},
		"alert":         {manage, "[0]", "[0]"},
		"follow":        {manage, "[0]", "[0]"},
		"unfollow":      {manage, "[0]", "[0]"},
		"subscriptions": {nil, "[0 1]", "[0]"},
		"latest":        {nil, "[0 1 2]", "[0 1]"},
		"help":          {nil, "[0 1 2]", "[0 1]"},
		"ask":           {nil, "[0 1 2]", "[0 1]"},
	}
	for _, c := range cmds {
		name := c["name"].(string)
		w, ok := want[name]
		if !ok {
			t.Errorf("/%s: no expectation", name)
			continue
		}
		if got := c["default_member_permissions"]; got != w.perms {
			t.Errorf("/%s default_member_permissions = %v, want %v", name, got, w.perms)
		}
		if got := fmt.Sprint(c["contexts"]); got != w.contexts {
			t.Errorf("/%s contexts = %s, want %s", name, got, w.contexts)
		}
		if got := fmt.Sprint(c["integration_types"]); got != w.installs {
			t.Errorf("/%s integration_types = %s, want %s", name, got, w.installs)
		}
	}
}
