package fakediscord

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// route is one REST route the fake serves; tmpl is its OpenAPI path.
type route struct {
	method, tmpl string
	auth         bool // needs the bot token and counts against the global limit
	handle       func(s *Server, c *call)
}

// call is one request being served.
type call struct {
	w      http.ResponseWriter
	r      *http.Request
	params map[string]string
	body   []byte
	files  []string
	rec    *Request
	after  func(w http.ResponseWriter) // answers an AfterAccept fault once the handler ran
	// recorded run once the request is in Requests: what a test waits for
	// (an interaction's answer) is signalled only then, so that a test that
	// has its answer also finds its request.
	recorded []func()
}

var routes = []route{
	{"GET", "/gateway", false, (*Server).getGateway},
	{"GET", "/gateway/bot", true, (*Server).getGateway},
	{"GET", "/users/@me", true, (*Server).getMe},
	{"POST", "/users/@me/channels", true, (*Server).openDM},
	{"PUT", "/applications/{application_id}/commands", true, (*Server).putCommands},
	{"GET", "/applications/{application_id}/commands", true, (*Server).getCommands},
	{"PUT", "/applications/{application_id}/guilds/{guild_id}/commands", true, (*Server).putCommands},
	{"GET", "/applications/{application_id}/guilds/{guild_id}/commands", true, (*Server).getCommands},
	{"POST", "/interactions/{interaction_id}/{interaction_token}/callback", false, (*Server).callback},
	{"POST", "/webhooks/{webhook_id}/{webhook_token}", false, (*Server).followup},
	{"PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", false, (*Server).editOriginal},
	{"GET", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", false, (*Server).getOriginal},
	{"DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/@original", false, (*Server).deleteOriginal},
	{"POST", "/channels/{channel_id}/messages", true, (*Server).createMessage},
	{"GET", "/channels/{channel_id}/messages", true, (*Server).listMessages},
}

var apiPrefix = regexp.MustCompile(`^/api(/v\d+)?`)

func match(method, path string) (*route, map[string]string) {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	for i := range routes {
		rt := &routes[i]
		if rt.method != method {
			continue
		}
		ts := strings.Split(strings.Trim(rt.tmpl, "/"), "/")
		if len(ts) != len(segs) {
			continue
		}
		params := map[string]string{}
		ok := true
		for j, t := range ts {
			if strings.HasPrefix(t, "{") {
				params[strings.Trim(t, "{}")] = segs[j]
			} else if t != segs[j] {
				ok = false
				break
			}
		}
		if ok {
			return rt, params
		}
	}
	return nil, nil
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if strings.TrimSuffix(r.URL.Path, "/") == "/gateway-ws" {
		s.gw.serveWS(s, w, r)
		return
	}
	path := apiPrefix.ReplaceAllString(r.URL.Path, "")
	rec := &Request{Method: r.Method, Path: path, ContentType: r.Header.Get("Content-Type"), At: time.Now()}
	var c *call
	defer func() {
		s.record(*rec)
		if c != nil {
			for _, f := range c.recorded {
				f()
			}
		}
	}()
	rt, params := match(r.Method, path)
	if rt == nil {
		writeError(w, rec, http.StatusNotFound, 0, "404: Not Found", nil)
		return
	}
	rec.Route, rec.Params = rt.tmpl, params
	c = &call{w: w, r: r, params: params, rec: rec}
	if !s.readBody(c) {
		return
	}
	if rt.auth && r.Header.Get("Authorization") != "Bot "+s.opts.Token {
		writeError(w, rec, http.StatusUnauthorized, 0, "401: Unauthorized", nil)
		return
	}
	if s.applyFault(c) || (rt.auth && !s.rateLimit(c)) || !s.validate(c) {
		return
	}
	if c.after != nil {
		w := c.w
		c.w = httptest.NewRecorder() // the handler's answer is dropped
		rt.handle(s, c)
		c.after(w)
		return
	}
	rt.handle(s, c)
}

// readBody reads a JSON body, or the payload_json and files of a multipart one.
func (s *Server) readBody(c *call) bool {
	mt, params, _ := mime.ParseMediaType(c.r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		b, err := io.ReadAll(io.LimitReader(c.r.Body, 26<<20))
		if err != nil {
			writeError(c.w, c.rec, http.StatusBadRequest, 50035, "Invalid Form Body", nil)
			return false
		}
		c.body, c.rec.Body = b, b
		return true
	}
	mr, err := c.r.MultipartReader()
	if err != nil || params["boundary"] == "" {
		writeError(c.w, c.rec, http.StatusBadRequest, 50035, "Invalid Form Body", nil)
		return false
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			writeError(c.w, c.rec, http.StatusBadRequest, 50035, "Invalid Form Body", nil)
			return false
		}
		b, _ := io.ReadAll(p)
		if p.FormName() == "payload_json" {
			c.body = b
		} else {
			c.files = append(c.files, p.FileName())
		}
	}
	c.rec.Body, c.rec.Files = c.body, c.files
	return true
}

func (s *Server) applyFault(c *call) bool {
	f, ok := s.fault(c.rec.Method, c.rec.Route, c.params)
	if !ok {
		return false
	}
	if f.Latency > 0 && f.Lands {
		time.Sleep(f.Latency)
	} else if f.Latency > 0 {
		select {
		case <-time.After(f.Latency):
		case <-c.r.Context().Done():
		}
	}
	if f.Status == 0 {
		return false
	}
	msg := errorMessages[f.Code]
	if f.Code == 0 {
		msg = http.StatusText(f.Status)
		if f.Status == http.StatusUnauthorized {
			msg = "401: Unauthorized"
		}
	}
	c.rec.Fault = true
	if f.AfterAccept {
		c.after = func(w http.ResponseWriter) { writeError(w, c.rec, f.Status, f.Code, msg, nil) }
		return false
	}
	if f.Status == http.StatusTooManyRequests {
		after := f.RetryAfter
		if after <= 0 {
			after = time.Second
		}
		secs := strconv.FormatFloat(after.Seconds(), 'f', 3, 64)
		c.w.Header().Set("Retry-After", secs)
		c.w.Header().Set("X-RateLimit-Scope", "shared")
		writeJSON(c.w, c.rec, f.Status, map[string]any{"message": "You are being rate limited.",
			"retry_after": after.Seconds(), "global": false, "code": 0})
		return true
	}
	writeError(c.w, c.rec, f.Status, f.Code, msg, nil)
	return true
}

func (s *Server) rateLimit(c *call) bool {
	now := time.Now()
	c.rec.At = now // when the limits counted it
	v := s.limiter.check(c.rec.Method+" "+c.rec.Route, c.params["channel_id"], now)
	v.setHeaders(c.w.Header(), now)
	if v.ok {
		return true
	}
	// The description requires code (0) on every rate-limit answer.
	body := map[string]any{"message": "You are being rate limited.", "retry_after": v.resetAfter.Seconds(),
		"global": v.global, "code": 0}
	writeJSON(c.w, c.rec, http.StatusTooManyRequests, body)
	return false
}

// validate checks the body against the route's OpenAPI schema and the limits
// Discord documents outside it.
func (s *Server) validate(c *call) bool {
	if len(c.body) == 0 && c.rec.Method == "GET" {
		return true
	}
	errs, err := validateBody(c.rec.Method, c.rec.Route, c.body)
	if err != nil {
		s.log.Error("validate body", "error", err)
		writeError(c.w, c.rec, http.StatusInternalServerError, 0, "500: Internal Server Error", nil)
		return false
	}
	if errs == nil {
		errs = extraChecks(c.rec.Route, c.body)
	}
	if errs != nil {
		writeError(c.w, c.rec, http.StatusBadRequest, 50035, "Invalid Form Body", errs)
		return false
	}
	return true
}

func writeError(w http.ResponseWriter, rec *Request, status, code int, msg string, errs map[string]any) {
	body := map[string]any{"code": code, "message": msg}
	if errs != nil {
		body["errors"] = errs
	}
	rec.Code = code
	writeJSON(w, rec, status, body)
}

func writeJSON(w http.ResponseWriter, rec *Request, status int, v any) {
	rec.Status = status
	if status == http.StatusNoContent {
		w.WriteHeader(status)
		return
	}
	body, err := json.Marshal(v)
	if err != nil {
		body = []byte(`{"code":0,"message":"500: Internal Server Error"}`)
		status = http.StatusInternalServerError
	}
	rec.Status, rec.Response = status, body
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}
