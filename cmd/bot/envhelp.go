package main

import (
	"fmt"
	"io"
	"strings"
)

// writeEnvHelp lists the variables of the scopes sc, grouped, each with
// its default and meaning: the help of `bot run` and `bot doctor`.
func writeEnvHelp(w io.Writer, sc scope) {
	fmt.Fprintf(w, "\nEnvironment (also read from %s in the working directory; the environment wins):\n", dotEnvFile)
	group := ""
	for _, s := range settings {
		if s.scope&sc == 0 {
			continue
		}
		if s.group != group {
			group = s.group
			fmt.Fprintf(w, "\n  %s\n", group)
		}
		def := s.def
		if def == "" {
			def = "empty"
		}
		fmt.Fprintf(w, "  %s (default: %s)\n", s.name, def)
		for _, line := range wrap(s.help, 80) {
			fmt.Fprintf(w, "        %s\n", line)
		}
	}
}

// envExampleHeader opens .env.example.
const envExampleHeader = `# conflict-digest configuration. Every variable, with its default.
# Copy to .env in the bot's working directory (never commit it), or set the variables in the
# environment, which wins over .env. ` + "`bot`" + ` with no arguments, ` + "`bot ingest`, `bot analyze`, `bot digest`" + `
# and ` + "`bot ask`" + ` need none of the Discord ones. Made from the table in cmd/bot/settings.go
# (go test ./cmd/bot -run EnvExample -update); ` + "`bot run --help`" + ` prints the same.
`

// envExample is the text of .env.example, made from the settings table.
func envExample() string {
	var b strings.Builder
	b.WriteString(envExampleHeader)
	group := ""
	for _, s := range settings {
		if s.group != group {
			group = s.group
			fmt.Fprintf(&b, "\n# --- %s %s\n", group, strings.Repeat("-", 88-len(group)))
		}
		for _, line := range wrap(s.help, 94) {
			fmt.Fprintf(&b, "# %s\n", line)
		}
		fmt.Fprintf(&b, "%s=%s\n", s.name, s.def)
	}
	return b.String()
}

// wrap breaks text into lines of at most width characters, at spaces.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		if line != "" && len(line)+1+len(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
