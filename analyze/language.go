package analyze

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"

	"github.com/conflict-digest/conflict-digest/lang"
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

// functionWords maps each function word to the Latin-script languages it
// belongs to, as bits (bit i: latinLanguages[i]), so a text is read once.
var functionWords = func() map[string]uint32 {
	m := map[string]uint32{}
	for i, l := range latinLanguages {
		for w := range l.words {
			m[w] |= 1 << i
		}
	}
	return m
}()

// functionWordStarts passes most words that are no function word without a
// lookup.
var functionWordStarts = triSetOf(functionWords)

// functionWordTable is functionWords as latinLanguageOf reads it.
var functionWordTable = lang.WordMapOf(functionWords)

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
	return language(title, text, func(title, text string) [][]string {
		sample := languageSample(title, text)
		return [][]string{strings.FieldsFunc(strings.ToLower(sample), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })}
	})
}

// docLanguage is Language of an article the analysis has split already:
// its words are read from the doc, not split again.
func docLanguage(d *doc, title, text string) string {
	return language(title, text, func(string, string) [][]string {
		// whole sentences until languageWords are read; d.titleWords are
		// title's words (d.title is title, its spaces trimmed), and the
		// sentences' words stand in order in d.words
		n, m := len(d.titleWords), 0
		for k := 0; k < len(d.sents) && n < languageWords; k++ {
			n += len(d.sents[k].words)
			m += len(d.sents[k].words)
		}
		return [][]string{d.titleWords, d.words[:m:m]}
	})
}

// languageWords is how many words of a Latin-script text tell its
// language.
const languageWords = 400

// language tells the language of title and text; tokens gives the
// lower-cased words of their Latin-script sample (languageSample), in one
// or more runs.
func language(title, text string, tokens func(title, text string) [][]string) string {
	if sampleASCII(title, text) { // most texts: Latin script, no runes to sort
		return latinLanguageOf(tokens(title, text)...)
	}
	sample := languageSample(title, text)
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
	return latinLanguageOf(tokens(title, text)...)
}

// languageSample returns the first languageText bytes of the title and
// the text on a line of its own, a long text cut before it is copied.
func languageSample(title, text string) string {
	if n := len(title) + 1; n < languageText && len(text) > languageText-n {
		text = text[:languageText-n]
	}
	sample := title + "\n" + text
	if len(sample) > languageText {
		sample = sample[:languageText]
	}
	return sample
}

// sampleASCII is ascii(languageSample(title, text)), read in place: the
// sample is the first languageText bytes of title, a line break and text.
func sampleASCII(title, text string) bool {
	if len(title) >= languageText {
		return ascii(title[:languageText])
	}
	rest := languageText - len(title) - 1 // of text, after the line break
	return ascii(title) && ascii(text[:min(len(text), rest)])
}

// scriptCounts counts the letters of s and the letters of each script.
// ASCII letters, most of most texts, are counted without a map.
func scriptCounts(s string) (letters int, scripts map[string]int) {
	scripts = map[string]int{}
	ascii := 0
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				ascii++
			}
		case unicode.IsLetter(r):
			letters++
			scripts[scriptOf(r)]++
		}
	}
	if ascii > 0 {
		scripts["latin"] += ascii
	}
	return letters + ascii, scripts
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
func latinLanguageOf(wss ...[]string) string {
	var counts [32]int
	n := 0 // words
	for _, ws := range wss {
		n += len(ws)
		for _, w := range ws {
			if !functionWordStarts.mayHold(w) {
				continue
			}
			for bits := functionWordTable.Get(w); bits != 0; bits &= bits - 1 {
				counts[trailingZeros(bits)]++
			}
		}
	}
	en, best, other := 0, "", 0 // English's hits; the other language with most, and its
	for i, l := range latinLanguages {
		switch {
		case l.code == English:
			en = counts[i]
		case counts[i] > other:
			best, other = l.code, counts[i]
		}
	}
	switch {
	case best != "" && other >= 3 && other >= 2*en && 8*other >= n:
		return best
	case en > 0 && n >= minLanguageWords:
		return English
	}
	return ""
}

// trailingZeros is bits.TrailingZeros32 of a non-zero word.
func trailingZeros(x uint32) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// ascii reports whether s is all ASCII.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
