package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/conflict-digest/conflict-digest/news"
)

// Limits of one feed document, checked before gofeed builds its tree. The
// parser recurses once per nesting level and keeps every item: a 10 MB feed
// of nested elements overflowed the goroutine stack (a fatal error that no
// recover catches) or took 230 MB, and a 60,000-item feed allocated 1.8 GB
// (182 MB as a JSON Feed).
const (
	// MaxFeedDepth is the deepest element nesting a feed may have; real
	// feeds use under a dozen levels (rss, channel, item, media:group, ...).
	MaxFeedDepth = 64
	// MaxFeedItems is how many items of one document are parsed; feeds put
	// their newest items first, and the rest is cut before parsing.
	MaxFeedItems = 1000
)

// boundXML checks an XML feed's nesting and cuts it after its maxItems-th
// item (an RSS or RDF item, an Atom entry), closing the elements left open,
// so that the parser's time and memory are bounded by the limits whatever
// the document. It returns the document to parse and whether it was cut.
// Nesting past MaxFeedDepth is an EINVALID error. Syntax errors are left to
// the parser, which sees the same bytes up to the cut.
func boundXML(data []byte, maxItems int) ([]byte, bool, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil } // already UTF-8
	var open []xml.Name
	items := 0
	for {
		before := d.InputOffset()
		tok, err := d.RawToken()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return data, false, nil
			}
			return data, false, nil // the parser reports it, on bytes already checked
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if isItem(t.Name, len(open)) {
				if items++; items > maxItems {
					return closeOpen(data[:before], open), true, nil
				}
			}
			open = append(open, t.Name)
			if len(open) > MaxFeedDepth {
				return nil, false, news.Errorf(news.EINVALID, "malformed feed: elements nested deeper than %d levels", MaxFeedDepth)
			}
		case xml.EndElement:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
}

// isItem reports whether an element at depth (0 for the root) is a feed
// item: rss/channel/item, rdf:RDF/item, feed/entry.
func isItem(n xml.Name, depth int) bool {
	switch strings.ToLower(n.Local) {
	case "item":
		return depth == 1 || depth == 2
	case "entry":
		return depth == 1
	}
	return false
}

// closeOpen appends end tags for the open elements to doc, innermost first.
func closeOpen(doc []byte, open []xml.Name) []byte {
	out := make([]byte, 0, len(doc)+32*len(open))
	out = append(out, doc...)
	for i := len(open) - 1; i >= 0; i-- {
		out = append(out, "</"...)
		if open[i].Space != "" {
			out = append(out, open[i].Space...)
			out = append(out, ':')
		}
		out = append(out, open[i].Local...)
		out = append(out, '>')
	}
	return out
}

// boundJSON cuts a JSON Feed after the maxItems-th element of its items
// array, as boundXML does for XML feeds; keys after the array are dropped
// with the cut. A document it cannot read is left to the parser (which
// refuses nesting past encoding/json's own limit).
func boundJSON(data []byte, maxItems int) ([]byte, bool) {
	d := json.NewDecoder(bytes.NewReader(data))
	if tok, err := d.Token(); err != nil || tok != json.Delim('{') {
		return data, false
	}
	for d.More() {
		key, err := d.Token()
		if err != nil {
			return data, false
		}
		if key != "items" {
			var skip json.RawMessage
			if err := d.Decode(&skip); err != nil {
				return data, false
			}
			continue
		}
		if tok, err := d.Token(); err != nil || tok != json.Delim('[') {
			return data, false
		}
		for n := 0; d.More(); n++ {
			if n == maxItems {
				cut := d.InputOffset()
				return append(data[:cut:cut], "]}"...), true
			}
			var skip json.RawMessage
			if err := d.Decode(&skip); err != nil {
				return data, false
			}
		}
		return data, false
	}
	return data, false
}
