package analyze

import (
	"strings"
	"testing"
)

func TestExportedCleanSentence(t *testing.T) {
	tests := []struct {
		name, in, title, want string
		ok                    bool
	}{
		{"news", "At least 23 civilians were killed in Aleppo on Sunday.", "", "At least 23 civilians were killed in Aleppo on Sunday.", true},
		{"tag list first", "Tags Syria Aleppo Russia airstrikes US ceasefire Hundreds of people were killed on Monday.", "", "", false},
		{"tag list inside", "Shelling left 11 people dead on Friday in the city Tags Syria Aleppo UN De Mistura Eleven people were killed.", "", "", false},
		{"tags as a word", "Rebels removed the tags from the bodies of 12 soldiers on Friday.", "", "Rebels removed the tags from the bodies of 12 soldiers on Friday.", true},
		{"headline run into lead", "Opposition minister among 12 dead in Syria car bomb A minister was among at least 12 people killed.",
			"Opposition minister among 12 dead in Syria car bomb", "A minister was among at least 12 people killed.", true},
		{"photo caption", "Smoke rises over the town of Dael in Deraa Governorate Syria September 5 2016.", "", "", false},
		{"read more", "Read more about the war in Syria on our website today.", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := CleanSentence(tt.in, tt.title)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("CleanSentence = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func FuzzExportedCleanSentence(f *testing.F) {
	f.Add("Tags Syria Aleppo Hundreds of people were killed.", "")
	f.Add("Headline here Headline here and then the lead.", "Headline here")
	f.Add("", "x")
	f.Add(" Tags ", " Tags ")
	f.Add("Ünïcödé Tags Ä 2016.", "Ü")
	f.Fuzz(func(t *testing.T, s, title string) {
		got, _ := CleanSentence(s, title)
		if len(got) > len(s) {
			t.Errorf("CleanSentence(%q) = %q: longer than its input", s, got)
		}
		if !strings.Contains(s, strings.TrimSpace(got)) {
			t.Errorf("CleanSentence(%q) = %q: not a part of its input", s, got)
		}
	})
}
