package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/ask"
	"github.com/conflict-digest/conflict-digest/feed"
	"github.com/conflict-digest/conflict-digest/ingest"
	"github.com/conflict-digest/conflict-digest/news"
	"github.com/conflict-digest/conflict-digest/store"
	"github.com/conflict-digest/conflict-digest/story"
)

// evalStore is what -eval needs of a store: SQLite's or PostgreSQL's.
type evalStore interface {
	news.ArticleService
	news.StoryArticleService
	news.SentenceIndexer
	Close() error
}

// goldQuestion is one labelled question. A question written from one
// article names it (ArticleID); a state question may accept any of the
// story's articles (ArticleIDs); None marks a question nothing in the news
// answers, which the answerer must decline.
type goldQuestion struct {
	ID         string   `json:"id"`
	Q          string   `json:"q"`
	A          string   `json:"a"`
	ArticleID  string   `json:"article_id"`
	ArticleIDs []string `json:"article_ids"`
	None       bool     `json:"none"`
}

// score counts one system's right answers on a question file.
type score struct{ n, answer, cite1, copy1, near1, cited int }

func (s score) add(o score) score {
	return score{s.n + o.n, s.answer + o.answer, s.cite1 + o.cite1, s.copy1 + o.copy1, s.near1 + o.near1, s.cited + o.cited}
}

func (s score) frac(k int) float64 { return float64(k) / float64(max(1, s.n)) }

func (s score) String() string {
	f := s.frac
	return fmt.Sprintf("answer %.3f  cite1 %.3f  cite1(copies as one) %.3f  cited at all %.3f",
		f(s.answer), f(s.cite1), f(s.copy1), f(s.cited))
}

// half is the part of a question file a question belongs to, by a fixed
// hash of its id: rules are fitted on "fit" and reported on "report" too,
// which nobody reads for errors (-v prints the fit half's only).
func half(id string) string {
	if crc32.ChecksumIEEE([]byte(id))%2 == 0 {
		return "fit"
	}
	return "report"
}

// evaluate stores the articles of the JSON Lines files (a file written
// FILE@IDS keeps only the ids listed in IDS, one a line) in the database
// dbPath (reused as it is when it exists), asks every question of each
// question file, and prints the answerer's scores beside plain bm25's, for
// the whole file and for each half (see half).
func evaluate(ctx context.Context, articles, questions []string, dbPath string, now time.Time, c config, out io.Writer) error {
	verbose := c.verbose
	arts, err := readArticles(articles, os.Stderr)
	if err != nil {
		return err
	}
	var db evalStore
	var index ask.SentenceSearcher
	fresh := false
	if c.databaseURL != "" {
		pg, err := openPG(ctx, c.databaseURL)
		if err != nil {
			return err
		}
		n, err := pg.ArticleCount(ctx)
		if err != nil {
			pg.Close()
			return err
		}
		db, index, fresh = pg, pg.SentenceIndexFor(""), n == 0
	} else {
		_, statErr := os.Stat(dbPath)
		sq, err := store.OpenServices(ctx, dbPath)
		if err != nil {
			return err
		}
		db, index, fresh = sq, sq.SentenceIndexFor(""), statErr != nil
	}
	defer db.Close()
	if fresh {
		p := &ingest.Pipeline{Articles: db, Stories: ingest.NewStories(story.Config{}, db),
			Sentences: &ingest.SentenceIndex{Store: db}}
		if _, err := p.Ingest(ctx, arts); err != nil {
			return err
		}
		if err := p.Sync(ctx); err != nil {
			return err
		}
	}
	opts := ask.Options{Budget: 10 * time.Second}
	a, fitAsker := ask.New(index, opts), (*ask.Asker)(nil)
	var logged *candLog
	if c.floorCauses || c.spanCauses {
		logged = &candLog{}
		a = ask.New(index, ask.Options{Budget: opts.Budget, Logger: slog.New(logged)})
	}
	if c.debug {
		opts.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
		fitAsker = ask.New(index, opts)
	}
	base := newBM25(arts)
	texts := reportTexts(arts)
	copies := copyGroups(arts)
	nears := nearCopies(arts)
	var all [2]score // ours, bm25 over every file
	for _, path := range questions {
		qs, err := readGold(path)
		if err != nil {
			return err
		}
		var ours, bm score
		halves := map[string]*[2]score{"fit": {}, "report": {}}
		causes := map[string]causeCounts{"fit": {}, "report": {}}
		spanWhy := map[string]spanCounts{"fit": {}, "report": {}}
		ahead, behind := 0, 0
		for _, g := range qs {
			h := halves[half(g.ID)]
			open := half(g.ID) == "fit" || slices.Contains(c.tune, path)
			show := verbose && open
			asker := a
			if fitAsker != nil && open {
				asker = fitAsker
				fmt.Fprintf(os.Stderr, "question %s %q want %q %v\n", g.ID, g.Q, g.A, append(g.ArticleIDs, g.ArticleID))
			}
			if logged != nil {
				logged.cands, logged.spans = logged.cands[:0], logged.spans[:0]
			}
			ans, err := asker.Ask(ctx, g.Q, now)
			if err != nil && news.ErrorCode(err) != news.EINVALID {
				return fmt.Errorf("ask %s: %w", g.ID, err)
			}
			var ids []string
			for _, c := range ans.Citations {
				ids = append(ids, c.ArticleID)
			}
			text := ans.Answer
			if !ans.Supported {
				text, ids = "", nil
			}
			c1 := ours.cite1
			ok := mark(&ours, g, text, ids, copies, nears)
			mark(&h[0], g, text, ids, copies, nears)
			if show && !ok {
				fmt.Fprintf(out, "  miss %s %q -> %q %v; want %q %v\n", g.ID, g.Q, clipRunes(text, 120), ids, g.A, append(g.ArticleIDs, g.ArticleID))
			}
			b1 := bm.cite1
			bt, bids := base.answer(g.Q)
			mark(&bm, g, bt, bids, copies, nears)
			mark(&h[1], g, bt, bids, copies, nears)
			if asker == fitAsker {
				fmt.Fprintf(os.Stderr, "  answered %q %v; bm25 %v\n", clipRunes(text, 80), ids, bids)
			}
			if c.deviations && open && len(ids) > 0 && len(bids) > 0 && ids[0] != bids[0] {
				fmt.Fprintf(out, "  deviation %s ratio %.3f ours %v bm25 %v\n", g.ID,
					base.score(g.Q, ids[0])/base.score(g.Q, bids[0]), ours.cite1 > c1, bm.cite1 > b1)
			}
			if c.deviations && open && len(bids) > 0 {
				fmt.Fprintf(out, "  cover %s %.3f declined %v none %v bm25right %v\n", g.ID, base.cover(g.Q, bids[0]), len(ids) == 0, g.None, bm.cite1 > b1)
			}
			if logged != nil && asker == a && c.spanCauses && len(ids) > 0 && (ids[0] == g.ArticleID || slices.Contains(g.ArticleIDs, ids[0])) {
				if why := spanCause(g.A, text, ids[0], ans.Citations[0].Sentence, logged.spans, texts[ids[0]]); why != "" {
					spanWhy[half(g.ID)][why]++
					if show {
						fmt.Fprintf(out, "    span cause %s: %s (sentence %q)\n", g.ID, why, clipRunes(ans.Citations[0].Sentence, 300))
					}
				}
			}
			if logged != nil && asker == a && c.floorCauses {
				causes[half(g.ID)].add(floorCause(g.Q, now, ids, bids, logged.cands), ours.cite1 > c1, bm.cite1 > b1)
			}
			switch won, lost := ours.cite1 > c1, bm.cite1 > b1; {
			case won && !lost:
				ahead++
			case lost && !won:
				behind++
				if show {
					fmt.Fprintf(out, "  behind bm25 %s %q: ours %v, bm25 %v\n", g.ID, g.Q, ids, bids)
				}
			}
		}
		fmt.Fprintf(out, "%s: %d questions\n  ours  %s\n  bm25  %s\n  first citation right where bm25's is wrong %d, wrong where bm25's is right %d\n",
			filepath.Base(path), len(qs), ours, bm, ahead, behind)
		for _, name := range []string{"fit", "report"} {
			h := halves[name]
			fmt.Fprintf(out, "  %-6s %3d: ours answer %.3f cite1 %.3f | bm25 answer %.3f cite1 %.3f\n", name, h[0].n,
				h[0].frac(h[0].answer), h[0].frac(h[0].cite1), h[1].frac(h[1].answer), h[1].frac(h[1].cite1))
		}
		fmt.Fprintf(out, "  cite1 (near copies as one: %d-word shingles, >= %.2f of the shorter text in the other) ours %.3f bm25 %.3f | fit %.3f report %.3f\n",
			nearShingle, nearShare, ours.frac(ours.near1), bm.frac(bm.near1),
			halves["fit"][0].frac(halves["fit"][0].near1), halves["report"][0].frac(halves["report"][0].near1))
		if c.floorCauses {
			causes["fit"].print(out, "fit")
			causes["report"].print(out, "report")
		}
		if c.spanCauses {
			spanWhy["fit"].print(out, "fit")
			spanWhy["report"].print(out, "report")
		}
		all[0], all[1] = all[0].add(ours), all[1].add(bm)
	}
	fmt.Fprintf(out, "all files: %d questions\n  ours  %s\n  bm25  %s\n", all[0].n, all[0], all[1])
	fmt.Fprintf(out, "  cite1 (near copies as one) ours %.3f bm25 %.3f\n", all[0].frac(all[0].near1), all[1].frac(all[1].near1))
	return nil
}

// mark scores one answer (text "" and no ids: declined) and reports
// whether both the answer and the first citation were right. copies keys
// each id by its text (copyGroups: identical copies as one); nears lists
// each id's near copies (nearCopies), the scorer's near-copy line.
func mark(s *score, g goldQuestion, text string, ids []string, copies map[string]string, nears map[string][]string) bool {
	s.n++
	if g.None {
		ok := text == "" && len(ids) == 0
		if ok {
			s.answer, s.cite1, s.copy1, s.near1, s.cited = s.answer+1, s.cite1+1, s.copy1+1, s.near1+1, s.cited+1
		}
		return ok
	}
	want := g.ArticleIDs
	if g.ArticleID != "" {
		want = append(want, g.ArticleID)
	}
	a := len(text) <= 200 && text != "" && strings.Contains(normAnswer(text), normAnswer(g.A))
	c := len(ids) > 0 && slices.Contains(want, ids[0])
	cc := c
	for _, w := range want {
		cc = cc || len(ids) > 0 && copies[ids[0]] != "" && copies[ids[0]] == copies[w]
	}
	s.answer += b2i(a)
	s.cite1 += b2i(c)
	nc := cc
	for _, w := range want {
		nc = nc || len(ids) > 0 && slices.Contains(nears[w], ids[0])
	}
	s.copy1 += b2i(cc)
	s.near1 += b2i(nc)
	for _, id := range ids {
		if slices.Contains(want, id) {
			s.cited++
			break
		}
	}
	return a && c
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

var spaces = regexp.MustCompile(`\s+`)

// normAnswer is the scorer's normalisation: lower case, no commas, single spaces.
func normAnswer(s string) string {
	return strings.TrimSpace(spaces.ReplaceAllString(strings.ReplaceAll(strings.ToLower(s), ",", ""), " "))
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// copyGroups maps each article's id to the key of its text: identical
// copies of one report share it.
func copyGroups(arts []news.Article) map[string]string {
	m := make(map[string]string, len(arts))
	for _, a := range arts {
		m[a.ExternalID] = strings.TrimSpace(a.Title) + "\x00" + strings.TrimSpace(a.Text)
	}
	return m
}

// readArticles reads the JSON Lines files, each optionally FILE@IDS.
func readArticles(specs []string, warn io.Writer) ([]news.Article, error) {
	var arts []news.Article
	for _, spec := range specs {
		path, idsPath, _ := strings.Cut(spec, "@")
		var keep map[string]bool
		if idsPath != "" {
			b, err := os.ReadFile(idsPath)
			if err != nil {
				return nil, fmt.Errorf("read ids: %w", err)
			}
			keep = map[string]bool{}
			for _, id := range strings.Fields(string(b)) {
				keep[id] = true
			}
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("open articles: %w", err)
		}
		err = feed.ReadJSONL(f, func(a news.Article) error {
			if keep == nil || keep[a.ExternalID] {
				arts = append(arts, a)
			}
			return nil
		})
		f.Close()
		var lines feed.LineErrors
		if err != nil && !errors.As(err, &lines) {
			return nil, fmt.Errorf("read articles %s: %w", path, err)
		}
		if len(lines) > 0 { // skipped records are said, never dropped in silence
			fmt.Fprintf(warn, "askbench: %s: %d record(s) skipped, the first %v\n", path, len(lines), lines[0])
		}
	}
	return arts, nil
}

// readGold reads a question file.
func readGold(path string) ([]goldQuestion, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open questions: %w", err)
	}
	defer f.Close()
	var qs []goldQuestion
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldQuestion
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("read questions %s: %w", path, err)
		}
		if strings.EqualFold(g.ArticleID, "none") && strings.EqualFold(g.A, "none") {
			// a writer's "nothing answers it" (q-cf3: answer and article "none")
			g.None, g.ArticleID = true, ""
		}
		qs = append(qs, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read questions %s: %w", path, err)
	}
	return qs, nil
}
