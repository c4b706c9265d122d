package news

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// MarshalJSON writes the empty status as null, as SCHEMA.md asks.
func (s CeasefireStatus) MarshalJSON() ([]byte, error) {
	if s == CeasefireNone {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads null as the empty status.
func (s *CeasefireStatus) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = CeasefireNone
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = CeasefireStatus(v)
	return nil
}

// Fingerprint is a 64-bit SimHash of an article's word shingles; two articles
// whose fingerprints differ in few bits are near-duplicates.
type Fingerprint uint64

// String renders the fingerprint as 16 hex digits.
func (f Fingerprint) String() string { return fmt.Sprintf("%016x", uint64(f)) }

// MarshalJSON writes the fingerprint as a hex string: JSON numbers lose
// precision past 2^53.
func (f Fingerprint) MarshalJSON() ([]byte, error) { return json.Marshal(f.String()) }

// UnmarshalJSON reads the hex form written by MarshalJSON.
func (f *Fingerprint) UnmarshalJSON(b []byte) error {
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	n, err := strconv.ParseUint(v, 16, 64)
	if err != nil {
		return fmt.Errorf("parse fingerprint: %w", err)
	}
	*f = Fingerprint(n)
	return nil
}
