package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Rules of round h-viol3 (issue 14: violence false alarms on every fit
// half), each checked on invented reports.

// TestViolenceOfCaptivesNamed: captives named by their seizure in a clause
// of their own ("the families of those abducted by Boko Haram", "the
// lives of four engineers kidnapped by gunmen", "Maya, who was
// abducted from her home by Boko Haram gunmen, was among the captives
// released")
// are who the sentence is about, not an attack it reports. The seizure
// told ("gunmen abducted four engineers on Monday", a headline's "Four
// engineers kidnapped in Borno state") and captives killed stay violence.
func TestViolenceOfCaptivesNamed(t *testing.T) {
	for _, tt := range []struct {
		name, title, text string
		violence          bool
	}{
		{"the families of those abducted", "",
			"For the families of those abducted by Boko Haram, Friday marks six months of waiting. " +
				"They gathered outside the governor's office with photographs.", false},
		{"a company halts work for its kidnapped staff", "Engineering firm suspends work in Borno state",
			"A Dutch engineering firm said on Wednesday it was suspending work in Borno state to save the lives of four engineers kidnapped by gunmen. " +
				"The firm has 300 staff in the region.", false},
		{"a captive freed, named by her seizure", "",
			"Maya, who was abducted from her home in Kerewa, Borno state by Boko Haram gunmen, was among the second group of captives released as part of a deal between the government and the group. " +
				"Her parents said she was tired but well.", false},
		{"the seizure told", "Gunmen abduct four engineers in Borno state",
			"Gunmen abducted four engineers from a pumping station in Borno state on Monday, police said. " +
				"The firm has 300 staff in the region.", true},
		{"a headline's seizure", "Four engineers kidnapped in Borno state",
			"Four Dutch engineers were kidnapped from a pumping station in Borno state on Monday, police said. " +
				"The firm has 300 staff in the region.", true},
		{"captives killed", "",
			"The bodies of six men abducted by Boko Haram last week were found on Tuesday near Kerewa, Borno state, police said. " +
				"Their families had paid a ransom.", true},
	} {
		an := Analyze(&news.Article{Title: tt.title, Text: tt.text})
		if an.Relevance == nil || !an.Relevance.Relevant {
			t.Errorf("%s: not read as war news (%+v)", tt.name, an.Relevance)
			continue
		}
		if got := an.Has(news.Violence); got != tt.violence {
			t.Errorf("%s: violence %v, want %v (%v; scores %v; evidence %s)", tt.name, got, tt.violence, an.Categories, an.Scores,
				strings.Join(an.Evidence[news.Violence], " | "))
		}
	}
}
