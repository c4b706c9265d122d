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

// TestKeamlText: the extracts' tokenizing comes out as wire copy reads.
func TestKeamlText(t *testing.T) {
	for in, want := range map[string]string{
		`BAGHDAD : The clock was ticking , while Iraq s government continued efforts .`:        `BAGHDAD: The clock was ticking, while Iraq's government continued efforts.`,
		`quot ; BE not dismayed , quot ; sang the Islanders .	The rest ( all of it ) stayed .`: `"BE not dismayed," sang the Islanders. The rest (all of it) stayed.`,
		"He said `` we will win '' and it did n't .":                                           `He said "we will win" and it didn't.`,
		`Prices rose 5 % , to $ 12 , the U.S . said`:                                           `Prices rose 5%, to $12, the U.S. said`,
		`even after militants ' deadline passed`:                                               `even after militants' deadline passed`,
		`CAIRO , EGYPT -- A man identified as Osama bin Laden`:                                 `CAIRO, EGYPT -- A man identified as Osama bin Laden`,
	} {
		if got := KeamlText(in); got != want {
			t.Errorf("KeamlText(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}
