package analyze

import "testing"

// TestTrackingMatrixAsWritten: IOM's Displacement Tracking Matrix is cited
// by the name the report writes ("per DTM-IOM data", "as per DTM",
// "IOM/DTM teams"), a hyphen or slash between its parts kept; its long
// name stays IOM's, and a programme a body leads ("the IOM-led DTM
// report") is the body's. Invented sentences (issue 10, round h-fig38).
func TestTrackingMatrixAsWritten(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"per the joined name", "Clashes",
			"Nearly 8,300 individuals have been displaced since the start of the conflict per DTM-IOM data.",
			"displaced", 8300, "DTM-IOM", false},
		{"the other order", "Clashes",
			"According to the latest IOM-DTM figures, approximately 12,400 persons have now fled their homes.",
			"displaced", 12400, "IOM-DTM", false},
		{"a slash", "Clashes",
			"At least 2,150 people have been displaced, according to IOM/DTM teams in the area.",
			"displaced", 2150, "IOM/DTM", false},
		{"the acronym alone", "Clashes",
			"Some 17,600 people have been forced to flee their homes, as per DTM displacement tracking.",
			"displaced", 17600, "DTM", false},
		{"the long name is IOM's", "Clashes",
			"According to the Displacement Tracking Matrix, more than 31,000 people have fled the fighting in the district.",
			"displaced", 31000, "IOM", false},
		{"a programme a body leads", "Clashes",
			"As per the IOM-led DTM report, 46,000 people have been displaced across the province.",
			"displaced", 46000, "IOM", false},
	})
}

// TestBrokenHyphenNoBody: a compound a PDF's line broke at its hyphen ("RT-
// PCR" joined back as "RT- PCR") is one word, so its first part names no
// body of the table (RT the channel); the paper's body stays the source.
// Invented sentences (issue 10, round h-fig38).
func TestBrokenHyphenNoBody(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a test's name broken at its hyphen", "Outbreak",
			"Between 2 May 2020 and 14 June 2021, according to the MOHS Press Release, there were 41,250 cases confirmed by RT- PCR and rapid tests including 1,320 related deaths.",
			"killed", 1320, "MOHS", false},
		{"the compound whole", "Outbreak",
			"According to the MOHS Press Release, there were 41,250 cases confirmed by RT-PCR including 1,320 related deaths.",
			"killed", 1320, "MOHS", false},
		{"the channel itself", "Clashes",
			"At least 14 soldiers were killed in the shelling of the town, RT reported.",
			"killed", 14, "RT", true},
	})
}
