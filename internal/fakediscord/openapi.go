package fakediscord

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

//go:embed testdata/openapi.json
var openapiJSON []byte

// specURL names the embedded description inside the schema compiler.
const specURL = "https://discord.test/openapi.json"

// spec is Discord's OpenAPI description compiled lazily: one compiler for the
// process, one compiled schema per route and content type.
type spec struct {
	once     sync.Once
	warmOnce sync.Once
	err      error
	compiler *jsonschema.Compiler
	paths    map[string]map[string]json.RawMessage // path → method → operation

	mu      sync.Mutex
	schemas map[string]*jsonschema.Schema // "METHOD path" → request body schema; nil: none
}

var theSpec spec

func (s *spec) load() error {
	s.once.Do(func() {
		var doc struct {
			Paths map[string]map[string]json.RawMessage `json:"paths"`
		}
		if err := json.Unmarshal(openapiJSON, &doc); err != nil {
			s.err = fmt.Errorf("decode openapi: %w", err)
			return
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(openapiJSON))
		if err != nil {
			s.err = fmt.Errorf("decode openapi: %w", err)
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if err := c.AddResource(specURL, v); err != nil {
			s.err = fmt.Errorf("add openapi: %w", err)
			return
		}
		s.compiler, s.paths, s.schemas = c, doc.Paths, map[string]*jsonschema.Schema{}
	})
	return s.err
}

// warm loads the description and compiles the request schema of every
// route the fake serves, once a process. A server does it when it starts,
// so that no request waits for it: Discord takes no second to read a
// request, and a request held that long lands after a restarted client
// has looked for what it made (the kill tests).
func (s *spec) warm() {
	s.warmOnce.Do(func() {
		for _, rt := range routes {
			if rt.method != "GET" {
				s.schema(rt.method, rt.tmpl) // an error is answered on use
			}
		}
	})
}

// schema returns the JSON request body schema of the operation, nil when the
// operation takes no body.
func (s *spec) schema(method, path string) (*jsonschema.Schema, error) {
	if err := s.load(); err != nil {
		return nil, err
	}
	key := method + " " + path
	s.mu.Lock()
	defer s.mu.Unlock()
	if sch, ok := s.schemas[key]; ok {
		return sch, nil
	}
	op, ok := s.paths[path][strings.ToLower(method)]
	if !ok {
		return nil, fmt.Errorf("find operation %s: not in the description", key)
	}
	var o struct {
		RequestBody *struct {
			Content map[string]json.RawMessage `json:"content"`
		} `json:"requestBody"`
	}
	if err := json.Unmarshal(op, &o); err != nil {
		return nil, fmt.Errorf("decode operation %s: %w", key, err)
	}
	var sch *jsonschema.Schema
	if o.RequestBody != nil && o.RequestBody.Content["application/json"] != nil {
		ptr := "/paths/" + escapePointer(path) + "/" + strings.ToLower(method) +
			"/requestBody/content/application~1json/schema"
		var err error
		if sch, err = s.compiler.Compile(specURL + "#" + ptr); err != nil {
			return nil, fmt.Errorf("compile schema of %s: %w", key, err)
		}
	}
	s.schemas[key] = sch
	return sch, nil
}

func escapePointer(p string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(p)
}

// validateBody checks a JSON body against the operation's schema and returns
// Discord's nested "errors" object when it is invalid, nil when valid.
func validateBody(method, path string, body []byte) (map[string]any, error) {
	sch, err := theSpec.schema(method, path)
	if err != nil || sch == nil {
		return nil, err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return map[string]any{"_errors": []any{errItem("BASE_TYPE_INVALID", "Invalid JSON body.")}}, nil
	}
	err = sch.Validate(v)
	if err == nil {
		return nil, nil
	}
	verr, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return nil, fmt.Errorf("validate %s %s: %w", method, path, err)
	}
	out := map[string]any{}
	p := message.NewPrinter(language.English)
	for _, leaf := range leaves(verr, nil) {
		addFieldError(out, leaf.InstanceLocation, kindCode(leaf.ErrorKind), leaf.ErrorKind.LocalizedString(p))
	}
	return out, nil
}

func leaves(e *jsonschema.ValidationError, acc []*jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return append(acc, e)
	}
	for _, c := range e.Causes {
		acc = leaves(c, acc)
	}
	return acc
}

func kindCode(k jsonschema.ErrorKind) string {
	kw := k.KeywordPath()
	if len(kw) == 0 {
		return "BASE_TYPE_INVALID"
	}
	return "BASE_TYPE_" + strings.ToUpper(kw[len(kw)-1])
}

func errItem(code, msg string) map[string]any {
	return map[string]any{"code": code, "message": msg}
}

// addFieldError nests an error under its field path, as Discord does:
// {"embeds": {"0": {"title": {"_errors": [...]}}}}.
func addFieldError(out map[string]any, loc []string, code, msg string) {
	m := out
	for _, k := range loc {
		next, ok := m[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	list, _ := m["_errors"].([]any)
	m["_errors"] = append(list, errItem(code, msg))
}
