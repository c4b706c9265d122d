package analyze

import "testing"

// TestStatePossessiveOrig33: a state's body written with the state's
// possessive ("Lebanon’s health ministry") is written as the text writes
// it, its key the state's adjective with the table's name ("Lebanese health
// ministry"): one body however written, for grouping and /ask. The
// possessive was rewritten to the adjective, and readers who copy the
// source as written ("Lebanon’s health ministry", eval/orig4's fit
// labels) did not find it. A kind of persons keeps the state's adjective
// ("Turkey's security sources" → "Turkish security sources", as eval/open
// cep-56925's readers wrote it; TestWrittenOriginators). Two fit
// documents' sentences (orig4-96cadf3bdf, MINA, 2024-09-20;
// orig4-d7dfd5309d, an AFP rewrite), an invented straight apostrophe and
// controls (issue 10, round h-orig33). The first four fail on main.
func TestStatePossessiveOrig33(t *testing.T) {
	mina := "Beirut, MINA – Lebanon’s health ministry says at least eight people have been killed and 59 wounded " +
		"in an Israeli air attack on a southern suburb of the Lebanese capital, Beirut."
	afp := "BEIRUT: Israel said it had carried out an air strike on Sunday targeting Hezbollah’s chief of staff in " +
		"Beirut, leaving a smoking hole in the side of an apartment building and debris scattered in the street. " +
		"Lebanon’s health ministry reported at least one person killed in the strike, and 21 people wounded, " +
		"calling it a “preliminary toll”."
	runWrittenCases(t, []writtenCase{
		{"the possessive as written (orig4-96cadf3bdf)", mina, "killed", 8, "Lebanon’s health ministry", "Lebanese health ministry"},
		{"its injured too (orig4-96cadf3bdf)", mina, "injured", 59, "Lebanon’s health ministry", "Lebanese health ministry"},
		{"a second sentence's possessive (orig4-d7dfd5309d)", afp, "injured", 21, "Lebanon’s health ministry", "Lebanese health ministry"},
		{"a straight apostrophe", "Shelling killed six people in the south on Monday, Lebanon's health ministry said.",
			"killed", 6, "Lebanon's health ministry", "Lebanese health ministry"},
		{"a kind of persons keeps the adjective: as before", "Shelling killed six people in the south on Monday, " +
			"according to Lebanon's security sources.", "killed", 6, "Lebanese security sources", "Lebanese officials"},
		{"the adjective as written: as before", "Shelling killed six people in the south on Monday, the Lebanese health ministry said.",
			"killed", 6, "Lebanese health ministry", ""},
	})
}
