package ask

import "testing"

// Round h-ask57: a question written all in lower case takes its names'
// capitals from the articles it first retrieves. The questions are the fit
// questions' own wordings in lower case (eval/askpara.py kind lower); the
// texts are short sentences in the articles' manner.
func TestRecaseLowerQuestion(t *testing.T) {
	tests := []struct {
		name, q, want string
		texts         []string
	}{
		{
			name:  "a group's name (q-fakes-745-0)",
			q:     "what was the name of the us-trained rebel group whose headquarters near azaz was attacked by al-nusra front in july 2015?",
			texts: []string{"Fighters of al-Nusra Front attacked the headquarters of Division 30 near Azaz. The attack by al-Nusra Front came in July."},
			want:  "what was the name of the us-trained rebel group whose headquarters near Azaz was attacked by al-Nusra Front in July 2015?",
		},
		{
			name:  "an acronym with a possessive (q2-rw-2342784-1)",
			q:     "in which town did unmiss's gender affairs unit hold a one-day forum for jonglei women?",
			texts: []string{"The forum, organized by UNMISS in Bor, brought together women of Jonglei. UNMISS's Gender Affairs Unit held it."},
			want:  "in which town did UNMISS's Gender Affairs Unit hold a one-day forum for Jonglei women?",
		},
		{
			name:  "who before a name is the organisation (qa2-rwp7-3cce5026ba-1)",
			q:     "which age group had the highest share of covid-19 deaths in bangladesh as of 20 december 2020, according to who bangladesh's weekly update?",
			texts: []string{"According to WHO Bangladesh, deaths rose in Bangladesh in December. The update of WHO Bangladesh counts COVID-19 deaths by age group."},
			want:  "which age group had the highest share of COVID-19 deaths in Bangladesh as of 20 December 2020, according to WHO Bangladesh's weekly update?",
		},
		{
			name:  "the who (q-rw-2391144-1)",
			q:     "who was the who representative in nigeria when borno state declared its cholera outbreak over?",
			texts: []string{"The outbreak in Borno State is over, said the WHO Representative in Nigeria. In Borno State, the WHO supported the response in Nigeria."},
			want:  "who was the WHO Representative in Nigeria when Borno State declared its cholera outbreak over?",
		},
		{
			name:  "who asking stays the question word, whatever WHO writes",
			q:     "who is supporting the cholera response in borno state?",
			texts: []string{"In Borno State, WHO is supporting the cholera response. Partners in Borno State report to WHO."},
			want:  "who is supporting the cholera response in Borno State?",
		},
		{
			name:  "a capital at a sentence's start says nothing",
			q:     "how many civilians were killed by rocket shells on the seif al-dawla neighborhood of aleppo?",
			texts: []string{"Rocket shells hit the Seif al-Dawla neighborhood of Aleppo. Civilians were killed."},
			want:  "how many civilians were killed by rocket shells on the Seif al-Dawla neighborhood of Aleppo?",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := recase(tt.q, tt.texts); got != tt.want {
				t.Errorf("recase:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestLowerCased(t *testing.T) {
	for q, want := range map[string]bool{
		"who chaired the jonglei women's association at the 2017 unmiss forum?": true,
		"Who chaired the Jonglei Women's Association?":                          false,
		"how many children were living at the juba orphanage home?":             true,
		"2017?": false,
	} {
		if got := lowerCased(q); got != want {
			t.Errorf("lowerCased(%q) = %v, want %v", q, got, want)
		}
	}
}

// A heading's capitals are the layout's: "2 MAY 2019 FLASH UPDATE" and a
// table's "Families" name nothing (qa-rwp7-d12df54992-0, the question of
// h-ask56's mayDated).
func TestRecaseHeadings(t *testing.T) {
	q := "how many families had been displaced by the fighting in south tripoli that began on 4 april 2019, according to iom dtm's 2 may 2019 flash update?"
	texts := []string{"IOM DTM FLASH UPDATE\n02 MAY 2019 FLASH UPDATE\nDisplaced Families by Location\n" +
		"Since the onset of conflict on 04 April 2019 in South Tripoli, at least 10,110 families have been displaced, according to IOM DTM's update."}
	want := "how many families had been displaced by the fighting in South Tripoli that began on 4 April 2019, according to IOM DTM's 2 may 2019 flash update?"
	if got := recase(q, texts); got != want {
		t.Errorf("recase:\n got %q\nwant %q", got, want)
	}
}
