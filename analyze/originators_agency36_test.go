package analyze

import "testing"

// TestAgencyCitedSources: agency updates cite the source of a count after
// it with "per" ("displaced since the start of the conflict per UNHCR
// data"), a rate's "per" citing no one, and in brackets that close a
// clause "and" goes on from ("... as of 19 May (IOM DTM) and damaged
// roads"), the body's two names side by side. A body's paper ("the MOHS
// Press Release", "the Health Cluster Bulletin") is the body's word.
// Invented sentences (issue
// 10, round h-fig36).
func TestAgencyCitedSources(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"per a body's data", "Clashes",
			"Nearly 14,000 individuals have been displaced since the start of the conflict per UNHCR data.",
			"displaced", 14000, "UNHCR", false},
		{"a rate cites no one", "Clashes",
			"Nearly 14,000 individuals have been displaced since the start of the conflict, about 900 per day.",
			"displaced", 14000, "", false},
		{"a bracket before and", "Clashes",
			"The fighting has displaced over 41,300 people as of 19 May (IOM DTM) and damaged roads and schools.",
			"displaced", 41300, "IOM DTM", false},
		{"an aside before and stays an aside", "Clashes",
			"The fighting has displaced over 41,300 people (mostly women) and damaged roads and schools.",
			"displaced", 41300, "", false},
		{"a body's press release", "Outbreak",
			"According to the MOHS Press Release, 412 people have died of cholera since March.",
			"killed", 412, "MOHS", false},
		{"a body's bulletin", "Clashes",
			"According to the Health Cluster Bulletin, 27 civilians were killed in the shelling of Kadugli.",
			"killed", 27, "Health Cluster", false},
	})
}
