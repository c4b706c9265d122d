package lang

// smallTable is a table of a few dozen words (months, weekdays, number
// words) read as a perfect hash: a word's slot is a hash of its length, its
// first two bytes and its last, and the word is the table's only when the
// slot holds it. Its lookup costs a few instructions and no call, so the
// lookups it serves (Month, Cardinal, ...: read for most words of every
// text) are inlined where they are called.
type smallTable struct {
	mul  uint32
	keys [smallSlots]string
	vals [smallSlots]int64
}

const smallBits = 7
const smallSlots = 1 << smallBits

func smallHash(w string, mul uint32) uint32 {
	return (uint32(len(w))<<24 | uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[len(w)-1])) * mul >> (32 - smallBits)
}

// get returns the value of w and whether the table holds it.
func (t *smallTable) get(w string) (int64, bool) {
	if len(w) < 2 {
		return 0, false
	}
	i := smallHash(w, t.mul)
	if t.keys[i] != w {
		return 0, false
	}
	return t.vals[i], true
}

// smallTableOf returns the smallTable of a table of words two bytes long
// or longer, with the first multiplier of a fixed sequence that gives each
// word a slot of its own.
func smallTableOf[V ~int | ~int64](m map[string]V) *smallTable {
	mul := uint32(0x9E3779B1)
next:
	for try := 0; try < 1<<16; try++ {
		mul += 0x6D2B79F6 // stays odd
		t := &smallTable{mul: mul}
		for w, v := range m {
			if len(w) < 2 {
				panic("lang: smallTable word shorter than two bytes: " + w)
			}
			i := smallHash(w, mul)
			if t.keys[i] != "" {
				continue next
			}
			t.keys[i], t.vals[i] = w, int64(v)
		}
		return t
	}
	panic("lang: no smallTable hash found")
}

// has reports whether the table holds w: get without the value, cheap
// enough to be inlined in its callers' callers.
func (t *smallTable) has(w string) bool {
	return len(w) >= 2 && t.keys[smallHash(w, t.mul)] == w
}
