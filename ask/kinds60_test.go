package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Round h-ask60 (issue 14 item 5): the fit misses of q-cf3 and q-rwp9.

// headReports write the kind asked in lower case beside the words that tell
// which one it is: "the national museum", "the Ministry of interior".
var headReports = []news.Article{
	{ExternalID: "head-1", Title: "Fighters leave a museum in Kessa", Published: date("2017-12-04"),
		Text: "Varonia's antiquities authorities said fighters have withdrawn from the national museum in central Kessa after a ceasefire expired. " +
			"They released a video filmed inside the grounds of the museum."},
	{ExternalID: "head-2", Title: "Truce in Beda flouted", Published: date("2017-12-06"),
		Text: "The government of Beda has lamented that the ceasefire it declared on Friday night was flouted on Saturday morning. " +
			"A terse statement by the Ministry of interior said that a base of the Beda National Army in Las Osso was attacked by terrorist militia on Saturday morning."},
}

// TestHeadNamed60: a name question's head noun, written beside the lower-case
// words that tell which one ("the national museum", "the Ministry of
// interior"), is part of the answer: the words alone ("the national",
// "interior") name nothing. Fit misses qc3-95e2f58f96-1 ("From which museum
// in central Khartoum did RSF fighters withdraw ...", want "national
// museum") and qc3-7bde1fbab9-0 ("Which Somaliland ministry said ...", want
// "Ministry of interior").
func TestHeadNamed60(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(headReports...)}, Options{})
	askWant(t, a, []askCase{
		{"From which museum in central Kessa did fighters withdraw, according to Varonia's antiquities authorities, after the ceasefire expired?", "national museum", "head-1"},
		{"Which Beda ministry said that the ceasefire declared on Friday night was flouted by an attack on a National Army base in Las Osso?", "Ministry of interior", "head-2"},
	})
}

// TestExtentAsked60: a question asks a distance without "how far" when
// "how long" asks the length of a thing that has one, or "what was the
// range of" a weapon; the report writes the figure onto its unit
// ("817-km", "120-km-range"). Fit misses qc3-2ab423e731-0 ("How long is
// the Thailand-Cambodia land border ...", answered "five days") and
// qc3-a381a8b927-1 ("What was the range of the Fatah series missile ...",
// answered "surface-to-surface").
func TestExtentAsked60(t *testing.T) {
	for _, c := range []struct {
		q    string
		want Type
	}{
		{"How long is the Thailand-Cambodia land border along which the two countries fought before their July 2025 ceasefire?", TypeCount},
		{"What was the range of the Fatah series missile Pakistan tested amid ceasefire violations along the LoC in early May 2025?", TypeCount},
		{"How long was the ceasefire along the border expected to last?", TypeDuration},
		{"How long was the ceasefire?", TypeDuration},
		{"How long did the fighting along the border last?", TypeDuration},
	} {
		if got := Parse(c.q, testNow).Type; got != c.want {
			t.Errorf("Parse(%q).Type = %v, want %v", c.q, got, c.want)
		}
	}
	for _, c := range []struct{ q, text, want string }{
		{"How long is the Varonia-Beda land border along which the two countries fought before their July ceasefire?",
			"The neighbours accuse each other of starting the fighting last week, with heavy artillery bombardment along their 817-km (508-mile) land border.", "817-km"},
		{"What was the range of the Fatah series missile Varonia tested amid ceasefire violations in early May?",
			"Amid the skirmishes, Varonia conducted its second missile test in three days, a 120-km-range Fatah series surface-to-surface missile, to validate operational readiness.", "120-km"},
	} {
		q := Parse(c.q, testNow)
		s := testSentence(&q, c.text)
		best := ""
		var top float64
		for _, sp := range countSpans(&q, s) {
			if txt := joinSpan(s, sp.from, sp.to); best == "" || sp.bonus > top {
				best, top = txt, sp.bonus
			}
		}
		if !strings.Contains(best, c.want) || top < 0.35 {
			t.Errorf("%q: best figure %q (%.2f), want %q written with its unit", c.q, best, top, c.want)
		}
	}
}
