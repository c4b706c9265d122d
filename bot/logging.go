package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// discordgo logs through one process-wide function; it is pointed at the
// logger of the most recently created bot, with the token redacted.
var dgLog struct {
	sync.Mutex
	log   *slog.Logger
	token string
}

// adaptDiscordgoLogger routes discordgo's warnings and errors to log.
func adaptDiscordgoLogger(log *slog.Logger, token string) {
	dgLog.Lock()
	dgLog.log, dgLog.token = log, token
	dgLog.Unlock()
	discordgo.Logger = func(level, _ int, format string, args ...any) {
		dgLog.Lock()
		l, tok := dgLog.log, dgLog.token
		dgLog.Unlock()
		msg := fmt.Sprintf(format, args...)
		if tok != "" {
			msg = strings.ReplaceAll(msg, tok, "[token]")
		}
		lv := slog.LevelWarn
		if level == discordgo.LogError {
			lv = slog.LevelError
		}
		l.Log(context.Background(), lv, "discordgo", "detail", msg)
	}
}
