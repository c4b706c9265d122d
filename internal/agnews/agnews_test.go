package agnews

import "testing"

// TestText: the file's escapes come out as the outlet wrote them.
func TestText(t *testing.T) {
	for in, want := range map[string]string{
		`He doesn #39;t know`:                  "He doesn't know",
		`the  #36;10 million prize`:            "the $10 million prize",
		`a second\team of rocketeers`:          "a second team of rocketeers",
		`Texas Instruments Inc. &lt;TXN.N&gt;`: "Texas Instruments Inc.",
		`&lt;b&gt;...&lt;/b&gt; Tokyo stocks`:  "... Tokyo stocks",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}
