package ask

import (
	"slices"
	"testing"
)

// TestRestatedReaders56: readers name what they ask for by the imperative
// ("Name the X ..."), ask "in what place" for "where" and "how high was the
// death toll" for "what was the death toll"; the parse reads both alike.
// The fit questions of the 935 and q-agency/q-agency2 rewritten so
// (eval/askpara.py, round h-ask56) lost answers on main: "Name the Syrian
// air force pilot executed by rebels in Jayrud in July 2016." (q-fakes-021-0)
// answered "Qalamoun Jaish al-Islam al-Nusra Front", "How high was the death
// toll from Tropical Storm Kai-tak (Urduja) in the Philippines ..."
// (q2-rw-2389434-0) "510 kilometres" (a height was asked).
func TestRestatedReaders56(t *testing.T) {
	for _, c := range []struct {
		q, asWritten string
	}{
		{"Name the Syrian air force pilot executed by rebels in Jayrud in July 2016.",
			"What is the name of the Syrian air force pilot executed by rebels in Jayrud in July 2016."},
		{"Name the school in Aleppo that was hit by a mortar shell that killed students in November 2016?",
			"What is the name of the school in Aleppo that was hit by a mortar shell that killed students in November 2016?"},
		{"In what place was the UNDP-GIZ workshop on cost-benefit analysis held in November 2017?",
			"Where was the UNDP-GIZ workshop on cost-benefit analysis held in November 2017?"},
		{"How high was the death toll from Tropical Storm Kai-tak in the Philippines in December 2017?",
			"What was the death toll from Tropical Storm Kai-tak in the Philippines in December 2017?"},
		// a comma inside a figure closes no opening clause: the phrase is read at the start
		{"In what place did the Philippine Red Cross set up a 5,000-liter water bladder after Tropical Storm Urduja?",
			"Where did the Philippine Red Cross set up a 5,000-liter water bladder after Tropical Storm Urduja?"},
		// after an opening clause, as before
		{"In December 2017, name the digital platform unveiled at the One Planet Summit.",
			"In December 2017, what is the name of the digital platform unveiled at the One Planet Summit."},
		// "how high" of a height, a name not opening the question, are left
		{"How high was the wall built around the camp?", "How high was the wall built around the camp?"},
		{"Which group did the envoy name the new negotiator?", "Which group did the envoy name the new negotiator?"},
	} {
		if got := restate(c.q); got != c.asWritten {
			t.Errorf("restate(%q) = %q, want %q", c.q, got, c.asWritten)
		}
		got, want := Parse(c.q, testNow), Parse(c.asWritten, testNow)
		if got.Type != want.Type || got.Head != want.Head || !slices.Equal(got.Units, want.Units) || got.argVerb != want.argVerb {
			t.Errorf("Parse(%q): type %q head %q units %v verb %q, want %q %q %v %q", c.q,
				got.Type, got.Head, got.Units, got.argVerb, want.Type, want.Head, want.Units, want.argVerb)
		}
	}
	if q := Parse("How high was the death toll in the double bombing in Homs in October 2014?", testNow); q.Type != TypeCount || !slices.Contains(q.Units, "kill") {
		t.Errorf("how high was the death toll: type %q units %v, want a count of the dead", q.Type, q.Units)
	}
	if q := Parse("In what place did developed countries pledge in 2009 to mobilise 100 billion dollars?", testNow); q.Type != TypePlace {
		t.Errorf("in what place: type %q, want %q", q.Type, TypePlace)
	}
}

// TestLeadInOff: the words a reader sets before the question ("Tell me",
// "Do we know", "Can you tell me") are not its words. Of eval/askpara.py's
// doweknow kind (220 fit questions), six lost their answers on main with
// "know" read as a term and a verb: "Do we know which village in Syria's
// Idlib province was hit by an air strike that killed 15 civilians ..."
// (q3-fakes-143-0) answered "the town of Khan Sheikhun"; "Do we know how
// many children were among the 17 civilians killed in air raids ..."
// (q3-fakes-121-2) cited another report first.
func TestLeadInOff(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"Do we know which village in Syria's Idlib province was hit by an air strike that killed 15 civilians in April 2017?",
			"Which village in Syria's Idlib province was hit by an air strike that killed 15 civilians in April 2017?"},
		{"Tell me how many children were among the 17 civilians killed in air raids on a market in June 2016.",
			"How many children were among the 17 civilians killed in air raids on a market in June 2016."},
		{"Can you tell me which Turkish broadcaster reported the strikes?", "Which Turkish broadcaster reported the strikes?"},
		{"do you know, who signed the loan agreement?", "Who signed the loan agreement?"},
		// then the opening phrase as ever
		{"Tell me what amount of aid Finland sent to Yemen.", "How much aid Finland sent to Yemen."},
		// no question after the lead-in: as written
		{"Tell me about the truce in Idlib.", "Tell me about the truce in Idlib."},
		{"Do we know the death toll?", "Do we know the death toll?"},
		{"Television reported how many were killed?", "Television reported how many were killed?"},
	} {
		if got := restate(c.q); got != c.want {
			t.Errorf("restate(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	got, want := Parse("Do we know which village in Idlib province was hit by an air strike in April 2017?", testNow),
		Parse("Which village in Idlib province was hit by an air strike in April 2017?", testNow)
	if got.Type != want.Type || got.Head != want.Head || len(got.Terms) != len(want.Terms) {
		t.Errorf("do we know: type %q head %q terms %v, want %q %q %v", got.Type, got.Head, got.Terms, want.Type, want.Head, want.Terms)
	}
}

// TestStateFrameEnds: "has the truce broken down", "has the ceasefire
// collapsed" ask for a story's state as "is the truce holding" does; the
// words of the truce's end are the answer, not words a report must hold.
// eval/askpara.py's brokendown kind: "Has the ceasefire in Hama broken
// down?" (q-state-8, fakes-534, rw-2391524) was declined on main.
func TestStateFrameEnds(t *testing.T) {
	for _, s := range []string{"Has the ceasefire in Hama broken down?", "Has the truce in Eastern Ghouta collapsed?",
		"Is the ceasefire in Homs being violated?"} {
		q := Parse(s, testNow)
		if q.Type != TypeState {
			t.Errorf("%q: type %q, want %q", s, q.Type, TypeState)
		}
		for _, tm := range q.Terms {
			if stateFrame[tm.Word] {
				t.Errorf("%q: term %q is the state asked, not a word to find", s, tm.Word)
			}
		}
	}
}

// TestLowerCaseMay: a question written in lower case dates "may" by the
// figure after it (fit qa-rwp7-d12df54992-0, q3-fakes-268-1 in
// eval/askpara.py's lower kind); the verb stays no month.
func TestLowerCaseMay(t *testing.T) {
	for _, c := range []struct {
		q     string
		since string
	}{
		{"how many families had been displaced by the fighting in south tripoli, according to iom dtm's 2 may 2019 flash update?", "2019-05-02"},
		{"how many members of a single family were killed by the missile strike on marea in may 2014?", "2014-05-01"},
		{"How many members of a single family were killed by the missile strike on Marea in May 2014?", "2014-05-01"},
		{"how many people may have fled the fighting in 2019?", "2019-01-01"},
	} {
		q := Parse(c.q, testNow)
		if got := q.Window.Since.Format("2006-01-02"); got != c.since {
			t.Errorf("Parse(%q).Window.Since = %s, want %s", c.q, got, c.since)
		}
	}
}
