package bot

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/conflict-digest/conflict-digest/news"
)

// Discord's limits beyond those the renderer keeps (render.go): a message
// that breaks one would be refused (50035) on every retry.
const (
	maxURL          = 2048
	maxNonce        = 25
	maxFiles        = 10
	maxFileBytes    = 10 << 20
	maxFilenameSize = 1024
)

// validateMessage checks every field of a message against Discord's limits
// and formats. Its error is EINVALID and names the first field at fault:
// such a message is parked, never sent.
func validateMessage(m *Message, nonce string) error {
	if problem := messageProblem(m, nonce); problem != "" {
		return news.Errorf(news.EINVALID, "The message breaks Discord's limits: %s.", problem)
	}
	return nil
}

func messageProblem(m *Message, nonce string) string {
	switch {
	case m.Content == "" && len(m.Embeds) == 0 && len(m.Files) == 0:
		return "it is empty"
	case utf8.RuneCountInString(m.Content) > maxContent:
		return fmt.Sprintf("content over %d characters", maxContent)
	case len(nonce) > maxNonce:
		return fmt.Sprintf("nonce over %d characters", maxNonce)
	case len(m.Embeds) > maxEmbeds:
		return fmt.Sprintf("more than %d embeds", maxEmbeds)
	case len(m.Files) > maxFiles:
		return fmt.Sprintf("more than %d files", maxFiles)
	}
	for i, f := range m.Files {
		if len(f.Data) > maxFileBytes || f.Name == "" || len(f.Name) > maxFilenameSize {
			return fmt.Sprintf("file %d too large or badly named", i+1)
		}
	}
	total := 0
	for i, e := range m.Embeds {
		if e.Image != "" && !slices.ContainsFunc(m.Files, func(f File) bool { return f.Name == e.Image }) {
			return fmt.Sprintf("embed %d shows an image that is not attached", i+1)
		}
		n, problem := embedProblem(e)
		if problem != "" {
			return fmt.Sprintf("embed %d: %s", i+1, problem)
		}
		total += n
	}
	if total > maxEmbedTotal {
		return fmt.Sprintf("embeds with %d characters in all, over %d", total, maxEmbedTotal)
	}
	return ""
}

// embedProblem checks one embed and returns the characters that count
// toward the 6,000 of a message.
func embedProblem(e news.Embed) (int, string) {
	switch {
	case utf8.RuneCountInString(e.Title) > maxTitle:
		return 0, "title too long"
	case utf8.RuneCountInString(e.Description) > maxDescription:
		return 0, "description too long"
	case len(e.Fields) > maxFields:
		return 0, "too many fields"
	case utf8.RuneCountInString(e.Footer) > maxFooter:
		return 0, "footer too long"
	case e.Title == "" && e.Description == "" && len(e.Fields) == 0 && e.Footer == "" && e.Image == "":
		return 0, "empty"
	}
	for j, f := range e.Fields {
		if f.Name == "" || f.Value == "" {
			return 0, fmt.Sprintf("field %d empty", j+1)
		}
		if utf8.RuneCountInString(f.Name) > maxFieldName || utf8.RuneCountInString(f.Value) > maxFieldValue {
			return 0, fmt.Sprintf("field %d too long", j+1)
		}
	}
	if p := embedLinksProblem(e); p != "" {
		return 0, p
	}
	return embedLen(e), ""
}

// embedLinksProblem checks every URL of an embed: its link, and its image,
// which names an attachment (Discord reads it as attachment://NAME).
func embedLinksProblem(e news.Embed) string {
	p := linkProblem("url", e.URL, false)
	if e.Image != "" {
		p += linkProblem("image", "attachment://"+e.Image, true)
	}
	return p
}

// linkProblem checks a URL field: empty, or an absolute http(s) URL of at
// most 2,048 characters (attachment:// too where Discord takes a file).
func linkProblem(what, raw string, attachment bool) string {
	if raw == "" {
		return ""
	}
	if len(raw) > maxURL {
		return fmt.Sprintf("%s over %d characters", what, maxURL)
	}
	if attachment && strings.HasPrefix(raw, "attachment://") && len(raw) > len("attachment://") {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return what + " is not an http(s) link"
	}
	return ""
}
