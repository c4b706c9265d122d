package feed

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// MaxLineBytes is the longest JSON Lines record ReadJSONL accepts.
const MaxLineBytes = 8 << 20

// LineError is one bad JSON Lines record.
type LineError struct {
	Line int
	Err  error
}

// Error says which line and what is wrong with it.
func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the line's error.
func (e *LineError) Unwrap() error { return e.Err }

// LineErrors lists the records ReadJSONL skipped. It is returned (wrapped
// in an EINVALID *news.Error) after the whole input was read.
type LineErrors []*LineError

// Error counts the bad lines and names the first ten.
func (e LineErrors) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d bad line(s)", len(e))
	for i, le := range e {
		if i == 10 {
			fmt.Fprintf(&b, "; ... and %d more", len(e)-i)
			break
		}
		b.WriteString("; ")
		b.WriteString(le.Error())
	}
	return b.String()
}

type jsonlRecord struct {
	ID        *string `json:"id"`
	Title     string  `json:"title"`
	Text      *string `json:"text"`
	Published string  `json:"published"`
	Source    string  `json:"source"`
	URL       string  `json:"url"`
	Location  string  `json:"location"`
}

// ReadJSONL streams articles in the format of ../shared/eval/SCHEMA.md and
// calls fn with each, Prepared: id kept as ExternalID, source as
// SourceName, published read as a date or an RFC 3339 time. Bad records
// (bad JSON, no id, no text, a bad date, longer than MaxLineBytes) are
// skipped and reported together, with their line numbers, as a LineErrors
// after the input is read; an error from fn or from reading stops at once.
func ReadJSONL(r io.Reader, fn func(news.Article) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var bad LineErrors
	for n := 1; ; n++ {
		line, err := readLine(br, MaxLineBytes)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, errLineTooLong) {
			return fmt.Errorf("read jsonl line %d: %w", n, err)
		}
		if errors.Is(err, errLineTooLong) {
			bad = append(bad, &LineError{Line: n, Err: err})
		} else if len(strings.TrimSpace(string(line))) > 0 {
			a, perr := decodeRecord(line)
			if perr != nil {
				bad = append(bad, &LineError{Line: n, Err: perr})
			} else if ferr := fn(a); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if len(bad) > 0 {
		return news.WrapError(news.EINVALID, "some JSON Lines records were skipped", bad)
	}
	return nil
}

var errLineTooLong = fmt.Errorf("line longer than %d bytes", MaxLineBytes)

// readLine returns the next line without its newline. A line longer than
// max is consumed and reported as errLineTooLong; io.EOF comes with the last
// line.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max+1 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil && tooLong && errors.Is(err, io.EOF):
			return nil, errors.Join(errLineTooLong, io.EOF)
		case err != nil:
			return buf, err
		case tooLong:
			return nil, errLineTooLong
		}
		return buf[:len(buf)-1], nil
	}
}

func decodeRecord(line []byte) (news.Article, error) {
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return news.Article{}, news.WrapError(news.EINVALID, "bad JSON", err)
	}
	if rec.ID == nil || strings.TrimSpace(*rec.ID) == "" {
		return news.Article{}, news.Errorf(news.EINVALID, "no id")
	}
	if rec.Text == nil || strings.TrimSpace(*rec.Text) == "" {
		return news.Article{}, news.Errorf(news.EEMPTY, "article %q has no text", *rec.ID)
	}
	pub, err := ParseTime(rec.Published)
	if err != nil {
		return news.Article{}, err
	}
	a := news.Article{
		ExternalID: *rec.ID, Title: rec.Title, Text: *rec.Text, Published: pub,
		SourceName: rec.Source, URL: rec.URL, Location: rec.Location,
	}
	Prepare(&a)
	return a, nil
}

// timeLayouts are the forms ParseTime accepts, most specific first.
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02"}

// ParseTime reads a date (2016-08-26, taken as midnight UTC) or an RFC 3339
// time, and returns it in UTC; "" is the zero time. Anything else is an
// EINVALID error.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, news.Errorf(news.EINVALID, "bad time %q (want a date such as 2016-08-26 or an RFC 3339 time)", s)
}
