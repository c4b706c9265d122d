package analyze

import "testing"

// TestTokArena: the arrays an arena hands out do not run into each other,
// a full block hands out allocated arrays, and a released block comes back
// cleared, grown to what its analysis asked for.
func TestTokArena(t *testing.T) {
	a := &tokArena{buf: make([]ftok, 0, 4)}
	x := a.take(2)
	y := a.take(2)
	x = append(x, ftok{w: "a"}, ftok{w: "b"}, ftok{w: "c"}) // past its room: moved, y untouched
	y = append(y, ftok{w: "d"})
	if got := y[0].w; got != "d" {
		t.Errorf("y[0] = %q, want d", got)
	}
	if got := x[0].w + x[1].w + x[2].w; got != "abc" {
		t.Errorf("x = %q, want abc", got)
	}
	z := a.take(3) // the block is full
	if cap(z) != 3 || len(a.buf) != 4 {
		t.Errorf("take past a full block: cap %d, block %d; want an allocated 3, block 4", cap(z), len(a.buf))
	}
	a.release()
	b := tokArenas.Get().(*tokArena)
	defer b.release()
	if b == a && (len(b.buf) != 0 || cap(b.buf) != 7 || b.need != 0) {
		t.Errorf("released block: len %d cap %d need %d, want 0, 7 (what was asked), 0", len(b.buf), cap(b.buf), b.need)
	}
	c := &tokArena{buf: make([]ftok, 0, 4)}
	w := append(c.take(2), ftok{w: "e"})
	block := c.buf[:cap(c.buf)]
	c.release() // asked for no more than it holds: cleared, kept
	if block[0].w != "" || len(w) != 1 {
		t.Errorf("released block still holds %q", block[0].w)
	}
	var none *tokArena
	if got := none.take(5); cap(got) != 5 || len(got) != 0 {
		t.Errorf("nil arena: len %d cap %d, want 0, 5", len(got), cap(got))
	}
}
