package story

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// outletNames are the names readers know outlets by, keyed by the squashed
// source id or name ("dailysabah", "daily sabah" and "Daily-Sabah" meet):
// the FA-KES source ids and the wire agencies and outlets the feeds carry.
var outletNames = map[string]string{
	"ahram": "Ahram Online", "ahramonline": "Ahram Online", "alalam": "Al-Alam", "alaraby": "Al-Araby Al-Jadeed",
	"alarabyaljadeed": "Al-Araby Al-Jadeed", "thenewarab": "The New Arab", "arabiya": "Al Arabiya",
	"alarabiya": "Al Arabiya", "asharqalawsat": "Asharq Al-Awsat", "dailysabah": "Daily Sabah",
	"etilaf": "Syrian Coalition", "jordantimes": "Jordan Times", "manar": "Al-Manar",
	"almanar": "Al-Manar", "nna": "NNA", "reuters": "Reuters", "sana": "SANA", "sputnik": "Sputnik",
	"sputniknews": "Sputnik", "tass": "TASS", "trt": "TRT World", "trtworld": "TRT World", "afp": "AFP",
	"ap": "AP", "associatedpress": "AP", "aljazeera": "Al Jazeera", "aljazeeraenglish": "Al Jazeera",
	"bbc": "BBC", "bbcnews": "BBC", "theguardian": "The Guardian", "guardian": "The Guardian", "cnn": "CNN",
	"nytimes": "The New York Times", "newyorktimes": "The New York Times", "washingtonpost": "The Washington Post",
	"reliefweb": "ReliefWeb", "ocha": "OCHA", "un": "UN", "unnews": "UN News", "sohr": "SOHR", "dpa": "dpa",
	"anadolu": "Anadolu Agency", "anadoluagency": "Anadolu Agency", "aa": "Anadolu Agency", "irna": "IRNA",
	"icrc": "ICRC", "msf": "MSF", "unhcr": "UNHCR", "unicef": "UNICEF", "who": "WHO", "wfp": "WFP",
	"middleeasteye": "Middle East Eye", "kyivindependent": "Kyiv Independent", "ukrinform": "Ukrinform",
}

// unnamed are source ids that say the source is not known.
var unnamed = map[string]bool{"": true, "unknown": true, "none": true, "na": true, "anonymous": true}

// DisplaySource renders a source name for readers: the name an outlet is
// known by ("dailysabah" → "Daily Sabah", "sana" → "SANA"), else a name with
// capitals as it is, else the lower-case id capitalised ("kyivpost" →
// "Kyivpost"). It returns "" for a source that is not named ("",
// "unknown"): a digest never shows an invented source.
func DisplaySource(name string) string {
	name = strings.TrimSpace(name)
	sq := squash(name)
	switch {
	case unnamed[sq]:
		return ""
	case outletNames[sq] != "":
		return outletNames[sq]
	case strings.ToLower(name) != name:
		return name
	}
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(r)) + name[n:]
}
