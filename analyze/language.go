package analyze

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"
)

// The analysis reads English: its lexicon, gazetteer and figure rules are
// English. Language tells which language an article is written in, so that
// one it cannot read is stored and counted ("26 items in Urdu: not
// analysed") instead of being read as English and filed under a category
// by accident, or dropped without a word.

// English is the code of the one language the analysis reads.
const English = "en"

// ReadLanguages are the languages the analysis reads, by code.
var ReadLanguages = []string{English}

// languageText bounds the text a detection looks at: the title and the
// first paragraphs say which language an article is in.
const languageText = 2048

// minLanguageWords is the fewest words of a Latin-script text whose
// language is decided by its function words; a shorter text (a headline)
// is taken as English unless another language's words clearly lead.
const minLanguageWords = 6

//go:embed languages.txt
var languagesData string

// latinLanguage is a language written in Latin script, known by its most
// frequent function words.
type latinLanguage struct {
	code, name string
	words      map[string]bool
}

// languageNames names the languages Language may return, by code.
var languageNames = map[string]string{}

// latinLanguages are the Latin-script languages Language tells apart.
var latinLanguages = parseLanguages(languagesData)

// parseLanguages reads languages.txt: "code<TAB>name<TAB>words" for a
// Latin-script language, "code<TAB>name" for one told by its script.
func parseLanguages(data string) []latinLanguage {
	var out []latinLanguage
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			panic("analyze: languages.txt: bad line " + line)
		}
		languageNames[f[0]] = f[1]
		if len(f) == 3 {
			l := latinLanguage{code: f[0], name: f[1], words: map[string]bool{}}
			for _, w := range strings.Fields(f[2]) {
				l.words[w] = true
			}
			out = append(out, l)
		}
	}
	return out
}

// LanguageName returns the English name of a language code ("ur" →
// "Urdu"), or the code itself when it is not one Language returns.
func LanguageName(code string) string {
	if n, ok := languageNames[code]; ok {
		return n
	}
	return code
}

// Language returns the code of the language title and text are written
// in: by script first (Arabic script tells Urdu, Persian, Pashto and
// Arabic apart by their own letters; Cyrillic, Ukrainian and Russian), then
// for Latin script by function words. It returns "" when the text is too
// short or too mixed to say; callers read such a text as English.
func Language(title, text string) string {
	sample := title + "\n" + text
	if len(sample) > languageText {
		sample = sample[:languageText]
	}
	letters, scripts := scriptCounts(sample)
	if letters == 0 {
		return ""
	}
	script, n := "", 0
	for s, k := range scripts {
		if k > n || (k == n && s < script) {
			script, n = s, k
		}
	}
	if 2*n < letters { // no script holds half the letters
		return ""
	}
	if script != "latin" {
		return scriptLanguage(script, sample)
	}
	return latinLanguageOf(sample)
}

// scriptCounts counts the letters of s and the letters of each script.
func scriptCounts(s string) (letters int, scripts map[string]int) {
	scripts = map[string]int{}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		scripts[scriptOf(r)]++
	}
	return letters, scripts
}

// scripts maps Unicode scripts to the names scriptOf gives them.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"latin", unicode.Latin}, {"arabic", unicode.Arabic}, {"cyrillic", unicode.Cyrillic},
	{"hebrew", unicode.Hebrew}, {"devanagari", unicode.Devanagari}, {"bengali", unicode.Bengali},
	{"han", unicode.Han}, {"hiragana", unicode.Hiragana}, {"katakana", unicode.Katakana},
	{"hangul", unicode.Hangul}, {"thai", unicode.Thai}, {"ethiopic", unicode.Ethiopic},
	{"greek", unicode.Greek}, {"armenian", unicode.Armenian}, {"georgian", unicode.Georgian},
	{"myanmar", unicode.Myanmar}, {"tamil", unicode.Tamil}, {"khmer", unicode.Khmer},
	{"gurmukhi", unicode.Gurmukhi}, {"sinhala", unicode.Sinhala},
}

func scriptOf(r rune) string {
	if r < 0x80 {
		return "latin"
	}
	for _, s := range scripts {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return "other"
}

// scriptCodes are the languages a script alone names.
var scriptCodes = map[string]string{
	"hebrew": "he", "devanagari": "hi", "bengali": "bn", "han": "zh", "hiragana": "ja", "katakana": "ja",
	"hangul": "ko", "thai": "th", "ethiopic": "am", "greek": "el", "armenian": "hy", "georgian": "ka",
	"myanmar": "my", "tamil": "ta", "khmer": "km", "gurmukhi": "pa", "sinhala": "si",
}

// scriptLanguage tells the language of a text in a script other than
// Latin. Urdu, Persian and Pashto write letters Arabic has not; Ukrainian
// has letters Russian has not.
func scriptLanguage(script, s string) string {
	switch script {
	case "arabic":
		switch {
		case strings.ContainsAny(s, "ےںٹڈڑھ"):
			return "ur"
		case strings.ContainsAny(s, "ټډړږښځڅ"):
			return "ps"
		case strings.ContainsAny(s, "پچژگ") || strings.ContainsRune(s, 'ی'):
			return "fa"
		}
		return "ar"
	case "cyrillic":
		if strings.ContainsAny(s, "іїєґІЇЄҐ") {
			return "uk"
		}
		return "ru"
	}
	if code, ok := scriptCodes[script]; ok {
		return code
	}
	return "und"
}

// latinLanguageOf tells a Latin-script text's language by how many of its
// words are each language's function words. Another language than English
// must show at least three of its own, one word in eight, and twice
// English's: names and loan words ("al-Shifa", "Gaza's") must not make an
// English headline Spanish.
func latinLanguageOf(s string) string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	hits := map[string]int{}
	best := ""
	for _, l := range latinLanguages {
		for _, w := range ws {
			if l.words[w] {
				hits[l.code]++
			}
		}
		if l.code != English && hits[l.code] > hits[best] {
			best = l.code
		}
	}
	en, other := hits[English], hits[best]
	switch {
	case best != "" && other >= 3 && other >= 2*en && 8*other >= len(ws):
		return best
	case en > 0 && len(ws) >= minLanguageWords:
		return English
	}
	return ""
}
