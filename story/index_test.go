package story

import (
	"time"

	"github.com/conflict-digest/conflict-digest/analyze"
	"github.com/conflict-digest/conflict-digest/news"
)

var t0 = time.Date(2016, 7, 5, 9, 0, 0, 0, time.UTC)

func item(id int64, title, text string, at time.Time, places ...string) Item {
	it := Item{ArticleID: id, Title: title, Text: text, Published: at, EventDay: dayNumber(at),
		Fingerprint: analyze.Fingerprint(title, text)}
	for _, p := range places {
		it.Places = append(it.Places, news.Entity{Name: p, Kind: "city"})
	}
	return it
}

const (
	bakeryText  = "A motorcycle bomber killed at least 16 civilians outside a bakery in the Syrian city of Hasakeh on Tuesday, on the eve of the feast marking the end of Ramadan, an official said. The attack also wounded dozens of people in the Kurdish-held district, the Syrian Observatory for Human Rights said. No group immediately claimed the bombing."
	bakeryCopy  = "A motorcycle bomber killed at least 16 civilians outside a bakery in the city of Hasakeh on Tuesday, on the eve of the feast that marks the end of Ramadan, an official said. The attack wounded dozens of people in the Kurdish district, the Syrian Observatory for Human Rights said. No group has claimed the bombing."
	bakeryOther = "Sixteen people died when a suicide bomber on a motorbike blew himself up near a crowded bakery in Hasakeh, Kurdish security forces said. Dozens were wounded in the blast in the Salihiah neighbourhood, a day before Eid."
	aleppoText  = "Government air strikes on rebel-held eastern Aleppo killed 25 people, including six children, rescue workers said on Wednesday. The raids hit a market and a clinic in the Shaar district."
	genevaText  = "United Nations envoy Staffan de Mistura said talks in Geneva between the government and the opposition would resume next week. Delegations discussed a political transition and a nationwide ceasefire."
)
