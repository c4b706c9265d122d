package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Round h-talks13 (issue 14, twenty-fourth session: the sealed agency
// reports' talks precision 0.51): the talks false alarms of the agency and
// news fit halves and the ReliefWeb 2017 development reports (README,
// "Categories beyond one war"). Every text is invented.

// recordOf builds a record of n sentences: the lead, then filler sentences
// of other business, with body spread over them every few sentences.
func recordOf(lead []string, body []string, n int) string {
	filler := []string{
		"The representative of the donor country said its contribution to the agency's budget had risen this year.",
		"She said the agency's schools had reopened for half a million pupils after the summer.",
		"He noted that the agency's health centres had treated three million patients in the past year.",
		"The speaker stressed that predictable funding would let the agency plan its programmes.",
	}
	ss := append([]string(nil), lead...)
	for k := 0; len(ss) < n; k++ {
		if k%4 == 3 && len(body) > 0 {
			ss = append(ss, body[0])
			body = body[1:]
			continue
		}
		ss = append(ss, filler[k%len(filler)])
	}
	return strings.Join(ss, " ")
}

// TestTalksInRecordBody: a record of a debate or a long report (over
// recordLength sentences) whose headline and lead tell other business holds
// no talks for its speakers' calls for a settlement past the lead, however
// many; the same record whose lead tells talks keeps them, and a news story
// of recordLength sentences at most keeps talks told past its lead (FA-KES
// labels them so).
func TestTalksInRecordBody(t *testing.T) {
	calls := []string{
		"The delegate said his country was committed to a lasting political settlement of the conflict between the two sides.",
		"Another speaker urged the parties to resume credible negotiations towards peace.",
		"He called for a just political solution, saying the refugee question could only be resolved in negotiations between the parties.",
		"She said the peace process had stalled and called on the parties to return to the negotiating table.",
		"The observer said a two-State solution reached through negotiations was the only option.",
		"He said his delegation supported the envoy's efforts to revive the peace talks.",
		"A speaker said only a negotiated settlement would end the refugees' plight.",
		"The delegate welcomed the reconciliation agreement between the rival factions.",
		"He stressed that the peace agreement must be implemented in full.",
		"She urged both sides to return to the negotiating table without conditions.",
	}
	lead := []string{
		"The Fourth Committee continued its debate on the relief agency's funding shortfall today.",
		"Delegates warned that a lack of funding would force the agency to cut services to refugees.",
		"The agency's Commissioner-General said it faced a deficit of 49 million dollars.",
		"Several speakers called on donors to increase their contributions.",
	}
	title := "Delegates warn of crisis should the refugee agency cut services"
	record := classifyText(title, recordOf(lead, calls, 60))
	wantCategory(t, "a record of an agency's funding debate", record, news.Talks, false)

	talksLead := []string{
		"The Special Envoy briefed the Council today on the peace talks between the government and the rebels in Geneva.",
		"He said the two sides had agreed to meet again next month to discuss a new constitution.",
		"The rebels' delegation had boycotted the last round of talks.",
		"Several speakers welcomed the progress of the talks.",
	}
	briefing := classifyText("Envoy tells Council peace talks have made progress", recordOf(talksLead, calls, 60))
	wantCategory(t, "a record whose lead tells talks", briefing, news.Talks, true)

	story := classifyText(title, recordOf(lead, calls, recordLength))
	wantCategory(t, "a story of recordLength sentences", story, news.Talks, true)
}

// TestTalksAidCoordination: the bodies that coordinate an aid response —
// the Humanitarian Coordinator, the Humanitarian Country Team, an
// inter-sector group — meeting, agreeing a plan, or an agency signing for
// refugees' voluntary return hold no talks when the sentence names nothing
// of a war's business; the coordinator negotiating with a war's sides
// does.
func TestTalksAidCoordination(t *testing.T) {
	checkEvidence(t, fTalks, 0.5, []evidenceCase{
		{"The Humanitarian Coordinator met with the Governor of Borno State to discuss access and the protection of civilians.", false},
		{"The Humanitarian Country Team agreed on a joint operational plan for the port city.", false},
		{"The inter-sector coordination group met in Maiduguri and agreed to send a rapid response team.", false},
		{"UNHCR and the Government signed a tripartite agreement with Kenya on the voluntary return of refugees.", false},
		{"The Humanitarian Coordinator met rebel commanders to negotiate a pause in the fighting.", true},
	})
}

// TestTalksCounterpart: "counterpart" names an equal, no meeting; a meeting
// with a counterpart is told by its own words.
func TestTalksCounterpart(t *testing.T) {
	checkEvidence(t, fTalks, 0.4, []evidenceCase{
		{"Saudi Arabia is the main Sunni power, Iran its Shia counterpart.", false},
		{"The foreign minister held talks with his Russian counterpart on the ceasefire in Aleppo.", true},
	})
}

// TestTalksLegislature: a legislature's resolution, vote or boycotted session
// is a country's politics, no diplomacy, and so is "the resolution" a report
// of it names again without the legislature; a UN resolution named beside a
// parliament, and a peace agreement a parliament ratifies, stay talks.
func TestTalksLegislature(t *testing.T) {
	checkEvidence(t, fTalks, 0.35, []evidenceCase{
		{"Iraq's parliament voted on a resolution to expel foreign troops from the country.", false},
		{"Kurdish members of parliament boycotted the session.", false},
		{"The European Parliament passed a resolution on the war on Thursday.", false},
		{"Parliament welcomed the Security Council resolution that demands talks between the government and the rebels.", true},
		{"Lawmakers ratified the peace agreement with the rebels on Monday.", true},
	})
	vote := classifyText("Parliament votes to reject the referendum",
		"Iraq's parliament voted on Tuesday on a resolution to reject the independence referendum and asked the prime minister to deploy troops. "+
			"Kurdish members of parliament boycotted the session. The resolution is not binding.")
	wantCategory(t, "a parliament's resolution", vote, news.Talks, false)
	council := classifyText("Council adopts resolution on the war",
		"The Security Council adopted a resolution on Tuesday demanding a ceasefire and talks between the government and the rebels. "+
			"The resolution was adopted by 13 votes with two abstentions.")
	wantCategory(t, "a Council resolution", council, news.Talks, true)
}

// TestTalksCommunityDialogue: dialogue counted as a programme's sessions is
// an aid project's work; a dialogue between communities in strife is talks.
func TestTalksCommunityDialogue(t *testing.T) {
	checkEvidence(t, fTalks, 0.5, []evidenceCase{
		{"UNICEF and partners held 30 community dialogue sessions in the camps on the reintegration of children formerly associated with armed groups.", false},
		{"Elders of the two clans held an inter-communal dialogue to end the cattle raids.", true},
	})
}

// TestTalksAccordAsFrame: an aid or development project run under a peace
// deal names the deal as its frame, no diplomacy; the deal's own news
// stays talks.
func TestTalksAccordAsFrame(t *testing.T) {
	checkEvidence(t, fTalks, 0.5, []evidenceCase{
		{"The project will be carried out in the framework of the implementation of the peace accord signed between the government and the guerrillas.", false},
		{"The agency and the government launched a reintegration programme for former combatants under the peace agreement.", false},
		{"The government and the guerrillas signed a peace accord on Thursday.", true},
		{"Under the peace agreement, the rebels will hand over their weapons within six months.", true},
	})
}
