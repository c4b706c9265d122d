package testutil

// PairAgreement is the share of pairs of items on which two partitions
// agree, both putting the pair together or both apart: 1 when they are the
// same partition, whatever its labels. a and b map each item to its group;
// items missing from b are in a group of their own.
func PairAgreement(a, b map[string]int64) float64 {
	ids := make([]string, 0, len(a))
	for id := range a {
		ids = append(ids, id)
	}
	same, all := 0, 0
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			x, y := ids[i], ids[j]
			bx, okx := b[x]
			by, oky := b[y]
			all++
			if (a[x] == a[y]) == (okx && oky && bx == by) {
				same++
			}
		}
	}
	if all == 0 {
		return 1
	}
	return float64(same) / float64(all)
}
