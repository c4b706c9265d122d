package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// buildInfo is what the binary knows of its own build: the module version
// (a tag, a pseudo-version, or "(devel)") and the VCS revision, from the
// build information Go embeds.
type buildInfo struct {
	Version  string // v1.2.3, a pseudo-version, or "(devel)"
	Revision string // the commit, "" when not built from a checkout
	Time     string // the commit's time, RFC 3339
	Modified bool   // built from a checkout with uncommitted changes
	Go       string // the Go release that built it
}

// readBuildInfo reads the binary's build information.
func readBuildInfo() buildInfo {
	b := buildInfo{Version: "(devel)", Go: runtime.Version()}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if v := info.Main.Version; v != "" {
		b.Version = v
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// String is the line `bot --version` prints.
func (b buildInfo) String() string {
	var parts []string
	if b.Revision != "" {
		rev := "revision " + b.Revision
		if b.Time != "" {
			rev += " of " + b.Time
		}
		if b.Modified {
			rev += " with local changes"
		}
		parts = append(parts, rev)
	}
	parts = append(parts, b.Go, runtime.GOOS+"/"+runtime.GOARCH)
	return fmt.Sprintf("conflict-digest %s (%s)", b.Version, strings.Join(parts, ", "))
}

// short is the version for the User-Agent: the module version, or the
// first 12 digits of the revision of a development build.
func (b buildInfo) short() string {
	if b.Version != "(devel)" {
		return strings.TrimPrefix(b.Version, "v")
	}
	if len(b.Revision) >= 12 {
		return "0.0.0-" + b.Revision[:12]
	}
	return "0.0.0-devel"
}
