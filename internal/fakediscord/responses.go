package fakediscord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// responseSchema returns the JSON schema the description gives for the
// operation's answer with status (the exact code, else its class such as
// "4XX", following a $ref into #/components/responses); nil when the
// description gives none.
func (s *spec) responseSchema(method, path string, status int) (*jsonschema.Schema, error) {
	if err := s.load(); err != nil {
		return nil, err
	}
	key := fmt.Sprintf("%s %s -> %d", method, path, status)
	s.mu.Lock()
	defer s.mu.Unlock()
	if sch, ok := s.schemas[key]; ok {
		return sch, nil
	}
	ptr, err := s.responsePointer(method, path, status)
	if err != nil {
		return nil, err
	}
	var sch *jsonschema.Schema
	if ptr != "" {
		if sch, err = s.compiler.Compile(specURL + "#" + ptr); err != nil {
			return nil, fmt.Errorf("compile response schema of %s: %w", key, err)
		}
	}
	s.schemas[key] = sch
	return sch, nil
}

// responsePointer locates the response schema; "" when there is none.
func (s *spec) responsePointer(method, path string, status int) (string, error) {
	m := strings.ToLower(method)
	op, ok := s.paths[path][m]
	if !ok {
		return "", fmt.Errorf("find operation %s %s: not in the description", method, path)
	}
	var o struct {
		Responses map[string]struct {
			Ref     string                     `json:"$ref"`
			Content map[string]json.RawMessage `json:"content"`
		} `json:"responses"`
	}
	if err := json.Unmarshal(op, &o); err != nil {
		return "", fmt.Errorf("decode operation %s %s: %w", method, path, err)
	}
	code := strconv.Itoa(status)
	r, ok := o.Responses[code]
	if !ok {
		code = code[:1] + "XX"
		if r, ok = o.Responses[code]; !ok {
			return "", nil
		}
	}
	if r.Ref != "" {
		name, ok := strings.CutPrefix(r.Ref, "#/components/responses/")
		if !ok {
			return "", fmt.Errorf("follow %s: not a response reference", r.Ref)
		}
		return "/components/responses/" + escapePointer(name) + "/content/application~1json/schema", nil
	}
	if r.Content["application/json"] == nil {
		return "", nil
	}
	return "/paths/" + escapePointer(path) + "/" + m + "/responses/" + code + "/content/application~1json/schema", nil
}

// validateResponse checks an answer against its documented schema.
func validateResponse(method, path string, status int, body []byte) error {
	sch, err := theSpec.responseSchema(method, path, status)
	if err != nil || sch == nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%s %s answered %d with invalid JSON: %w", method, path, status, err)
	}
	if m, ok := v.(map[string]any); ok && status >= 400 {
		// The description types the codes inside "errors" as integers;
		// Discord sends strings ("BASE_TYPE_MAX_LENGTH", as its error
		// reference shows), and so does the fake: only the envelope is
		// checked.
		delete(m, "errors")
	}
	if err := sch.Validate(v); err != nil {
		return fmt.Errorf("%s %s answered %d off its documented shape: %w", method, path, status, err)
	}
	return nil
}

// CheckResponses validates every recorded JSON answer of a known route
// against Discord's documented response schema for its status, and returns
// the answers that do not match: tests call it so the fake cannot drift
// from Discord's shapes.
func (s *Server) CheckResponses() []error {
	var errs []error
	for _, r := range s.Requests() {
		if r.Route == "" || len(r.Response) == 0 {
			continue
		}
		if err := validateResponse(r.Method, r.Route, r.Status, r.Response); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}
