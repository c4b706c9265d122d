package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestNoAnswerFromPageMetadata: the date a page was published, its byline
// and its press contact are never an answer (the Madaya question once
// answered a "Date of publication" line).
func TestNoAnswerFromPageMetadata(t *testing.T) {
	madaya := news.Article{ExternalID: "mad-1", Title: "Three women killed at funeral in Madaya", Published: date("2016-08-12"),
		Text: "Date of publication 12 August 2016 Regime forces targeted a funeral with mortars in the besieged town of Madaya, killing three women. " +
			"Residents said the siege of Madaya began in July 2015."}
	nrc := news.Article{ExternalID: "nrc-1", Title: "Crisis deepens in South Sudan", Published: date("2017-12-15"),
		Text: "By Michelle Delaney\n\nMichelle Delaney | Sr. Media Adviser, Norwegian Refugee Council | Mobile: +47 941 65 579 | Email: michelle.delaney@nrc.no\n\n" +
			"The conflict in South Sudan continues to escalate, said Rehana Zawar, the Norwegian Refugee Council's country director in South Sudan."}
	a := New(newMemIndex(madaya, nrc, testArticles[0]), Options{})
	for _, tt := range []struct{ q, not, want string }{
		{"When did the siege of Madaya begin?", "12 August 2016", "July 2015"},
		{"When did regime forces target a funeral in besieged Madaya?", "12 August 2016", ""},
		{"Who is the Norwegian Refugee Council's country director in South Sudan?", "Michelle Delaney", "Rehana Zawar"},
	} {
		ans, err := a.Ask(context.Background(), tt.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(ans.Answer, tt.not) || !strings.Contains(ans.Answer, tt.want) {
			t.Errorf("%q: answer %q, want %q and never %q", tt.q, ans.Answer, tt.want, tt.not)
		}
	}
}

func TestMetadataLines(t *testing.T) {
	for text, want := range map[string]bool{
		"Mobile: +47 941 65 579":                          true,
		"For further information, please contact: Frank.": true,
		"Write to press.office@un.org for the report.":    true,
		"The group said on Twitter @UNICEF that 12 died.": false,
		"At least 12 people died in the strike.":          false,
	} {
		if got := isContact(text); got != want {
			t.Errorf("isContact(%q) = %v, want %v", text, got, want)
		}
	}
	s := sentence{text: "By Moki Edwin Kindzeka", toks: tokenize("By Moki Edwin Kindzeka")}
	if !isByline(&s) {
		t.Error("a byline is not recognised")
	}
	s = sentence{text: "By Monday the convoy had arrived", toks: tokenize("By Monday the convoy had arrived")}
	if isByline(&s) {
		t.Error("a sentence starting with By is taken for a byline")
	}
}

// TestDatelineIsNoDate: the date of a dateline ("*KYIV, 26 December 2017*
// - ") is not offered as when something happened; the date in the text is.
func TestDatelineIsNoDate(t *testing.T) {
	q := Parse("On what date will the sides exchange detainees?", testNow)
	text := "*KYIV, 26 December 2017* - I welcome that the sides have agreed to conduct an exchange of detainees on 27 December."
	s := sentence{text: text, toks: tokenize(text)}
	s.hit = make([]bool, len(s.toks))
	var got []string
	for _, sp := range dateSpans(&q, &s) {
		got = append(got, sp.text)
	}
	if len(got) != 1 || got[0] != "27 December" {
		t.Errorf("date spans %q, want only \"27 December\"", got)
	}
	text = "Fact Sheet NE Nigeria: Bama (as of 12 December 2017) The army regained control of the LGA in March 2015."
	s = sentence{text: text, toks: tokenize(text)}
	s.hit = make([]bool, len(s.toks))
	got = got[:0]
	for _, sp := range dateSpans(&q, &s) {
		got = append(got, sp.text)
	}
	if len(got) != 1 || got[0] != "March 2015" {
		t.Errorf("date spans %q, want only \"March 2015\"", got)
	}
}
