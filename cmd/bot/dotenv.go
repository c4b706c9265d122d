package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// dotEnvFile is read from the working directory by every command.
const dotEnvFile = ".env"

// maxDotEnv caps what is read of a .env file: it is configuration, not data.
const maxDotEnv = 1 << 20

// readDotEnv reads a .env file: NAME=value lines, '#' comments, an optional
// "export " prefix, values optionally in single quotes (taken as written)
// or double quotes (with \n, \" and \\ escapes). A missing file is no
// error. A bad line is named by its number; its text is not repeated, as
// it may hold a secret.
func readDotEnv(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	vars, err := parseDotEnv(io.LimitReader(f, maxDotEnv+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return vars, nil
}

// parseDotEnv parses the text of a .env file.
func parseDotEnv(r io.Reader) (map[string]string, error) {
	vars := map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxDotEnv)
	n, size := 0, 0
	for sc.Scan() {
		n++
		size += len(sc.Bytes()) + 1
		if size > maxDotEnv {
			return nil, fmt.Errorf("longer than %d bytes", maxDotEnv)
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, err := parseDotEnvLine(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		vars[name] = value
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", n+1, err)
	}
	return vars, nil
}

func parseDotEnvLine(line string) (name, value string, err error) {
	line = strings.TrimPrefix(line, "export ")
	name, value, ok := strings.Cut(line, "=")
	name = strings.TrimSpace(name)
	if !ok || !validEnvName(name) {
		return "", "", errors.New("want NAME=value (a name of letters, digits and _)")
	}
	value = strings.TrimSpace(value)
	switch {
	case strings.HasPrefix(value, "'"):
		end := strings.IndexByte(value[1:], '\'')
		if end < 0 {
			return "", "", fmt.Errorf("%s: unterminated single quote", name)
		}
		return name, value[1 : end+1], afterQuote(name, value[end+2:])
	case strings.HasPrefix(value, `"`):
		v, rest, ok := unquoteDouble(value[1:])
		if !ok {
			return "", "", fmt.Errorf("%s: unterminated double quote", name)
		}
		return name, v, afterQuote(name, rest)
	}
	// An unquoted value ends at a comment that follows a space.
	if i := strings.Index(value, " #"); i >= 0 {
		value = strings.TrimSpace(value[:i])
	}
	return name, value, nil
}

// afterQuote checks what follows a closing quote: nothing, or a comment.
func afterQuote(name, rest string) error {
	if rest = strings.TrimSpace(rest); rest != "" && !strings.HasPrefix(rest, "#") {
		return fmt.Errorf("%s: text after the closing quote", name)
	}
	return nil
}

// unquoteDouble reads a double-quoted value up to its closing quote and
// returns the rest of the line.
func unquoteDouble(s string) (value, rest string, ok bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), s[i+1:], true
		case c == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			default:
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", "", false
}

func validEnvName(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// layeredEnv looks a variable up in the process environment first, then in
// the .env file's variables: what the environment sets wins, even when it
// sets an empty value.
func layeredEnv(lookup func(string) (string, bool), file map[string]string) env {
	return func(name string) string {
		if v, ok := lookup(name); ok {
			return v
		}
		return file[name]
	}
}

// unknownVariables lists the names of a .env file that look like ours (CD_,
// DISCORD_, INTERACTIONS_) but name no setting: most often a typo.
func unknownVariables(file map[string]string) []string {
	var out []string
	for name := range file {
		ours := strings.HasPrefix(name, "CD_") || strings.HasPrefix(name, "DISCORD_") || strings.HasPrefix(name, "INTERACTIONS_")
		if ours && settingNamed(name) == nil {
			out = append(out, name)
		}
	}
	return out
}
