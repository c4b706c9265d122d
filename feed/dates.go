package feed

import (
	"strings"
	"time"
)

// localMonths maps month abbreviations of Portuguese, Spanish, French,
// German and Italian feeds to English, for dates gofeed cannot read
// ("Seg, 24 Set 2018 19:42:40 -0300").
// Not lang's month table, and must not be: lang knows English words as news
// text writes them; these are other languages' abbreviations (some, "set",
// "out", "ago", are English words) and map to the short English name a
// time.Parse layout reads, not to a month.
var localMonths = map[string]string{
	"jan": "Jan", "janv": "Jan", "ene": "Jan", "gen": "Jan", "jän": "Jan",
	"fev": "Feb", "févr": "Feb", "fevr": "Feb", "feb": "Feb",
	"mar": "Mar", "mars": "Mar", "mär": "Mar", "marz": "Mar",
	"abr": "Apr", "avr": "Apr", "apr": "Apr",
	"mai": "May", "may": "May", "mag": "May",
	"jun": "Jun", "juin": "Jun", "giu": "Jun",
	"jul": "Jul", "juil": "Jul", "lug": "Jul",
	"ago": "Aug", "août": "Aug", "aout": "Aug", "aug": "Aug",
	"set": "Sep", "sep": "Sep", "sept": "Sep",
	"out": "Oct", "oct": "Oct", "okt": "Oct", "ott": "Oct",
	"nov": "Nov",
	"dez": "Dec", "dic": "Dec", "déc": "Dec", "dec": "Dec",
}

var feedDateLayouts = []string{
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05", "2 Jan 2006",
}

// parseLocalDate reads an RFC 822-like date with a localised weekday and
// month; zero when it cannot.
func parseLocalDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ","); i >= 0 && i < 12 {
		s = strings.TrimSpace(s[i+1:]) // the weekday carries no information
	}
	f := strings.Fields(s)
	if len(f) < 3 {
		return time.Time{}
	}
	m, ok := localMonths[strings.ToLower(strings.TrimSuffix(f[1], "."))]
	if !ok {
		return time.Time{}
	}
	f[1] = m
	s = strings.Join(f, " ")
	for _, layout := range feedDateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
