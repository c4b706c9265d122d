package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestLeftPlace: people counted as leaving besieged towns in a sentence of
// an evacuation are evacuees; the same verb with no evacuation told, or a
// toll that "left" dead, is none (invented sentences).
func TestLeftPlace(t *testing.T) {
	pub := time.Date(2017, 4, 15, 12, 0, 0, 0, time.UTC)
	ev := Analyze(&news.Article{Title: "Evacuation of besieged towns resumes", Published: pub,
		Text: "More than 3000 people who had lived under siege for more than two years left the two towns on Friday along with 1200 evacuated from two rebel-held towns."})
	if e := ev.Facts.Evacuated; e == nil || e.Value != 3000 || e.Qualifier != news.MoreThan {
		t.Errorf("Evacuated = %+v, want more than 3000", e)
	}
	none := Analyze(&news.Article{Title: "Families leave the city", Published: pub,
		Text: "More than 3000 people left the city on Friday as prices rose, residents said."})
	if e := none.Facts.Evacuated; e != nil {
		t.Errorf("Evacuated = %+v, want none: no evacuation told", *e)
	}
}
