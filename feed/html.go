package feed

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Iframe: true, atom.Svg: true,
	atom.Figcaption: true, atom.Head: true, atom.Object: true, atom.Video: true,
	atom.Audio: true, atom.Canvas: true, atom.Menu: true,
}

// blocks are elements that end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Main: true, atom.Figure: true, atom.Hr: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Address: true,
}

// HTMLToText converts an HTML fragment or page to plain text: scripts,
// styles, navigation and captions dropped, entities decoded, white space
// folded, and one paragraph per block element, separated by "\n\n". Text
// without markup comes back with its white space folded.
func HTMLToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return joinParagraphs(strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n"))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil { // only a reader error can fail; fall back to the raw text
		return collapseSpaces(s)
	}
	var w textWriter
	for _, n := range nodes {
		w.walk(n)
	}
	w.flush()
	return joinParagraphs(w.paras)
}

// nodeText returns the paragraphs of a parsed node as HTMLToText does.
func nodeText(n *html.Node) string {
	var w textWriter
	w.walk(n)
	w.flush()
	return joinParagraphs(w.paras)
}

type textWriter struct {
	cur   strings.Builder
	paras []string
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hiddenNode(n) {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	isBlock := n.Type == html.ElementNode && blocks[n.DataAtom]
	if isBlock {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if isBlock {
		w.flush()
	}
}

func (w *textWriter) flush() {
	if p := collapseSpaces(w.cur.String()); p != "" {
		w.paras = append(w.paras, p)
	}
	w.cur.Reset()
}

// hiddenNode reports whether an element is hidden from readers.
func hiddenNode(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			return a.Val == "true"
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			return strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
		}
	}
	return false
}

func joinParagraphs(ps []string) string {
	out := ps[:0:0]
	for _, p := range ps {
		if p = collapseSpaces(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}

// looksLikeHTML reports whether data is an HTML page rather than a feed.
func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n\ufeff"))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		(bytes.HasPrefix(head, []byte("<!--")) && bytes.Contains(head, []byte("<html"))) ||
		bytes.HasPrefix(head, []byte("<head")) || bytes.HasPrefix(head, []byte("<body"))
}

// feedTypes are the link types that announce a feed.
var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true,
	"application/feed+json": true, "application/json": true, "application/rdf+xml": true,
}

// DiscoverFeeds returns the absolute URLs of the feeds an HTML page
// announces with <link rel="alternate" type="application/rss+xml" href=...>
// (or Atom, RDF, JSON Feed), in page order.
func DiscoverFeeds(page []byte, baseURL string) []string {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil
	}
	base, _ := url.Parse(baseURL)
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Link {
			if href := feedLinkHref(n); href != "" {
				out = append(out, absoluteURL(base, href))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func feedLinkHref(n *html.Node) string {
	var rel, typ, href string
	for _, a := range n.Attr {
		switch a.Key {
		case "rel":
			rel = strings.ToLower(a.Val)
		case "type":
			typ = strings.ToLower(strings.TrimSpace(a.Val))
		case "href":
			href = strings.TrimSpace(a.Val)
		}
	}
	if !strings.Contains(rel, "alternate") || !feedTypes[typ] {
		return ""
	}
	return href
}

// absoluteURL resolves ref against base; it returns ref unchanged when
// either does not parse.
func absoluteURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	r, err := url.Parse(ref)
	if err != nil || base == nil {
		return ref
	}
	return base.ResolveReference(r).String()
}
