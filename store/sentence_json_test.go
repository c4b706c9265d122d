package store

import (
	"encoding/json"
	"testing"
)

// FuzzAppendJSONString checks the hand-written encoder of the sentence
// index against encoding/json: every string reads back as encoding/json
// would have written it.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "tab\tnew\nline\x00\x1f", "Дейр-эз-Зор", "bad \xff utf-8 \xc3", "\u2028\u2029"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want string
		if err := json.Unmarshal(appendJSONString(nil, s), &got); err != nil {
			t.Fatalf("appendJSONString(%q) is not JSON: %v", s, err)
		}
		b, _ := json.Marshal(s)
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("appendJSONString(%q) reads back %q, want %q", s, got, want)
		}
	})
}
