// Command fakediscord serves the fake Discord of internal/fakediscord on
// loopback, for scripts that run the real binary against it (CI's
// .ci/dockerfile-steps runs `bot doctor` so). It prints one JSON line with
// the base URL, the token and the application id, then serves until
// SIGINT or SIGTERM.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/conflict-digest/conflict-digest/internal/fakediscord"
)

func main() {
	guilds := flag.String("guilds", "300000000000000001", "comma-separated guild ids the bot is in")
	channel := flag.String("channel", "", "a text channel of the first guild, as guild:channel:name, where the bot has Discord's default permissions")
	flag.Parse()
	fake := fakediscord.New(fakediscord.Options{Guilds: strings.Split(*guilds, ",")})
	defer fake.Close()
	if *channel != "" {
		parts := strings.SplitN(*channel, ":", 3)
		if len(parts) != 3 {
			fmt.Fprintln(os.Stderr, "fakediscord: -channel wants guild:channel:name")
			os.Exit(2)
		}
		fake.SetChannel(fakediscord.GuildChannel{GuildID: parts[0], ID: parts[1], Name: parts[2]})
	}
	json.NewEncoder(os.Stdout).Encode(map[string]string{
		"url": fake.URL(), "token": fake.Token(), "application_id": fake.ApplicationID()})
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	<-sig
	for _, err := range fake.CheckResponses() {
		fmt.Fprintln(os.Stderr, "fakediscord:", err)
	}
}
