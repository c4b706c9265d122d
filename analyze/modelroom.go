package analyze

import (
	"math"
	"slices"
	"strings"

	"github.com/conflict-digest/conflict-digest/lang"
)

// Room for the learned layer to differ from the rules (round h-learn3,
// README "The learned layer"): settings of TrainConfig that cmd/train
// compares by cross-validation on the development data. None is the
// shipped model's: its weights keep modelDims and the rules' prior
// (DefaultTrain), so analyze/model/weights.bin is rebuilt bit for bit.
//
//   - Free: the category heads start from even odds, not from the rules'
//     log-odds; the rules' score and decision are then ordinary features
//     (features' first seven of each rule) and the L2 penalty pulls the
//     weights towards zero, not towards the rules.
//   - Genre: features of the article's form — a wire dateline, a report's
//     paragraphs, its headings and furniture lines, its length, the
//     agency of its dateline (the publisher the text names) — in genreDims
//     slots past modelDims.
//   - Lead: hashed word unigrams, bigrams and trigrams of the headline and
//     lead alone (leadSentences), apart from the n-grams of features, in
//     1<<hashBits slots past the genre's.

// genreDims is the size of the genre block of the extended features.
const genreDims = 32

// publisherSlots are the genre block's hashed slots of a dateline's
// agency tag (its last slots).
const publisherSlots = 16

// extDims is the length of an extended feature vector: features', the
// genre block, then the lead's n-grams.
const extDims = modelDims + genreDims + 1<<hashBits

// extFeatures builds the extended vector of one article: x (features')
// and, past it, the genre block and the lead's n-grams. Training masks the
// blocks its setting leaves out (TrainConfig.Genre, Lead).
func extFeatures(d *doc, x *sparse) sparse {
	out := sparse{idx: slices.Clip(slices.Clone(x.idx)), val: slices.Clip(slices.Clone(x.val))}
	addGenre(&out, d)
	addLeadNgrams(&out, d)
	return out
}

// addGenre adds the genre block: the article's form, never its set.
func addGenre(x *sparse, d *doc) {
	o := modelDims
	n := len(d.sents)
	wire := n > 0 && wireOpening(d.sents[0].text)
	x.add(o, b2f(wire))
	x.add(o+1, b2f(!wire && n > 0 && paragraphs(d) > 1))
	x.add(o+2, float32(min(paragraphs(d), 30))/30)
	var headings, furniture, numbered int
	for _, s := range d.sents[:min(n, 8)] {
		if headingLine(s.text) {
			headings++
		}
		if pdfFurniture(s.text) {
			furniture++
		}
		if strings.ContainsAny(s.text[:min(len(s.text), 3)], "•-*0123456789") {
			numbered++
		}
	}
	x.add(o+3, float32(headings)/8)
	x.add(o+4, float32(furniture)/8)
	x.add(o+5, float32(numbered)/8)
	switch {
	case n <= 3:
		x.add(o+6, 1)
	case n <= 12:
		x.add(o+7, 1)
	case n <= 30:
		x.add(o+8, 1)
	default:
		x.add(o+9, 1)
	}
	x.add(o+10, b2f(d.title == ""))
	if tag := genreAgency(d); tag != "" {
		h := fnvString(fnvByte(fnvOffset, 'p'), tag)
		x.add(o+genreDims-publisherSlots+int(h%publisherSlots), 1)
	}
}

// genreAgency is the agency tag of a wire dateline among the first
// words of the text ("AFP", "REUTERS"), upper-cased, or "".
func genreAgency(d *doc) string {
	if len(d.sents) == 0 || !wireOpening(d.sents[0].text) {
		return ""
	}
	fs := strings.Fields(d.sents[0].text)
	for _, w := range fs[:min(len(fs), 8)] {
		if tag, _, ok := strings.Cut(w, ")"); ok && strings.HasPrefix(tag, "(") && isAgencyTag(tag) {
			return strings.ToUpper(strings.Trim(tag, " .()"))
		}
	}
	return ""
}

// addLeadNgrams adds the hashed unigrams, bigrams and trigrams of the
// headline and the lead, each once, scaled to unit length.
func addLeadNgrams(x *sparse, d *doc) {
	hs := make([]int32, 0, 256)
	hs = appendLeadNgrams(hs, d.titleWords)
	for _, s := range d.sents[:min(len(d.sents), leadSentences)] {
		hs = appendLeadNgrams(hs, s.words)
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	if len(hs) == 0 {
		return
	}
	v := float32(1 / math.Sqrt(float64(len(hs))))
	for _, h := range hs {
		x.add(modelDims+genreDims+int(h), v)
	}
}

// appendLeadNgrams appends the hashes of the words of ws (function stop
// words left out, as appendNgrams does), their pairs and their triples.
func appendLeadNgrams(hs []int32, ws []string) []int32 {
	var prev, pair uint32
	for _, w := range ws {
		if lang.IsStop(w, lang.Function) {
			continue
		}
		h := fnvString(fnvByte(fnvOffset, 'l'), w)
		hs = append(hs, int32(h>>(32-hashBits)))
		next := uint32(0)
		if prev != 0 {
			next = fnvString(fnvByte(prev, ' '), w)
			hs = append(hs, int32(next>>(32-hashBits)))
		}
		if pair != 0 {
			hs = append(hs, int32(fnvString(fnvByte(pair, ' '), w)>>(32-hashBits)))
		}
		prev, pair = h, next
	}
	return hs
}

// inBlock reports whether index i of an extended vector is one the
// setting reads.
func (cfg *TrainConfig) inBlock(i int32) bool {
	switch {
	case i < modelDims:
		return true
	case i < modelDims+genreDims:
		return cfg.Genre
	default:
		return cfg.Lead
	}
}

// extended reports a setting that reads the extended vector.
func (cfg *TrainConfig) extended() bool { return cfg.Genre || cfg.Lead }
