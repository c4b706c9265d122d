package lang

import "strings"

// bodyHeads are the words an organisation's name ends with ("Syrian
// Observatory for Human Rights", "Syrian Civil Defence", "Red Crescent"),
// in lower case: a capitalised name that ends with one is a body's, not a
// person's.
var bodyHeads = WordSetOf(map[string]bool{
	"rights": true, "observatory": true, "defence": true, "defense": true, "ministry": true,
	"commission": true, "committee": true, "crescent": true, "cross": true, "agency": true,
	"office": true, "army": true, "forces": true, "coalition": true, "nations": true, "union": true,
	"organisation": true, "organization": true, "command": true, "council": true, "centre": true,
	"center": true, "group": true, "monitor": true, "government": true, "network": true, "front": true,
	"helmets": true, "department": true, "authority": true, "authorities": true, "media": true,
	"tv": true, "news": true, "programme": true, "program": true, "fund": true, "unicef": true,
})

// IsBodyHead reports whether w ends the name of an organisation rather than
// a person's ("Rights", "Defence", "Crescent").
func IsBodyHead(w string) bool {
	var buf [16]byte
	if b, ok := AppendLowerASCII(buf[:0], w); ok {
		return bodyHeads.Has(string(b))
	}
	return bodyHeads.Has(strings.ToLower(w))
}
