package digest

import (
	"strings"
	"unicode/utf8"
)

// MaxMessage is the most characters Discord takes in one message's content.
const MaxMessage = 2000

// Messages renders d in Discord's Markdown (RenderDiscord) as messages of
// at most limit characters each (MaxMessage when limit <= 0). Nothing is
// dropped for lack of room: items are never split when they fit in a
// message, a section that runs over continues in the next message under
// its header marked "(continued)", and every message but the last ends
// with a "continued" line.
func Messages(d *Digest, limit int) []string {
	if limit <= 0 {
		limit = MaxMessage
	}
	var b strings.Builder
	if err := RenderDiscord(&b, d); err != nil {
		return nil // a strings.Builder does not fail
	}
	return pack(blocks(b.String()), limit)
}

// block is a piece of a rendered digest that is kept whole when it can be,
// with the section header it belongs to.
type block struct {
	text   string
	header string
}

// blocks cuts rendered Markdown at blank lines: the title, each section
// header, each item and the footer are blocks.
func blocks(md string) []block {
	var out []block
	header := ""
	for _, p := range strings.Split(strings.TrimRight(md, "\n"), "\n\n") {
		if strings.HasPrefix(p, "## ") {
			line, rest, _ := strings.Cut(p, "\n")
			header = line
			out = append(out, block{text: line, header: ""})
			if rest == "" {
				continue
			}
			p = rest
		}
		out = append(out, block{text: p, header: header})
	}
	return out
}

const contLine = "-# continued in the next message"

func pack(bs []block, limit int) []string {
	var msgs []string
	var cur []string
	size := 0
	room := limit - len(contLine) - 2
	flush := func() {
		msgs = append(msgs, strings.Join(cur, "\n\n"))
		cur, size = nil, 0
	}
	for _, b := range bs {
		for _, piece := range fit(b.text, room-len(b.header)-len(" (continued)")-2) {
			if size > 0 && size+2+utf8.RuneCountInString(piece) > room {
				cur = append(cur, contLine)
				flush()
				if b.header != "" {
					cur = append(cur, b.header+" (continued)")
					size = utf8.RuneCountInString(b.header) + len(" (continued)")
				}
			}
			cur = append(cur, piece)
			size += utf8.RuneCountInString(piece) + 2
		}
	}
	if len(cur) > 0 {
		flush()
	}
	return msgs
}

// fit returns text as pieces of at most n characters, cut at line ends, then
// at spaces, and only as a last resort inside a word.
func fit(text string, n int) []string {
	if utf8.RuneCountInString(text) <= n {
		return []string{text}
	}
	var out []string
	var cur strings.Builder
	size := 0
	for _, line := range strings.Split(text, "\n") {
		for _, part := range cutRunes(line, n) {
			pn := utf8.RuneCountInString(part)
			if cur.Len() > 0 && size+1+pn > n {
				out = append(out, cur.String())
				cur.Reset()
				size = 0
			}
			if cur.Len() > 0 {
				cur.WriteByte('\n')
				size++
			}
			cur.WriteString(part)
			size += pn
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// cutRunes cuts one line into pieces of at most n characters, at the last
// space before the limit when there is one.
func cutRunes(line string, n int) []string {
	r := []rune(line)
	var out []string
	for len(r) > n {
		cut := n
		for i := n; i > n/2; i-- {
			if r[i] == ' ' {
				cut = i
				break
			}
		}
		out = append(out, strings.TrimRight(string(r[:cut]), " "))
		r = r[cut:]
		for len(r) > 0 && r[0] == ' ' {
			r = r[1:]
		}
	}
	return append(out, string(r))
}
