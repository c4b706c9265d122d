package feed

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// reXMLEncoding finds the encoding declared in an XML prolog.
var reXMLEncoding = regexp.MustCompile(`^(\s*<\?xml[^>]*?\bencoding\s*=\s*["'])([A-Za-z0-9._:-]+)(["'])`)

// ToUTF8 returns data decoded to UTF-8. The charset comes from the
// Content-Type header's parameter, else the XML prolog, else an HTML meta
// tag; a declared UTF-8 (or none) that is not valid UTF-8 is read as
// Windows-1252, the usual culprit. An XML prolog's encoding is rewritten to
// UTF-8 so that the XML parser does not decode a second time.
func ToUTF8(data []byte, contentType string) []byte {
	if bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) {
		// A UTF-16 byte-order mark outranks every declaration.
		dec := unicode.BOMOverride(unicode.UTF8.NewDecoder())
		if d, _, err := transform.Bytes(dec, data); err == nil {
			return reXMLEncoding.ReplaceAll(d, []byte("${1}UTF-8${3}"))
		}
	}
	label := headerCharset(contentType)
	prolog := reXMLEncoding.FindSubmatchIndex(data)
	if label == "" && prolog != nil {
		label = string(data[prolog[4]:prolog[5]])
	}
	if label == "" && !isXMLish(data) {
		_, name, _ := charset.DetermineEncoding(data, "text/html")
		if name != "windows-1252" { // DetermineEncoding's default guess, not a finding
			label = name
		}
	}
	enc := lookupEncoding(label)
	out := data
	if enc != nil && utf8.Valid(data) && hasNonASCII(data) {
		// Valid UTF-8 with non-ASCII bytes is almost never text in another
		// charset: the declaration is wrong (servers default to ISO-8859-1).
		enc = nil
	}
	if enc != nil {
		if d, err := enc.NewDecoder().Bytes(data); err == nil {
			out = d
		}
	} else if !utf8.Valid(data) {
		d, _ := charmap.Windows1252.NewDecoder().Bytes(data)
		out = d
	}
	if prolog != nil {
		out = reXMLEncoding.ReplaceAll(out, []byte("${1}UTF-8${3}"))
	}
	return out
}

// lookupEncoding returns the encoding named label, or nil for UTF-8,
// unknown labels and none.
func lookupEncoding(label string) encoding.Encoding {
	if label == "" {
		return nil
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" {
		return nil
	}
	return enc
}

func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(params["charset"])
}

func isXMLish(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 512)], " \t\r\n\xef\xbb\xbf")
	return bytes.HasPrefix(head, []byte("<?xml")) || bytes.HasPrefix(head, []byte("<rss")) ||
		bytes.HasPrefix(head, []byte("<feed")) || bytes.HasPrefix(head, []byte("<rdf")) ||
		bytes.HasPrefix(head, []byte("{"))
}

func hasNonASCII(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
