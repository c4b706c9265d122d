package analyze

import "testing"

// TestSpokesmanOfMinistryInPlace: probe (round h-orig29).
func TestSpokesmanOfMinistryInPlace(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"an official spokesman of the ministry in a place, named", "",
			"An official spokesman of the Ministry of Health in Gaza, Omar al-Foo, said 45 people were killed in the strikes on the camp.",
			"killed", 45, "health ministry", false},
		{"a spokesman of the ministry in a place, named, after", "",
			"At least 45 people were killed in the strikes on the camp, a spokesman of the Ministry of Health in Gaza, Omar al-Foo, said.",
			"killed", 45, "health ministry", false},
		{"the spokesperson for the ministry", "",
			"The spokesperson for the Ministry of Interior in Kabul, Omar Foo, said 12 policemen were killed in the attack.",
			"killed", 12, "interior ministry", true},
		{"a director of the ministry", "",
			"A director of the Ministry of Health in Idlib, Omar Foo, said 30 people were killed in the raid.",
			"killed", 30, "health ministry", false},
		{"a senior official at the ministry", "",
			"A senior official at the health ministry, Omar Foo, said 30 people were killed in the raid on the town.",
			"killed", 30, "health ministry", false},
		{"the ministry's spokesman, named", "",
			"The health ministry in Gaza updated its toll on Monday evening. The ministry's spokesman Omar Foo said 30 people were killed in the raid on the town.",
			"killed", 30, "health ministry", false},
		{"the health ministry's spokesman, named", "",
			"The health ministry's spokesman Omar Foo said 30 people were killed in the raid on the town.",
			"killed", 30, "health ministry", false},
		{"the ministry's spokesman, curly apostrophe", "",
			"The health ministry in Gaza updated its toll on Monday evening. The ministry’s spokesman Omar Foo said 30 people were killed in the raid on the town.",
			"killed", 30, "health ministry", false},
		{"the group's spokesman closing the sentence", "",
			"The Syrian Observatory for Human Rights counts the dead of the war. Thirty people were killed in the raid on the town, the group's spokesman Omar Foo said.",
			"killed", 30, "SOHR", false},
	})
}

// TestParagraphCitation: a citation that closes a sentence further on in a
// figure's paragraph ("(FOOREL, 12/05/2021)") cites the paragraph's counts
// before it that name no source of their own, also over sentences that
// state other counts; a count with a source of its own keeps it, and a
// citation in the next paragraph cites nothing of this one. Invented
// sentences.
func TestParagraphCitation(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"an earlier uncited count of the paragraph", "Briefing note: clashes",
			"Clashes broke out in the town of Foo on 3 May. The fighting displaced 12,400 people to the outskirts. " +
				"About 5,100 of them are sheltering in 14 schools. The clashes killed 40 people and injured 75 (FOOREL, 12/05/2021).\n\nRoads to the town remain closed.",
			"displaced", 12400, "FOOREL", false},
		{"the citation of the count's own sentence", "Briefing note: clashes",
			"Clashes broke out in the town of Foo on 3 May. The clashes killed 40 people and injured 75 (FOOREL, 12/05/2021). Roads to the town remain closed.",
			"killed", 40, "FOOREL", false},
		{"a count with its own source", "Briefing note: clashes",
			"Clashes broke out in the town of Foo on 3 May. The fighting displaced 12,400 people, the Red Cross said. " +
				"About 5,100 of them are sheltering in 14 schools. The clashes killed 40 people and injured 75 (FOOREL, 12/05/2021).",
			"displaced", 12400, "Red Cross", false},
		{"a citation of the next paragraph, beyond the sentences a citation reaches", "Briefing note: clashes",
			"Clashes broke out in the town of Foo on 3 May. The fighting displaced 12,400 people to the outskirts.\n\n" +
				"About 5,100 people are sheltering in 14 schools. Markets in the town are shut. Food prices rose by half in a week (FOOREL, 12/05/2021).",
			"displaced", 12400, "", false},
	})
}

// TestFootnoteSources: an agency document's footnote marks glued to words
// ("missing1.") point into the block of "Source:" lines at its end: the
// figure's source is its footnote's line when the number matches (the
// block's first line for footnote 1, or as many lines as marks), else no
// guess; a "Sources:" line a PDF glued into a sentence of the figure's
// paragraph cites the paragraph's counts. Invented sentences.
func TestFootnoteSources(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"footnote 1, the block's first line", "",
			"The flood hit the valley of Foo on 2 May. 28 people have died in the flood, while 14 have been reported missing1.\n\n" +
				"Some 1,200 houses were destroyed2. Roads were cut in three districts3.\n\n" +
				"Source: FOOREL, Sitrep #2, May 6, 2021 Source: BARAID, May 5 2021 Note on roads, May 2021.",
			"killed", 28, "FOOREL", false},
		{"a footnote closing a later sentence of the paragraph", "",
			"More than 3,000 people have fled the valley of Foo. 28 people have died in the flood, while 14 have been reported missing1.\n\n" +
				"Some 1,200 houses were destroyed2.\n\n" +
				"Source: FOOREL, Sitrep #2, May 6, 2021 Source: BARAID, May 5 2021.",
			"displaced", 3000, "FOOREL", false},
		{"footnote 2, as many lines as marks", "",
			"The flood hit the valley of Foo on 2 May. Some 1,200 houses were destroyed1. 28 people have died in the flood2.\n\n" +
				"Source: FOOREL, Sitrep #2, May 6, 2021 Source: BARAID, May 5 2021.",
			"killed", 28, "BARAID", false},
		{"footnote 2, fewer lines than marks: no guess", "",
			"The flood hit the valley of Foo on 2 May. Some 1,200 houses were destroyed1. 28 people have died in the flood2. Roads were cut3.\n\n" +
				"Source: FOOREL, Sitrep #2, May 6, 2021 Source: BARAID, May 5 2021.",
			"killed", 28, "", false},
		{"a Sources line glued into the paragraph", "",
			"The outbreak spread to the south in May. Further, a total of 412 deaths were registered (40 per cent female). " +
				"So far 2,030 refugees have tested positive, including 1,529 Sources: FOOREL daily report on the outbreak recoveries and 68 deaths.",
			"killed", 412, "FOOREL", false},
		{"a bracketed source tag closing the text is no glued line: the name the tag brackets", "",
			"Air strikes on the town of Foo killed at least 13 civilians on Monday. Schools were shut across the province. (Source: Foo Council) Twitter",
			"killed", 13, "Foo Council", false},
	})
}
