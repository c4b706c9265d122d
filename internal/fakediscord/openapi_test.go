package fakediscord

import (
	"strings"
	"testing"
)

func TestValidateBody(t *testing.T) {
	tests := []struct {
		name, method, path, body string
		wantErr                  string // a field of the errors object; "" valid
	}{
		{"message ok", "POST", "/channels/{channel_id}/messages", `{"content":"hi","allowed_mentions":{"parse":[]}}`, ""},
		{"embed title too long", "POST", "/channels/{channel_id}/messages", `{"embeds":[{"title":"` + strings.Repeat("x", 257) + `"}]}`, "embeds"},
		{"content wrong type", "POST", "/channels/{channel_id}/messages", `{"content":5}`, "content"},
		{"bad json", "POST", "/channels/{channel_id}/messages", `{"content":`, "_errors"},
		{"commands ok", "PUT", "/applications/{application_id}/commands", `[{"name":"help","description":"Shows help","type":1}]`, ""},
		{"command bad name", "PUT", "/applications/{application_id}/commands", `[{"name":"` + strings.Repeat("n", 33) + `","description":"x","type":1}]`, "0"},
		{"callback ok", "POST", "/interactions/{interaction_id}/{interaction_token}/callback", `{"type":4,"data":{"content":"ok","flags":64}}`, ""},
		{"callback bad type", "POST", "/interactions/{interaction_id}/{interaction_token}/callback", `{"type":"x"}`, "type"},
		{"dm open", "POST", "/users/@me/channels", `{"recipient_id":"123456789012345678"}`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := validateBody(tt.method, tt.path, []byte(tt.body))
			if err != nil {
				t.Fatalf("validateBody: %v", err)
			}
			if tt.wantErr == "" && got != nil {
				t.Fatalf("got errors %v, want none", got)
			}
			if tt.wantErr != "" && got[tt.wantErr] == nil {
				t.Fatalf("got errors %#v, want one under %q", got, tt.wantErr)
			}
		})
	}
}
