package ask

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Round h-ask60 (issue 14 item 5): the fit misses of q-cf3 and q-rwp9.

// headReports write the kind asked in lower case beside the words that tell
// which one it is: "the national museum", "the Ministry of interior".
var headReports = []news.Article{
	{ExternalID: "head-1", Title: "Fighters leave a museum in Kessa", Published: date("2017-12-04"),
		Text: "Varonia's antiquities authorities said fighters have withdrawn from the national museum in central Kessa after a ceasefire expired. " +
			"They released a video filmed inside the grounds of the museum."},
	{ExternalID: "head-2", Title: "Truce in Beda flouted", Published: date("2017-12-06"),
		Text: "The government of Beda has lamented that the ceasefire it declared on Friday night was flouted on Saturday morning. " +
			"A terse statement by the Ministry of interior said that a base of the Beda National Army in Las Osso was attacked by terrorist militia on Saturday morning."},
}

// TestHeadNamed60: a name question's head noun, written beside the lower-case
// words that tell which one ("the national museum", "the Ministry of
// interior"), is part of the answer: the words alone ("the national",
// "interior") name nothing. Fit misses qc3-95e2f58f96-1 ("From which museum
// in central Khartoum did RSF fighters withdraw ...", want "national
// museum") and qc3-7bde1fbab9-0 ("Which Somaliland ministry said ...", want
// "Ministry of interior").
func TestHeadNamed60(t *testing.T) {
	a := New(&factIndex{memIndex: newMemIndex(headReports...)}, Options{})
	askWant(t, a, []askCase{
		{"From which museum in central Kessa did fighters withdraw, according to Varonia's antiquities authorities, after the ceasefire expired?", "national museum", "head-1"},
		{"Which Beda ministry said that the ceasefire declared on Friday night was flouted by an attack on a National Army base in Las Osso?", "Ministry of interior", "head-2"},
	})
}
