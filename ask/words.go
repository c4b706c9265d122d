package ask

// stopwords carry no topic: they are never searched and never count as
// overlap with the question.
var stopwords = set(`a about above according after again against all also am an and any are as at
be been before being below between both but by can could did do does doing down during each else
ever few for from further had has have having he her here hers him his how i if in into is it its
itself just let me more most my no nor not now of off on once only or other our out over own same
she should so some such than that the their theirs them then there these they this those through
to too under until up upon very was we were what when where which while who whom whose why will
with would you your yours said says say told tell according whom onto per via amid among
many much number name named called kind type exactly approximately roughly`)

// questionWords frame a question without being its topic.
var questionWords = set(`how many much who whom whose which what when where why did does do was
were is are has have had long often since date day year time place tell latest happening news
update status`)

// monthNames maps month words to their number.
var monthNames = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// calendarWords are capitalised but never an answer's name.
var calendarWords = set(`monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december today yesterday tomorrow
mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec`)

// genericCaps are capitalised words that start sentences or label things
// without naming the answer.
var genericCaps = set(`the a an in on at of and but it its this that these those there he she they we
i his her their our after before when while as if for from by with to mr mrs ms dr reuters afp ap
sana tags advertisement photo published date publication last updated read more related according
however meanwhile also earlier later local state news agency report reports said`)

// numberWords are the cardinal words a figure can be written in.
var numberWords = map[string]int64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000,
	"million": 1000000, "millions": 2000000,
}

// qualifierWords precede a figure and say how exact it is.
var qualifierWords = []string{
	"at least", "more than", "over", "about", "around", "nearly", "almost", "some",
	"up to", "as many as", "roughly", "approximately", "an estimated", "fewer than", "less than",
}

// durationUnits end a stated length of time.
var durationUnits = set(`second seconds minute minutes hour hours day days week weeks month months
year years`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				m[s[start:i]] = true
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}

// demonyms map an adjective of nationality to its country, so that "Iranian
// foreign minister" finds "Iran says".
var demonyms = map[string]string{
	"iranian": "iran", "syrian": "syria", "russian": "russia", "turkish": "turkey", "iraqi": "iraq",
	"lebanese": "lebanon", "israeli": "israel", "jordanian": "jordan", "saudi": "saudi", "qatari": "qatar",
	"egyptian": "egypt", "american": "america", "british": "britain", "french": "france",
	"german": "germany", "chinese": "china", "ukrainian": "ukraine", "afghan": "afghanistan",
	"yemeni": "yemen", "libyan": "libya", "palestinian": "palestine", "kurdish": "kurd",
	"belgian": "belgium", "emirati": "emirates", "sudanese": "sudan", "somali": "somalia",
}
