package ask

import (
	"context"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented questions and reports of round h-ask21 (issue 14 item 5, answers
// that generalise): a question asks for an argument of its own verb — the
// doer of "which radio station reported", the thing of "what did she buy",
// "which part was hit" — and the report writes it beside that verb, where
// other words of the sentence stand nearer the question's.

func TestAskedArgument(t *testing.T) {
	for _, c := range []struct {
		q, verb, prep string
		slot          int
	}{
		{"Which radio station reported that 12 fighters were killed?", "report", "", slotSubject},
		{"Who signed the loan agreement for the bank?", "sign", "", slotSubject},
		{"Which courses at the training centre proved most popular with women?", "prov", "", slotSubject},
		{"Which part of the clinic did a shell hit on 3 May?", "hit", "", slotObject},
		{"What did Amal, a widowed baker from Hama living in a tent, buy with the grant?", "buy", "with", slotObject},
		{"Which envoy did the foreign minister speak with by phone?", "speak", "with", slotObject},
		{"Which district was declared safe for returns in June?", "declar", "", slotObject},
		{"Which edition did the 2017 flood guidance for councils update?", "update", "", slotObject}, // not "guidance"
		// the place of the verb read before its object's count (h-ask52:
		// "kill" before "18 civilians", where "civilians" had been misread)
		{"In which village did an air strike kill 18 civilians?", "kill", "", slotPlace},
		// no argument read: a copula, a speaker, what is said
		{"Who is the president of the association?", "", "", slotNone},
		{"Which minister said that the talks had failed?", "", "", slotNone},
		{"Which gas did the ministry say the tests pointed to?", "", "", slotNone},
	} {
		q := Parse(c.q, testNow)
		if q.argVerb != c.verb || q.argPrep != c.prep || q.argSlot != c.slot {
			t.Errorf("%q: verb %q prep %q slot %d, want %q %q %d", c.q, q.argVerb, q.argPrep, q.argSlot, c.verb, c.prep, c.slot)
		}
	}
}

func TestArgRanges(t *testing.T) {
	for _, c := range []struct{ q, sentence, want, not string }{
		// the doer before the verb, its auxiliary passed over
		{"Which radio station reported that 12 fighters were killed?", "Twenty targets were hit in the raid, Radio Kessa has reported.", "Kessa", "targets"},
		// the pronoun stands for the phrase before it; "are supporting" is no passive
		{"Which donor supported the fund?", "The work was made possible by the Varonian Trust, who are supporting us.", "Trust", "us"},
		// the thing done, after the verb, over a list of modifiers
		{"What did Amal buy with the grant?", "Amal borrowed cash and bought an old, second-hand oven.", "oven", "cash"},
		// a passive sentence writes the thing done before the verb
		{"Which district was declared safe for returns?", "Only the Qasr district was declared safe by the council.", "Qasr", "council"},
		// "also" between the auxiliary and the participle (h-ask23): still
		// passive, the thing declared written before it
		{"Which district was declared safe for returns?", "Qasr district was also declared safe by the council.", "Qasr", "council"},
		{"Which wells have been repaired by the authority?", "The Lumo wells have already been repaired, the Kessa Water Authority said.", "Lumo", "Kessa"},
	} {
		q := Parse(c.q, testNow)
		q.Terms, _, _ = contentTerms(tokenize(c.q))
		s := sentence{text: c.sentence, toks: tokenize(c.sentence)}
		s.hit = make([]bool, len(s.toks))
		for i, tk := range s.toks {
			for _, term := range q.Terms {
				s.hit[i] = s.hit[i] || tk.stem == term.Stem
			}
		}
		args := argRanges(&q, &s)
		in := func(w string) bool {
			for i, tk := range s.toks {
				if tk.text == w {
					return argFit(args, span{from: i, to: i}) > 0
				}
			}
			t.Fatalf("%q: no word %q", c.sentence, w)
			return false
		}
		if !in(c.want) || in(c.not) {
			t.Errorf("%q in %q: argument %v; want %q in it, %q not", c.q, c.sentence, args, c.want, c.not)
		}
	}
}

var argumentReports = []news.Article{
	{ExternalID: "arg-1", Title: "Raids on Varonian border posts", Published: date("2017-12-04"),
		Text: "At least 12 fighters have been killed by artillery fire and air strikes near the Varonian border, a local radio station claims. " +
			"As many as 20 posts were hit in the joint raid on the towns of Beda and Osso, the Kessa Herald reported on Monday. " +
			"The army did not comment."},
	{ExternalID: "arg-2", Title: "A bakery in Osso camp", Published: date("2017-12-06"),
		Text: "Amal was happily running a bakery in her village near Beda before the war, working long hours. " +
			"In Osso camp, Amal borrowed money from a cousin and bought an old, second-hand oven for a little income. " +
			"Her children now help her in the mornings."},
}

func TestAnswerArgument21(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(argumentReports...)}, Options{})
	askWant(t, a, []askCase{
		{"Which newspaper reported that posts were hit in the joint raid?", "Kessa Herald", "arg-1"},
		{"What did Amal, a baker from Beda living in Osso camp, buy with borrowed money?", "oven", "arg-2"},
	})
}

// askCase is a question, a word its answer holds and the article its first
// citation is.
type askCase struct{ q, want, article string }

// askWant asks each question of cases and checks the answer and its first
// citation.
func askWant(t *testing.T, a *Asker, cases []askCase) {
	t.Helper()
	for _, c := range cases {
		ans, err := a.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.ToLower(ans.Answer), strings.ToLower(c.want)) || len(ans.Citations) == 0 || ans.Citations[0].ArticleID != c.article {
			t.Errorf("%q: answered %q citing %+v, want %q from %s", c.q, ans.Answer, ans.Citations, c.want, c.article)
		}
	}
}
