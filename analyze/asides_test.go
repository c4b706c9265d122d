package analyze

import "testing"

// TestTidySummary: a source's aside on where a group is banned goes; other
// parentheses stay. Invented sentences.
func TestTidySummary(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"outlawed in a country",
			"Kurdish fighters killed 20 Daesh (outlawed in Russia) militants near the dam.",
			"Kurdish fighters killed 20 Daesh militants near the dam."},
		{"banned, with what the group is",
			"The Nusra Front (a terrorist group banned in Russia) shelled the town.",
			"The Nusra Front shelled the town."},
		{"names before the ban",
			"Islamic State (ISIS, prohibited in Russia) fighters left the village.",
			"Islamic State fighters left the village."},
		{"an acronym stays", "The Syrian Democratic Forces (SDF) took the village.", "The Syrian Democratic Forces (SDF) took the village."},
		{"a ban in prose stays", "The group was banned in Russia in 2015 (the court said) last year.", "The group was banned in Russia in 2015 (the court said) last year."},
		{"clock still tidied", "Daesh (banned in Russia) attacked at 200 am.", "Daesh attacked at 2:00 am."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TidySummary(tt.in); got != tt.want {
				t.Errorf("TidySummary(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
