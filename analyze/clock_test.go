package analyze

import "testing"

// TestTidyClock: times whose colon the text lost and asides that give the
// time in another zone, in invented sentences of the wires' pattern.
func TestTidyClock(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"aside in brackets, hour without its colon",
			"Air raids hit the east until approximately 200 am [2300 GMT Monday] after the army declared the truce over.",
			"Air raids hit the east until approximately 2:00 am after the army declared the truce over."},
		{"aside in parentheses", "The convoy left at 11 am (0900 GMT) on Sunday.", "The convoy left at 11 am on Sunday."},
		{"local time aside", "The blast struck at 14:30 GMT (1730 local time) near the market.", "The blast struck at 14:30 GMT near the market."},
		{"bare hour before GMT", "The truce took effect at 1600 GMT on Monday.", "The truce took effect at 16:00 GMT on Monday."},
		{"a.m. with periods", "Shelling began at 530 a.m. on Friday.", "Shelling began at 5:30 a.m. on Friday."},
		{"PM in capitals", "The statement came at 0742 PM.", "The statement came at 07:42 PM."},
		{"not an hour: minutes past 59", "Fighting resumed at 275 am they said.", "Fighting resumed at 275 am they said."},
		{"not an hour: 13 am", "It was 1330 am.", "It was 1330 am."},
		{"a figure stays", "At least 1,400 people were killed and 200 wounded.", "At least 1,400 people were killed and 200 wounded."},
		{"a dateline's zone stamp at a sentence's start", "Leaders responded on Wednesday. UTC+3 A total of 900 people died, a council member said.",
			"Leaders responded on Wednesday. A total of 900 people died, a council member said."},
		{"a zone after a time stays", "The vote is at 10:00 UTC+3 on Friday.", "The vote is at 10:00 UTC+3 on Friday."},
		{"a bracket of no time stays", "The Syrian Observatory for Human Rights [SOHR] said 12 died.", "The Syrian Observatory for Human Rights [SOHR] said 12 died."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TidyClock(tt.in); got != tt.want {
				t.Errorf("TidyClock(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestMayHoldClock: the cheap test that skips reBareClock must say yes
// wherever the expression matches; it may say yes where it does not.
func TestMayHoldClock(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The convoy left at 0900 GMT.", true},
		{"Shelling began at 530 a.m. on Friday.", true},
		{"It was 1330am.", true},
		{"The statement came at 0742\tPM.", true},
		{"At least 1,400 people were killed and 200 wounded.", true}, // "400 p": a yes the expression answers no
		{"At least 12 people were killed and 200 wounded.", false},
		{"In 2017 some 12 people died.", false},
		{"Aid reached 12345 people in the UN's area.", false},
		{"It was 1330  am.", false}, // two spaces: no time for the expression either
	}
	for _, tt := range tests {
		if got := mayHoldClock(tt.in); got != tt.want {
			t.Errorf("mayHoldClock(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if matched := reBareClock.MatchString(tt.in); matched && !tt.want {
			t.Errorf("reBareClock matches %q, which mayHoldClock skips", tt.in)
		}
	}
}
