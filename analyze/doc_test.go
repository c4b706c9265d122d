package analyze

import (
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "Shelling hit Aleppo. Ten people died.", []string{"Shelling hit Aleppo.", "Ten people died."}},
		{"abbreviations", "The U.S. and the U.N. met. Mr. Kerry spoke.", []string{"The U.S. and the U.N. met.", "Mr. Kerry spoke."}},
		{"initial", "John J. Smith said so. Then he left.", []string{"John J. Smith said so.", "Then he left."}},
		{"glued", "They travelled to Syria.They were stopped.", []string{"They travelled to Syria.", "They were stopped."}},
		{"glued after a capital word", "They returned to the UK.The teenagers were bailed.", []string{"They returned to the UK.", "The teenagers were bailed."}},
		{"glued quotes", `He said it "trampled all values"."In all religions, a hospital is immune," he said.`,
			[]string{`He said it "trampled all values".`, `"In all religions, a hospital is immune," he said.`}},
		{"glued question", "Is it safe?Nobody knows.", []string{"Is it safe?", "Nobody knows."}},
		{"closing quote", `"We will return." The convoy left.`, []string{`"We will return."`, "The convoy left."}},
		{"decimals and addresses", "Growth was 1.9 percent. See bbc.co.uk for more.", []string{"Growth was 1.9 percent.", "See bbc.co.uk for more."}},
		{"lower-case after period", "It was 5 p.m. on Monday. Fighting stopped.", []string{"It was 5 p.m. on Monday.", "Fighting stopped."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitSentences(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanSentence(t *testing.T) {
	tests := []struct{ title, in, want string }{
		{"", "Wed 05 Apr 2017 at 0914 Air strikes hit Idlib.", "Air strikes hit Idlib."},
		{"", "Date of publication 26 November 2017 More than 19 civilians were killed.", "More than 19 civilians were killed."},
		{"", "18.10.2014 The coalition struck again.", "The coalition struck again."},
		{"", "Published June 4 2016 A Russian airstrike killed eight.", "A Russian airstrike killed eight."},
		{"Strikes kill 12", "1 April 2016 Strikes kill 12.", ""},
		{"Rebel infighting kills 45", "Rebel infighting kills 45 AP Monday 9 Jun 2014 Activists say 45 died.", "Activists say 45 died."},
		{"", "On Monday 10 people were killed.", "On Monday 10 people were killed."},
		{"", "10 people were killed on Monday.", "10 people were killed on Monday."},
		{"", "At least 35 militants were killed.", "At least 35 militants were killed."},
		{"", "(CNN)Living under ISIS is hard for everyone there.", "Living under ISIS is hard for everyone there."},
		{"", "The blast killed 3 people. - REUTERS", "The blast killed 3 people."},
		{"", "Raids hit Latakia AFP Saturday 10 Aug 2013 Air strikes killed 20 people.", "Air strikes killed 20 people."},
	}
	for _, tt := range tests {
		got := cleanSentence(tt.in, strings.ToLower(tt.in), tt.title)
		if got != tt.want {
			t.Errorf("cleanSentence(%q, title %q) = %q, want %q", tt.in, tt.title, got, tt.want)
		}
	}
}

func TestBoilerplateCaptions(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"SDF fighters walk in Tal Samin village north of Raqqa city Syria November 19 2016.", true},
		{"ISIS forced 33000 residents out of their homes since 10 August 2014.", false},
		{"Click here to read more.", true},
		{"Tags Syria Aleppo airstrikes", true},
		{"Ten people were killed in Aleppo on Monday.", false},
	}
	for _, tt := range tests {
		low := strings.ToLower(tt.in)
		ws := words(low)
		if got := isBoilerplate(low, ws) || endsWithDate(ws); got != tt.want {
			t.Errorf("furniture(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzSplitSentences checks that splitting loses and invents no text: the
// sentences, joined, are the paragraph without its spaces.
func FuzzSplitSentences(f *testing.F) {
	f.Add("They travelled to Syria.They were stopped. The U.S. said so.")
	f.Add(`He said "no."."Yes," she said. What?Nobody knows! "Fine."`)
	f.Add("a.a.a.a.\"\"\".. ..  .A. B")
	f.Add("\xff.\xfe?\x00!")
	f.Fuzz(func(t *testing.T, p string) {
		sents := splitSentences(p)
		squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got, want := squeeze(strings.Join(sents, "")), squeeze(p); got != want {
			t.Errorf("sentences %q do not add up to %q", sents, p)
		}
		for _, s := range sents {
			if strings.TrimSpace(s) == "" {
				t.Errorf("empty sentence in %q", sents)
			}
		}
	})
}
