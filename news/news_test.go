package news

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestErrorCodesAndMessages(t *testing.T) {
	inner := errors.New("database is locked")
	tests := []struct {
		name     string
		err      error
		code     string
		message  string
		contains string
	}{
		{"nil", nil, "", "", ""},
		{"domain", Errorf(ENOTFOUND, "No subscription #%d.", 7), ENOTFOUND, "No subscription #7.", "No subscription #7."},
		{"wrapped twice", fmt.Errorf("list: %w", WrapError(EUNAVAILABLE, "Try again later.", inner)), EUNAVAILABLE, "Try again later.", "database is locked"},
		{"plain error is internal and never shown", inner, EINTERNAL, "An internal error occurred.", "database is locked"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorCode(tt.err); got != tt.code {
				t.Errorf("code: got %q, want %q", got, tt.code)
			}
			if got := ErrorMessage(tt.err); got != tt.message {
				t.Errorf("message: got %q, want %q", got, tt.message)
			}
			if tt.err != nil && !strings.Contains(tt.err.Error(), tt.contains) {
				t.Errorf("Error() = %q, want it to contain %q", tt.err.Error(), tt.contains)
			}
		})
	}
	if !errors.Is(WrapError(EINTERNAL, "x", inner), inner) {
		t.Error("WrapError does not unwrap to its cause")
	}
}

func TestAnalysisJSON(t *testing.T) {
	an := Analysis{Categories: []Category{Talks}, HumanitarianTypes: []HumanitarianType{}, Fingerprint: 0xdeadbeef}
	b, err := json.Marshal(an)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if v, ok := m["ceasefire_status"]; !ok || v != nil {
		t.Errorf("ceasefire_status = %v (present %v), want null as SCHEMA.md says", v, ok)
	}
	if m["fingerprint"] != "00000000deadbeef" {
		t.Errorf("fingerprint = %v, want 16 hex digits", m["fingerprint"])
	}
	an.CeasefireStatus = CeasefireViolated
	b, _ = json.Marshal(an)
	var back Analysis
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.CeasefireStatus != CeasefireViolated || back.Fingerprint != 0xdeadbeef || !back.Has(Talks) || back.Has(Violence) {
		t.Errorf("round trip: got %+v", back)
	}
}

func TestParseCategory(t *testing.T) {
	if c, err := ParseCategory("ceasefire"); err != nil || c != Ceasefire {
		t.Errorf("ceasefire: got %q, %v", c, err)
	}
	if _, err := ParseCategory("sports"); ErrorCode(err) != EINVALID {
		t.Errorf("sports: got %v, want an EINVALID error", err)
	}
}
