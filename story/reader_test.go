package story

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// The texts below are cut from FA-KES articles in testdata/articles.jsonl
// (punctuation stripped as in the corpus).
const (
	tagsText = "Supplies in the city under siege are swindling as Russian and Syrian air forces renew their raids on Aleppos opposition-controlled areas leaving hundreds dead. " +
		"Tags Syria Aleppo Russia airstrikes US ceasefire Hundreds of people including civilians have been killed as Russian and Syrian jets continued on Monday to pound rebel-held areas of Syrias Aleppo for the fourth day in a row. " +
		"The death toll reached 330 overnight civil defence sources told The New Arab as airstrikes targeted the citys opposition-controlled areas after midnight on Sunday."
	repeatText = "Opposition minister among 12 dead in Syria car bomb A \"minister\" in Syrias opposition government was among at least 12 people killed in a car bomb attack in the south of the country on Thursday the bodys spokesman said. " +
		"Dozens more were wounded in the attack the spokesman told reporters by telephone on Thursday evening."
	captionText = "At least 10 people were killed on Sunday when barrel bombs were dropped by regime forces on an opposition-held town in Daraa. " +
		"Smoke rises after an airstrike in the opposition-held town of Dael in Deraa Governorate Syria September 5 2016. (TRT World and Agencies) A fragile ceasefire between the regime and opposition forces that was brokered by the US and Russia last week has ended with no word of a renewed truce on Monday."
)

func TestBuildSummaryClutter(t *testing.T) {
	tests := []struct {
		name, title, text string
		bad               []string
	}{
		{"tag list", "Hundreds dead as fresh airstrikes hit Syrias Aleppo", tagsText, []string{"Tags", "airstrikes US ceasefire"}},
		{"headline run into lead", "Opposition minister among 12 dead in Syria car bomb Rebels", repeatText, []string{"car bomb A"}},
		{"photo caption and credit", "US-Russia brokered Syria truce ends", captionText, []string{"Smoke rises", "Agencies", "2016."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Build([]Member{member(1, "alaraby", tt.title, tt.text, t0, news.Analysis{})}).Summary
			if got == "" {
				t.Fatal("empty summary")
			}
			for _, b := range tt.bad {
				if strings.Contains(got, b) {
					t.Errorf("Summary = %q, has %q", got, b)
				}
			}
		})
	}
}

func TestAfterCredit(t *testing.T) {
	tests := map[string]string{
		"Smoke rises over Dael 2016. (TRT World and Agencies) A truce ended.": "A truce ended.",
		"Ten were killed. (Reuters photo) Rescuers dug.":                      "Rescuers dug.",
		"Ten were killed in Idlib. (The toll may rise) Rescuers dug.":         "Ten were killed in Idlib. (The toll may rise) Rescuers dug.",
		"No credit here.": "No credit here.",
		"Broken. (":       "Broken. (",
	}
	for in, want := range tests {
		if got := afterCredit(in); got != want {
			t.Errorf("afterCredit(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDropSubheading: a paragraph's subheading glued to its first
// sentence is dropped (issue 13: 2016 window "UN resumes aid deliveries A
// clearly marked UN convoy ...", 0403 window "Pressure mounts on Assad
// Turkey remains committed to a ceasefire ...", TRT World); an article
// after a word that takes an object, a name or punctuation is the
// sentence's own, and so is a name after a title, an adverbial or a time
// that leads into the sentence. Invented sentences.
func TestDropSubheading(t *testing.T) {
	tests := map[string]string{
		"Agency resumes food deliveries A marked convoy reached the town on Thursday.":   "A marked convoy reached the town on Thursday.",
		"Talks collapse The delegations left Geneva on Friday.":                          "The delegations left Geneva on Friday.",
		"The minister told The Associated Press that aid would resume.":                  "The minister told The Associated Press that aid would resume.",
		"Envoys met in The Hague on Monday to discuss the deal.":                         "Envoys met in The Hague on Monday to discuss the deal.",
		"A convoy of the agency reached the town on Thursday.":                           "A convoy of the agency reached the town on Thursday.",
		"Rebels said the strike, The Observer reported, killed four.":                    "Rebels said the strike, The Observer reported, killed four.",
		"Fighting near Aleppo The army said it repelled an attack.":                      "Fighting near Aleppo The army said it repelled an attack.",
		"Residents of the besieged district of the town said A convoy came.":             "Residents of the besieged district of the town said A convoy came.",
		"On Sunday Zouhir al-Velmi The Daily correspondent in Velm reported ten killed.": "On Sunday Zouhir al-Velmi The Daily correspondent in Velm reported ten killed.",
		"Later convoy al-Velmi The agency said trucks were hit.":                         "Later convoy al-Velmi The agency said trucks were hit.",
		// a heading's clause before a name and its verb
		"Pressure grows on Velmar Norland remains committed to the truce but wants talks, its minister said on Sunday.": "Norland remains committed to the truce but wants talks, its minister said on Sunday.",
		"Offensive stalls in Harim The army said it pulled back from two villages.":                                     "The army said it pulled back from two villages.",
		// a title, an adverbial or a time before a name: the sentence's own
		"Rebel commander Abu Karim said the town was taken on Friday.":             "Rebel commander Abu Karim said the town was taken on Friday.",
		"Local activists in Harim Hadi Velmi said ten were killed.":                "Local activists in Harim Hadi Velmi said ten were killed.",
		"Speaking in Moscow Lavrov said the talks would go on.":                    "Speaking in Moscow Lavrov said the talks would go on.",
		"Hours after the attack Norland said it would send aid.":                   "Hours after the attack Norland said it would send aid.",
		"Earlier this week Norland said it would send aid to the town.":            "Earlier this week Norland said it would send aid to the town.",
		"Syrian President Bashar al-Assad said on Sunday the war would go on.":     "Syrian President Bashar al-Assad said on Sunday the war would go on.",
		"Talks in Geneva on Monday Norland said no deal was near.":                 "Talks in Geneva on Monday Norland said no deal was near.",
		"Foreign ministers of Norland and Velmar Russia says will meet on Friday.": "Foreign ministers of Norland and Velmar Russia says will meet on Friday.",
	}
	for in, want := range tests {
		if got := dropSubheading(in); got != want {
			t.Errorf("dropSubheading(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFormatFigureNeverNamesUnknown(t *testing.T) {
	f := Figures([]Member{member(1, "unknown", "t", "x", t0, killed(8000, news.Exact))})
	if len(f) != 1 {
		t.Fatalf("figures = %d, want 1", len(f))
	}
	if got, want := FormatFigure(f[0]), "8,000, as of "+t0.Format("2 Jan 2006"); got != want {
		t.Errorf("FormatFigure = %q, want %q", got, want)
	}
}

// TestBuildSummaryWithoutOutletPrefix: an outlet's section name opening a
// lead ("Regional NNA - ") is not summary text.
func TestBuildSummaryWithoutOutletPrefix(t *testing.T) {
	text := "Regional NNA - The blast heard Saturday evening in the area of Burj Rouss in Damascus was due to a rocket bomb and not a car explosion, an NNA correspondent reported. " +
		"The rocket bomb killed one person and injured 40 others in the area of the explosion, the correspondent added."
	got := Build([]Member{member(1, "nna", "National News Agency - Damascus explosion due to rocket bomb", text, t0, news.Analysis{})})
	if !strings.HasPrefix(got.Summary, "The blast heard Saturday evening") || strings.Contains(got.Summary, "NNA -") {
		t.Errorf("Summary = %q, want it to open with the lead's own words", got.Summary)
	}
	if got.Headline != "Damascus explosion due to rocket bomb" {
		t.Errorf("Headline = %q", got.Headline)
	}
}
