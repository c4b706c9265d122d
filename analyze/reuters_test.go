package analyze

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// reutersSums are the 22 files of the Reuters-21578 collection
// (testdata/gate/fetch-reuters.sh; research use only, not committed) that
// the ids reuters-N (N its NEWID) of testdata/figures/fresh10.jsonl and
// testdata/labels/reuters-categories.jsonl were made on.
var reutersSums = map[string]string{
	"reut2-000.sgm": "03c43893e06d7abb569f1a25134af3fc0eb0fac09f0e811a04713e87de42591d",
	"reut2-001.sgm": "1528e7e82d110d88d0234eb9619eadb7f9fd805711971df05975b92277dfdf4d",
	"reut2-002.sgm": "99f18068d0518952987dedd78c622e5c2a584e357d264d3754696c815f3e6628",
	"reut2-003.sgm": "78a3a8d7e04bc9d42c4614d5d5c60a4293dbe3f708df6fb5a71d9ef31f4b3fa3",
	"reut2-004.sgm": "726342c19a65873330b412378cd6a3f0d512035f5223146ddd60930c62eb6ff0",
	"reut2-005.sgm": "d09de619b6dd2d047d5124681f6df90550abaf592020d1c1ce338ae9b91522e7",
	"reut2-006.sgm": "b5535c0d66b01f4976f84621a4a795afbc00d2c4bd0a1b7ae426df6630fb361d",
	"reut2-007.sgm": "aa706007ec84a03537a3921ca976d60e11b3f99e4b9e9b2d5c81dd384d2c2062",
	"reut2-008.sgm": "a3994583694a00b7c744097c1d7eabfcf90f2e6650cc21663e46828035a336cb",
	"reut2-009.sgm": "29995f606dd1a9bdf907eacc9d879846c716860d9d9141676979474aaea39c7d",
	"reut2-010.sgm": "996df6008089bd09fa5b28a4d2eb0ee5f7b9d4601cde566fed3926ac82960fa3",
	"reut2-011.sgm": "d3a2782015247d9c2bffb8926267827fdd449c70d619435ef01a25a1c56a53ca",
	"reut2-012.sgm": "da31035d483851f2aebce5b66d779e5e2c0ac9dcfe098596c6d544e81c5604ab",
	"reut2-013.sgm": "8f7700bc0455fac3fcc12377ced4807b7df8aba1f21ecad059b9cc2b1cf0b8be",
	"reut2-014.sgm": "ef936bd3e0f36cf722afa9a6957563549775af32e9e28b4f539c8737ceda83ab",
	"reut2-015.sgm": "6d3bcec73eff871b8a5403588af814c4e50a0de6bc25707480522ab836f74026",
	"reut2-016.sgm": "be2f03a185fff70131f3b4fdbd6229b7ee2be077eba9691eaa597c8cfbda8812",
	"reut2-017.sgm": "f370e610b4b1342e41a98e0c426a08541044bd1d7e539674f32372a6060b73b5",
	"reut2-018.sgm": "a5f971bf25448e915781962309e669359a35fbcaf3017a806eca0590897f209a",
	"reut2-019.sgm": "d3b07097fba2633d130b4914aceba671645985248943ce9e39c289315339dffb",
	"reut2-020.sgm": "f6ad1b724125c202566c63b35ea0b5ee23881f8b7ed47a32829d5af05d8e860d",
	"reut2-021.sgm": "3f5196d32869723c9042aa5756805b4e90360f1f45ea17f4594fa0e2b3630b18",
}

// reutersInPlace reports whether every file of the collection is in place.
func reutersInPlace() bool {
	for name := range reutersSums {
		if _, err := os.Stat(filepath.Join("testdata", "gate", "reuters", name)); err != nil {
			return false
		}
	}
	return true
}

var (
	reutersStory = regexp.MustCompile(`(?s)<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>`)
	reutersDate  = regexp.MustCompile(`<DATE>\s*(\d+-[A-Z]{3}-\d{4})`)
	reutersTail  = regexp.MustCompile(`\s*Reuter\s*$`)
)

// reutersField returns the text inside <tag>…</tag> of one story,
// unescaped, "" when the story has no such field.
func reutersField(story, tag string) string {
	_, rest, ok := strings.Cut(story, "<"+tag+">")
	if !ok {
		return ""
	}
	body, _, _ := strings.Cut(rest, "</"+tag+">")
	return html.UnescapeString(body)
}

// reutersArticles returns every story of the collection that has a body,
// by id: the title as Reuters wrote it (capitals), the dateline ("TEHRAN,
// March 3 -") before the body, the closing "Reuter" and its end mark cut,
// the date of the story.
func reutersArticles(t *testing.T) map[string]news.Article {
	t.Helper()
	arts := map[string]news.Article{}
	for name, sum := range reutersSums {
		path := filepath.Join("testdata", "gate", "reuters", name)
		data := readPinned(t, path, sum, "fetch-reuters.sh")
		for _, m := range reutersStory.FindAllStringSubmatch(latin1(data), -1) {
			body := reutersParagraphs(reutersTail.ReplaceAllString(strings.ReplaceAll(reutersField(m[2], "BODY"), "\x03", ""), ""))
			if body == "" {
				continue
			}
			if dl := strings.TrimSpace(reutersField(m[2], "DATELINE")); dl != "" {
				body = dl + " " + body
			}
			a := news.Article{Title: strings.TrimSpace(reutersField(m[2], "TITLE")), Text: body, SourceName: "Reuters"}
			if d := reutersDate.FindStringSubmatch(m[2]); d != nil {
				a.Published, _ = time.Parse("02-Jan-2006", d[1])
			}
			arts["reuters-"+m[1]] = a
		}
	}
	return arts
}

// reutersParagraphs undoes the wire's fixed-width lines as a feed would
// deliver the story (feed.HTMLToText folds a line break inside a
// paragraph into a space): a line that opens indented starts a paragraph,
// the other lines go on the one before; paragraphs are separated by a
// blank line. Read line by line, every wrapped line was a paragraph of its
// own and most sentences were cut in two ("… account for U.S. Aid" | "to
// the Nicaraguan Contras, …").
func reutersParagraphs(body string) string {
	var paras []string
	var cur []string
	for _, line := range strings.Split(body, "\n") {
		if line != strings.TrimLeft(line, " \t") && len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
		cur = append(cur, strings.Fields(line)...)
	}
	if len(cur) > 0 {
		paras = append(paras, strings.Join(cur, " "))
	}
	return strings.Join(paras, "\n\n")
}

// latin1 reads the collection's bytes as ISO 8859-1 (a few stories hold
// bytes above 127).
func latin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// TestReutersArticles pins the reading of the collection: how many stories
// have a body, and one story's fields (NEWID 1, a market report), its
// first paragraph's five wrapped lines read as one.
func TestReutersArticles(t *testing.T) {
	if !reutersInPlace() {
		t.Skip("no Reuters-21578 files: run analyze/testdata/gate/fetch-reuters.sh")
	}
	arts := reutersArticles(t)
	if len(arts) != 19043 {
		t.Errorf("%d stories with a body, want 19043", len(arts))
	}
	a := arts["reuters-1"]
	first, _, _ := strings.Cut(a.Text, "\n\n")
	if a.Title != "BAHIA COCOA REVIEW" || !strings.HasPrefix(a.Text, "SALVADOR, Feb 26 - Showers continued") ||
		!strings.HasSuffix(first, "the drought since early January and improving prospects for the coming temporao, although normal humidity levels have not been restored, Comissaria Smith said in its weekly review.") ||
		strings.HasSuffix(a.Text, "Reuter") || a.Published.Format("2006-01-02") != "1987-02-26" {
		t.Errorf("reuters-1: %q, %.40q … %q, %s", a.Title, a.Text, a.Text[len(a.Text)-20:], a.Published)
	}
}

// TestAttributionEndsText: a text whose last words are the source, with no
// closing stop (a feed's summary, a wire story cut short), is read without
// a panic and keeps its source. Nineteen 1987 Reuters stories ended a
// sentence so; parenEnd read past the last token.
func TestAttributionEndsText(t *testing.T) {
	for _, text := range []string{
		"Two people were killed, said the Syrian Observatory for Human Rights",
		"Two people were killed, said the Syrian Observatory for Human Rights (",
	} {
		k := killed("", text)
		if k == nil || k.Value != 2 || k.Originator != "SOHR" {
			t.Errorf("%q: killed %+v, want 2 from SOHR", text, k)
		}
	}
	if e := parenEnd(nil, 0); e != -1 {
		t.Errorf("parenEnd of no tokens = %d, want -1", e)
	}
}
