package ask

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Invented reports of the shapes the readers' questions met in round
// h-ask9 (issue 14 item 5): the kind a "which X Y" question asks for is
// its phrase's last noun, a report lists things of a kind after "such as",
// numbers a thing of the kind asked ("the 2009 edition"), names a title
// where a person is asked, compares a figure with the previous period's,
// and writes a count in words. Each case fails on main ed080d8 but the
// volunteers' organisation and the count in words, which pass there with
// these reports too (kinds_unit_test.go tests their rules).
func TestReadersKinds(t *testing.T) {
	arts := []news.Article{
		{ExternalID: "clinic-1", Title: "Velora: taking clinic care to remote villages",
			Text: "Mobile clinics of the Ostrava programme test and treat patients in their villages. " +
				"“The next move is to pass on what we have learned from this Ostrava programme to other providers,” says Anton Mirek, head of mission for Velora. " +
				"As the pilot phase nears its end, a local partner, Velora Health Trust, is gearing up to take over the project."},
		{ExternalID: "tour-1", Title: "Study tour on water for Amberland's agriculture ministry",
			Text: "In partnership with the Amberland Ministry of Agriculture and its Irrigation Department, the agency organised a workshop and study tour for ministry officials in Kesh province. " +
				"The officials learned from the practical experience of the “Marek Valley Water Management Project” covering a large area of Kesh province."},
		{ExternalID: "coast-1", Title: "Preparing for coastal change in Norland",
			Text: "The guidance helps councils plan for coastal hazards and climate change; it contains new sections on engaging with communities and on the roles of local government. " +
				"This 2017 guidance is an update of the 2009 edition."},
		{ExternalID: "spill-1", Title: "Commission protects river communities of Velora after oil spill",
			Text: "The Commission granted a protective measure to the river communities of Tarno and Lesk in Velora after the oil spill. " +
				"According to the applicants, this can be verified by the presence of certain heavy metals, such as lead and arsenic, above recommended levels."},
		{ExternalID: "conf-1", Title: "Conference of Women in the Security Sector held in Velora",
			Text: "In attendance at the conference of women in the security sector were around 120 participants, including the Swedish Ambassador and representatives of the mission and UNDP. " +
				"Marta Lind, the mission's security sector reform representative, said that progress had been made."},
		{ExternalID: "storm-2", Title: "Velora: lessons of the storm",
			Text: "The Directorate of Civil Protection (DPC), the public institution in charge of managing disasters in Velora, has no budget of its own. " +
				"Before the storm, the volunteer staff of the civil protection force (and the Velora Red Cross) went through the villages with megaphones to announce the shelters."},
		{ExternalID: "caac-1", Title: "Velora CAAC Bulletin – Fourth quarter of 2016",
			Text: "A total of 1,305 incidents were documented in the reporting period, affecting 10,831 children. " +
				"This marks a sharp increase from the preceding quarter when 746 incidents affecting 3,291 children were reported. " +
				"Nine-hundred and eighteen (918) cases of denied access to health care were documented in Kesh, compared to five-hundred and thirty four (534) cases in the third quarter."},
	}
	a := New(newMemIndex(append(append(arts, dengueUpdate), secondKinds...)...), Options{})
	for _, c := range []struct{ q, want, article string }{
		{"What is the title of the Norland Health report on women and malaria released on 3 March?", "Hidden burden", "malaria-1"},
		{"How much more likely are children in camps to catch malaria than children in towns, according to the Norland Health report?", "6 times", "malaria-1"},
		{"How many steps does the planning process in the Norland guidance for councils have?", "12-step", "plan-1"},
		{"For how many consecutive days had shelling hit the Kesh districts as of 3 May?", "31st", "kesh-1"},
		{"By how many votes in favour did the Velora assembly keep the court paragraphs?", "88 in favour", "vote-1"},
		{"Which organisation's volunteers went through the villages with megaphones before the storm?", "Velora Red Cross", "storm-2"},
		{"Which public institution was in charge of managing disasters in Velora before the storm?", "Directorate of Civil Protection", "storm-2"},
		{"Which local partner was preparing to take over the Ostrava programme in Velora?", "Velora Health Trust", "clinic-1"},
		{"Which water management project in Kesh province did Amberland's agriculture ministry officials visit on a study tour?", "Marek Valley Water Management Project", "tour-1"},
		{"Which earlier edition did Norland's 2017 coastal hazards guidance for councils update?", "2009 edition", "coast-1"},
		{"Which heavy metals were found above recommended levels in the oil-spill-hit river communities of Velora?", "lead and arsenic", "spill-1"},
		{"Who was the mission's security sector reform representative who spoke at the Conference of Women in the Security Sector in Velora?", "Marta Lind", "conf-1"},
		{"How many incidents affecting children were documented in Velora in the fourth quarter of 2016, according to the CAAC bulletin?", "1,305", "caac-1"},
		{"How many cases of denied access to health care were documented in Kesh, according to the CAAC bulletin?", "918", "caac-1"},
	} {
		ans := askOne(t, a, c.q)
		if !strings.Contains(ans.Answer, c.want) || firstCited(ans) != c.article {
			t.Errorf("%q: answered %q citing %q, want %q citing %s", c.q, ans.Answer, firstCited(ans), c.want, c.article)
		}
	}
}

// secondKinds are more invented reports of the shapes of round h-ask9: a
// report asked for by its title, a multiple, a figure written onto what
// is counted or an ordinal, a vote.
var secondKinds = []news.Article{
	{ExternalID: "malaria-1", Title: "Hidden burden: malaria among children in camps **On 3 March, Norland Health warns that children in camps are more likely to catch malaria**",
		Text: "*New report from Norland Health shows the burden of malaria among displaced women and children*\n\n" +
			"**KESH, 3 March 2017—**Norland Health has released a new report on women, children and malaria in the camps of Velora. " +
			"Children in camps are 6 times more likely to catch malaria than children in towns, and 40% of them sleep without a net."},
	{ExternalID: "plan-1", Title: "Norland guidance for councils on planning for floods",
		Text: "The guidance for councils was published in 2017 [PDF, 4 MB]. " +
			"It outlines a 12-step planning process that councils and communities can follow when planning for floods."},
	{ExternalID: "kesh-1", Title: "Shelling of Kesh continues",
		Text: "Activists said that dozens of shells have been hitting the Kesh districts on a daily basis for the 31st consecutive day. " +
			"Two schools were damaged."},
	{ExternalID: "vote-1", Title: "Velora assembly adopts the aid workers text",
		Text: "The Velora assembly, by a recorded vote of 88 in favour to 9 against, with 4 abstentions, decided to keep the two court paragraphs. " +
			"The text was then adopted without a vote."},
}
