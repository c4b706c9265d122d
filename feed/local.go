package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// MaxFileBytes is the largest local file ReadPath reads.
const MaxFileBytes = 64 << 20

// ReadPath reads articles from a local feed file (RSS, Atom, RDF, JSON
// Feed), an HTML article page, a plain text article (first line the title),
// a JSON Lines file (.jsonl), or a directory of them read recursively in
// sorted order (hidden files skipped). Articles from pages and text files get
// a file:// URL as ExternalID. A directory's bad files are skipped and
// reported together after the good ones are returned; so are the bad lines
// of a JSON Lines file, whose good lines are returned.
func ReadPath(ctx context.Context, path string) ([]news.Article, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, news.WrapError(news.ENOTFOUND, fmt.Sprintf("no such file %q", path), err)
	}
	if !info.IsDir() {
		return readFile(ctx, path)
	}
	files, err := listFiles(path)
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", path, err)
	}
	var out []news.Article
	var errs []error
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		as, err := readFile(ctx, f) // a JSON Lines file may be read in part
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f, err))
		}
		out = append(out, as...)
	}
	return out, errors.Join(errs...)
}

// listFiles returns the regular, non-hidden files under dir, sorted.
func listFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func readFile(ctx context.Context, path string) ([]news.Article, error) {
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		return readJSONLFile(ctx, path)
	}
	data, err := readCapped(path)
	if err != nil {
		return nil, err
	}
	mod := time.Time{}
	if info, err := os.Stat(path); err == nil {
		mod = info.ModTime().UTC()
	}
	switch {
	case looksLikeHTML(data):
		a, err := ExtractArticle(ToUTF8(data, "text/html"), fileURL(path))
		if err != nil {
			return nil, err
		}
		a.Fetched = mod
		return []news.Article{*a}, nil
	case isXMLish(data):
		_, as, err := Parse(data, "")
		return as, err
	}
	return []news.Article{textArticle(ToUTF8(data, "text/plain"), path, mod)}, nil
}

func readCapped(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("stat file: %w", err)
	}
	if info.Size() > MaxFileBytes {
		return nil, news.Errorf(news.ETOOLARGE, "file %s is %d bytes, over the %d byte cap", path, info.Size(), MaxFileBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read file: %w", err)
	}
	return data, nil
}

func readJSONLFile(ctx context.Context, path string) ([]news.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open jsonl: %w", err)
	}
	defer f.Close()
	var out []news.Article
	err = ReadJSONL(f, func(a news.Article) error {
		out = append(out, a)
		return ctx.Err()
	})
	return out, err
}

// textArticle reads a plain text article: the first paragraph's first
// line is the title when it is short, the rest is the text.
func textArticle(data []byte, path string, mod time.Time) news.Article {
	text := strings.TrimSpace(string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))))
	title := ""
	if first, rest, ok := strings.Cut(text, "\n"); ok && len(strings.Fields(first)) <= 25 {
		title, text = first, rest
	}
	a := news.Article{ExternalID: fileURL(path), Title: title, Text: text, Fetched: mod}
	Prepare(&a)
	return a
}

// fileURL names a local file as a file:// URL.
func fileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}
