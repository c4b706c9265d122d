package analyze

import (
	"regexp"
	"testing"
)

func TestAnchoredLeads(t *testing.T) {
	re := regexp.MustCompile(`(?i)^(?:page \d+|\d+ of \d+|(?:photo|credit)\b.*)$`)
	leads := anchoredLeads(re)
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Page 3", true}, {"page 3", true}, {"12 of 40", true}, {"PHOTO: the camp", true}, {"Credit: UNICEF", true},
		{"The camp was shelled.", false}, {"Aid arrives", false}, {"", true},
	} {
		if got := leads.mayOpen(tc.line); got != tc.want {
			t.Errorf("mayOpen(%q) = %v, want %v", tc.line, got, tc.want)
		}
		if re.MatchString(tc.line) && !leads.mayOpen(tc.line) {
			t.Errorf("%q matches but mayOpen says no match begins it", tc.line)
		}
	}
	for _, c := range []string{"K", "k", "\u212a"} { // the Kelvin sign folds to k
		if !anchoredLeads(regexp.MustCompile(`(?i)^k`)).mayOpen(c) {
			t.Errorf("(?i)^k: %q may open a match", c)
		}
	}
	if !anchoredLeads(regexp.MustCompile(`^a*$`)).mayOpen("x") {
		t.Error("^a*$ matches the empty text: every byte may open a line it is tried on")
	}
}

func TestAnchoredLeadsPanicsUnanchored(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("anchoredLeads of an unanchored expression did not panic")
		}
	}()
	anchoredLeads(regexp.MustCompile(`page \d+`))
}

// TestPDFLeads checks the furniture lines of pdfFurniture's comment still
// pass the lead bytes.
func TestPDFLeads(t *testing.T) {
	for _, line := range []string{"12", "Page 3 of 10", "[page 2 start]", "Photo: UNHCR", "1-31 July 2020", "June 2018",
		"As of 30 May 2021", "21 - 27 April 2018", "This report is produced by OCHA.", "It covers the period from 1 to 30 November.",
		"The next report will be issued in January."} {
		if !pdfFurniture(line) {
			t.Errorf("pdfFurniture(%q) = false, want true", line)
		}
	}
}

// TestMayBeDateAlone checks that mayBeDateAlone passes the longest dates
// and periods pdfDates matches (so it turns none of its lines away), and
// turns a sentence away.
func TestMayBeDateAlone(t *testing.T) {
	for _, line := range []string{"1-31 July 2020", "June 2018", "As of 30 May 2021", "21 - 27 April 2018",
		"Reporting period: 1st to 30th September 2018 - 2 Oct 2019", "reporting period 1st jan to 30th September 2018 - 2 oct 2019",
		"Reporting Period: 21st week to 3rd Sept. 2020 - 5th", "From 1 to 7 February", "1 \u212anot to 3 June"} {
		if !pdfDates.MatchString(line) {
			t.Errorf("pdfDates does not match %q", line)
		}
		if !mayBeDateAlone(line) {
			t.Errorf("mayBeDateAlone(%q) = false, but pdfDates matches it", line)
		}
	}
	if s := "Sun 16 Apr 2017 Death toll from Aleppo bomb attack at least 112"; mayBeDateAlone(s) || pdfDates.MatchString(s) {
		t.Errorf("%q: a sentence, no date alone", s)
	}
}

// TestHasDigit checks hasDigit against a byte loop: every byte alone at
// every place of a string of each length up to 20, among letters and
// bytes past ASCII.
func TestHasDigit(t *testing.T) {
	slow := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if isDigit(s[i]) {
				return true
			}
		}
		return false
	}
	for n := 0; n <= 20; n++ {
		for _, fill := range []byte{'a', '/', ':', 0xc3, 0xff, ' '} {
			for at := 0; at < n; at++ {
				for c := 0; c < 256; c++ {
					b := make([]byte, n)
					for i := range b {
						b[i] = fill
					}
					b[at] = byte(c)
					if s := string(b); hasDigit(s) != slow(s) {
						t.Fatalf("hasDigit(%q) = %v", s, hasDigit(s))
					}
				}
			}
		}
	}
}
