package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// Invented questions and reports of round h-ask26 (issue 14 item 5, answers
// that generalise): the person a question's role noun asks for, not a name
// beside another role; a day's toll, not another day's; and the question's
// verb where the report writes another for the same act.

var roleReports = []news.Article{
	{ExternalID: "role-1", Title: "Rebels kill captured pilot in Mirtown", Published: date("2017-07-02"),
		Text: "Lomo Front spokesman Omar Dessa said on Friday that fighters had executed a captured air force pilot after his jet was shot down over the hills. " +
			"Dessa identified the pilot as Captain Talo Remi and posted a video of him before he was killed. " +
			"Shelling of Mirtown followed on Saturday."},
	{ExternalID: "role-2", Title: "Rockets hit Dera neighbourhood of Kessa", Published: date("2017-06-03"),
		Text: "Rockets fired on the Dera neighbourhood of Kessa city on Friday killed 4 civilians and wounded 20 others, the Kessa police said. " +
			"On Saturday another shell on the neighbourhood killed 9 people, the police said."},
	{ExternalID: "role-3", Title: "Varonia's army says attack on Tamu market was the Kessa Brigade's", Published: date("2017-08-14"),
		Text: "The Kessa Brigade conducted the deadly attack on the Tamu market on Monday, the Varonian army said, though the Lomo Front had first been blamed. " +
			"Eleven people died in the attack on the market."},
}

func TestAnswerKinds26(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(roleReports...)}, Options{})
	askWant(t, a, []askCase{
		// the name beside "spokesman" is no pilot; the pilot's is beside "the pilot as"
		{"What was the name of the air force pilot executed by fighters in Mirtown in July 2017?", "Talo Remi", "role-1"},
		// 3 June 2017 was a Saturday: Friday's toll is another day's
		{"How many people were killed by the shelling of the Dera neighbourhood of Kessa city on 3 June 2017?", "9", "role-2"},
		{"How many people were killed by the shelling of the Dera neighbourhood of Kessa city on Friday?", "4", "role-2"},
		// "carried out" where the report writes "conducted"
		{"Which group carried out the attack on the Tamu market in August 2017?", "Kessa Brigade", "role-3"},
	})
}

func TestRoleFit(t *testing.T) {
	q := Parse("Who was the pilot executed in Mirtown?", testNow)
	for _, c := range []struct {
		text, name string
		want       float64
	}{
		{"Lomo Front spokesman Omar Dessa said the pilot was executed.", "Omar Dessa", -wRoleOther},
		{"Dessa identified the pilot as Captain Talo Remi.", "Talo Remi", 0.15},
		{"Talo Remi, the pilot, was executed.", "Talo Remi", 0.15},
		{"The pilot, Talo Remi, was executed.", "Talo Remi", 0.15},
		{"The spokesman, Omar Dessa, said the pilot was executed.", "Omar Dessa", -wRoleOther},
	} {
		s := testSentence(&q, c.text)
		from, to := findName(s, c.name)
		if got := roleFit(&q, s, from, to); got != c.want {
			t.Errorf("roleFit(%q in %q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
	lead := Parse("Which Varonian leader addressed the assembly?", testNow)
	s := testSentence(&lead, "President Amado Lirr addressed the assembly.")
	if from, to := findName(s, "Amado Lirr"); roleFit(&lead, s, from, to) <= 0 {
		t.Errorf("a president is a leader: %v", roleFit(&lead, s, from, to))
	}
}

func TestOtherDay(t *testing.T) {
	q := Parse("How many people were killed on Dera on 3 June 2017?", testNow)
	day, ok := dayAsked(&q)
	if !ok || day.weekday.String() != "Saturday" {
		t.Fatalf("askedDay = %v %v", day, ok)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Shelling on Friday killed 4 people.", true},
		{"Shelling on Saturday killed 9 people.", false},
		{"Shelling killed 9 people.", false},
		{"Shelling on Friday and Saturday killed 13 people.", false},
		{"Shelling on 2 June killed 4 people.", true},
		{"Shelling on June 3 killed 9 people.", false},
		{"Shelling in June killed 90 people.", false},
	} {
		if got := otherDay(day, testSentence(&q, c.text)); got != c.want {
			t.Errorf("otherDay(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if _, ok := dayAsked(ptr(Parse("How many people were killed in Dera in June 2017?", testNow))); ok {
		t.Error("a month names no day")
	}
}

// testSentence is a sentence of text with the question's words marked.
func testSentence(q *Question, text string) *sentence {
	s := plainSentence(text)
	for i, t := range s.toks {
		for _, term := range q.Terms {
			s.hit[i] = s.hit[i] || t.stem == term.Stem
		}
	}
	return s
}

// findName returns the extent of the words of name in s.
func findName(s *sentence, name string) (int, int) {
	words := lang.Fields(name)
	for i := range s.toks {
		if i+len(words) <= len(s.toks) && s.toks[i].text == words[0] && s.toks[i+len(words)-1].text == words[len(words)-1] {
			return i, i + len(words) - 1
		}
	}
	return -1, -1
}

func ptr(q Question) *Question { return &q }

func TestArgumentOfSameAct(t *testing.T) {
	q := Parse("Which group carried out the attack on the Tamu market?", testNow)
	s := testSentence(&q, "Officials of the Lomo Front said the Kessa Brigade conducted the attack on the Tamu market.")
	from, to := findName(s, "Kessa Brigade")
	found := false
	for _, a := range argRanges(&q, s) {
		found = found || a[0] <= to && from <= a[1]
	}
	if !found {
		t.Errorf("%q: the doer of \"conducted\" is no argument of \"carried out\" (%v, verb %q)", q.Text, argRanges(&q, s), q.argVerb)
	}
}
