package news

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Embed is a block of a message with a title, a text and fields: our own
// form of what Discord calls an embed. The outbox stores it; the bot maps it
// to Discord's type when it sends, so that Discord's wire format stays in
// the bot. Texts are as they are to be shown (escaped by the renderer);
// links are checked by the renderer.
type Embed struct {
	Title       string       `json:"title,omitempty"`
	URL         string       `json:"url,omitempty"` // the title's link
	Description string       `json:"description,omitempty"`
	Colour      int          `json:"colour,omitempty"` // 0xRRGGBB
	Fields      []EmbedField `json:"fields,omitempty"`
	Footer      string       `json:"footer,omitempty"`
	// Image is the name of an attachment of the message ("chart.png") to
	// show as the embed's image; "" for none.
	Image string `json:"image,omitempty"`
}

// EmbedField is a named value in an embed; inline fields sit side by side.
type EmbedField struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// embedsEnvelope is how typed embeds are stored: an object, so that it is
// never mistaken for the Discord JSON array older versions stored.
type embedsEnvelope struct {
	Version int     `json:"v"`
	Embeds  []Embed `json:"embeds"`
}

// EncodeEmbeds returns the stored form of a message's embeds: "" for none,
// the legacy Discord JSON as it was, else the typed embeds in an envelope.
func EncodeEmbeds(embeds []Embed, legacy json.RawMessage) (string, error) {
	switch {
	case len(embeds) > 0 && len(legacy) > 0:
		return "", Errorf(EINVALID, "a message has typed and legacy embeds")
	case len(legacy) > 0:
		if !json.Valid(legacy) {
			return "", Errorf(EINVALID, "legacy embeds are not JSON")
		}
		return string(legacy), nil
	case len(embeds) == 0:
		return "", nil
	}
	b, err := json.Marshal(embedsEnvelope{Version: 2, Embeds: embeds})
	if err != nil {
		return "", fmt.Errorf("encode embeds: %w", err)
	}
	return string(b), nil
}

// DecodeEmbeds reads the stored form of a message's embeds: an envelope
// gives the typed embeds, an array (as versions before typed messages
// stored) the legacy Discord JSON, which is sent as it is.
func DecodeEmbeds(stored string) (embeds []Embed, legacy json.RawMessage, err error) {
	b := bytes.TrimSpace([]byte(stored))
	switch {
	case len(b) == 0:
		return nil, nil, nil
	case b[0] == '[':
		if !json.Valid(b) {
			return nil, nil, Errorf(EINVALID, "stored legacy embeds are not JSON")
		}
		return nil, json.RawMessage(b), nil
	}
	var env embedsEnvelope
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, nil, fmt.Errorf("decode embeds: %w", err)
	}
	return env.Embeds, nil, nil
}
