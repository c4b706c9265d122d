package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
)

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
		{"FOLLOW OUR DESK Dont miss out on the latest news we wont spam you and we respect your privacy.", true},
		{"Stay in touch and never miss out on the latest stories we promise we will not spam you.", true},
		{"Residents said they would not miss out on the aid distribution.", false},
		{"Ten people were killed in Aleppo on Monday.", false},
	}
	for _, tt := range tests {
		low := strings.ToLower(tt.in)
		ws := lang.Words(low)
		if got := isBoilerplate(low, ws) || endsWithDate(ws); got != tt.want {
			t.Errorf("furniture(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
