package analyze

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Scratch: dumps per-article classification with per-sentence evidence.
func TestZZClsDump(t *testing.T) {
	out := os.Getenv("CLS_DUMP")
	if out == "" {
		t.Skip()
	}
	f, _ := os.Create(out)
	defer f.Close()
	clsReadLines(t, "articles.jsonl", func(b []byte) error {
		var a struct{ ID, Title, Text string }
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		an := Analyze(&news.Article{ExternalID: a.ID, Title: a.Title, Text: a.Text})
		d := newDoc(a.Title, a.Text)
		ss := scoreSentences(d)
		var sents []map[string]any
		for i := range ss {
			s := &ss[i]
			ev := map[string]float32{}
			for _, fn := range []string{"talks", "ceasefire", "humanitarian", "violence", "aid", "access", "siege", "evacuation", "displacement", "health", "appeal", "proposed", "in_effect", "violated", "collapsed"} {
				fe := featureNames[fn]
				if s.w[fe] > 0 {
					ev[fn] = float32(int(s.evidenceOf(fe)*100)) / 100
				}
			}
			sents = append(sents, map[string]any{"i": s.index, "t": s.text, "e": ev})
		}
		st := statusScores(ss)
		rec := map[string]any{"id": a.ID, "categories": an.Categories, "ceasefire_status": an.CeasefireStatus,
			"humanitarian_types": an.HumanitarianTypes, "scores": an.Scores, "st": fmt.Sprint(st), "sents": sents}
		j, _ := json.Marshal(rec)
		f.Write(append(j, '\n'))
		return nil
	})
}
