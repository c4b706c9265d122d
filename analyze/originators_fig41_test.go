package analyze

import "testing"

// TestAgencyCitedPartnersFig41: an agency's update cites who counted for
// it in ways the rules did not read: a body after "by" and a word of
// counting ("verified by the Health Sector", "registered by SARC"), its
// unnamed partners or field reports as a clause's subject or after
// "according to" (written as the text names them: "humanitarian
// partners", "field reports"), and a body after "based on information
// from". A body joined with its partners ("UNICEF and partners") stays the
// source. Invented sentences (issue 10, round h-fig41).
func TestAgencyCitedPartnersFig41(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"verified by a body of the table", "",
			"Clashes went on south of Foo town. To date, 64 civilian deaths have been verified by WHO in the district.",
			"killed", 64, "WHO", false},
		{"verified by a body the table does not know", "",
			"Clashes went on south of Foo town. To date, 140 civilian casualties have been verified by the Health Sector, including 37 civilian deaths.",
			"killed", 37, "Health Sector", false},
		{"registered by a body", "",
			"Shelling went on in Foo city. Some 21,000 IDPs were registered by UNHCR in the district as of 3 May.",
			"displaced", 21000, "UNHCR", false},
		{"humanitarian partners have verified", "",
			"Airstrikes went on near Foo town. As of 9 June, humanitarian partners have verified 12,400 displaced households from the district.",
			"displaced", 12400, "humanitarian partners", false},
		{"according to field reports", "",
			"Floods hit the valley. The number of people affected has risen to 52,000, including more than 9,000 displaced and six deaths, according to field reports.",
			"killed", 6, "field reports", false},
		{"a body and its partners", "",
			"Floods hit the valley. UNICEF and partners said 9,000 people were displaced.",
			"displaced", 9000, "UNICEF", false},
		{"based on information from", "",
			"Repeated attacks on three towns have led to over 31,000 people displaced to the capital, based on available information from IOM.",
			"displaced", 31000, "IOM", false},
	})
}
