package feed

import (
	"strings"
	"time"

	"github.com/conflict-digest/conflict-digest/lang"
)

var feedDateLayouts = []string{
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05", "2 Jan 2006",
}

// parseLocalDate reads an RFC 822-like date with a localised weekday and
// month ("Seg, 24 Set 2018 19:42:40 -0300"), the month's abbreviation read
// through lang.FeedMonth (Portuguese, Spanish, French, German, Italian);
// zero when it cannot.
func parseLocalDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ","); i >= 0 && i < 12 {
		s = strings.TrimSpace(s[i+1:]) // the weekday carries no information
	}
	f := strings.Fields(s)
	if len(f) < 3 {
		return time.Time{}
	}
	m, ok := lang.FeedMonth(strings.ToLower(strings.TrimSuffix(f[1], ".")))
	if !ok {
		return time.Time{}
	}
	f[1] = m.String()[:3] // the short English name the layouts read
	s = strings.Join(f, " ")
	for _, layout := range feedDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
