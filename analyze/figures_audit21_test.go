package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Figure lines that readers audited against their articles (issue 10, the
// fit half, leftovers of h-fig20). Invented sentences of the audited shapes.

// "the number of X who have been martyred ... has become around N" is a
// killed count with its qualifier (fakes-768's shape).
func TestNumberMartyredHasBecome(t *testing.T) {
	for _, text := range []string{
		"State TV said that the number of civilians who have been martyred by the shelling of Foo on Saturday has become around 40.",
		"State TV said that the number of civilians who have been martyred by the shelling of Foo on Saturday reached around 40.",
		"State TV said that the number of civilians killed in the shelling of Foo on Saturday has risen to around 40.",
	} {
		an := Analyze(&news.Article{Text: text})
		if k := an.Facts.Killed; k == nil || k.Value != 40 || k.Qualifier != news.About {
			t.Errorf("%q: killed = %+v, want about 40", text, k)
		}
	}
	an := Analyze(&news.Article{Text: "The number of martyrs has become 12, the monitor said."})
	if k := an.Facts.Killed; k == nil || k.Value != 12 || k.Qualifier != news.Exact {
		t.Errorf("killed = %+v, want 12", k)
	}
	// "a number of" counts no one; "become" with no toll before it is no count.
	for _, text := range []string{
		"A number of the martyrs' families have become 40 households in Foo.",
		"The town has become 40 kilometres from the front.",
	} {
		if k := Analyze(&news.Article{Text: text}).Facts.Killed; k != nil {
			t.Errorf("%q: killed = %+v, want none", text, k)
		}
	}
}

// An official at the governor's office speaks for the office, not for the
// governor (fakes-197's shape): "the governor" of the table does not take
// the article of the longer name after it.
func TestGovernorsOfficeIsNotTheGovernor(t *testing.T) {
	for text, want := range map[string]string{
		"An official at the governor's office in Foo said the blasts wounded at least 130 people.": "governor's office",
		"An official at the governors office in Foo said the blasts wounded at least 130 people.":  "governor's office",
		"The blasts wounded at least 130 people, according to the office of the governor.":         "governor's office",
		"The blasts wounded at least 130 people, the governor said.":                               "governor",
		"The governor said the blasts wounded at least 130 people.":                                "governor",
	} {
		an := Analyze(&news.Article{Text: text})
		if w := an.Facts.Injured; w == nil || w.Value != 130 || !sameOriginator(*w, want) {
			t.Errorf("%q: injured = %+v, want %s's 130", text, w, want)
		}
	}
}
