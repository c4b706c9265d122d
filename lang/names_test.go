package lang

import (
	"strings"
	"testing"
)

// TestNameParticlesTable holds the readers' words: the particles inside a
// name that analysis (a person's name run) and stories (a byline) read, and
// the ones question answering keeps joined to an Arabic name, each with its
// use; a word lost from lexicon/nameparticles.tsv fails here.
func TestNameParticlesTable(t *testing.T) {
	inside := strings.Fields("de da do dos das del della di du des van von der den la le al el bin ibn bint")
	joined := strings.Fields("al el ad ar as ash az an at ibn bin abu bani umm ez es")
	for _, w := range inside {
		if !NameParticle(w, Inside) {
			t.Errorf("NameParticle(%q, Inside) = false, want true", w)
		}
	}
	for _, w := range joined {
		if !NameParticle(w, Joined) {
			t.Errorf("NameParticle(%q, Joined) = false, want true", w)
		}
	}
	if got, want := len(nameParticles), 33; got != want {
		t.Errorf("particles: got %d words, want %d", got, want)
	}
	for _, tc := range []struct {
		w    string
		uses ParticleUse
	}{{"as", Inside}, {"van", Joined}, {"Al", Joined | Inside}, {"", Inside}, {"roe", Inside | Joined}} {
		if NameParticle(tc.w, tc.uses) {
			t.Errorf("NameParticle(%q, %b) = true, want false", tc.w, tc.uses)
		}
	}
}
