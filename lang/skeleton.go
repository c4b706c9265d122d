package lang

import "strings"

// Skeleton returns the first letter and the consonants of a lower-case
// transliterated name, its Arabic article dropped, doubled letters once:
// "maleh", "mallah" and "al-malaah" are all "mlh". Outlets spell one Arabic
// name in Latin letters with different vowels and doublings; its consonants
// they mostly agree on. A first vowel stays: without it "assyrian" was
// "sarin" and "imminent" "mount". It is "" for a skeleton of fewer than
// minSkeleton letters, which many unrelated words share, and for a word with
// a letter outside a-z.
func Skeleton(w string) string {
	w = dropArticle(w)
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c < 'a' || c > 'z':
			return ""
		case i > 0 && strings.IndexByte("aeiouy", c) >= 0:
			continue
		case len(b) > 0 && b[len(b)-1] == c:
			continue
		}
		b = append(b, c)
	}
	if len(b) < minSkeleton {
		return ""
	}
	return string(b)
}

// minSkeleton is the fewest consonants of a name's skeleton.
const minSkeleton = 3

// dropArticle drops the Arabic article written with a hyphen ("al-",
// "el-", and its assimilated forms "ash-", "ar-", "ad-" ...).
func dropArticle(w string) string {
	if i := strings.IndexByte(w, '-'); i >= 2 && i <= 3 && (w[0] == 'a' || w[0] == 'e') {
		return w[i+1:]
	}
	return w
}
