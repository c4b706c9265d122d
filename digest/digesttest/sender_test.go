package digesttest

import (
	"context"
	"testing"

	"github.com/conflict-digest/conflict-digest/digest"
	"github.com/conflict-digest/conflict-digest/news"
)

func TestSenderNonceAndMarker(t *testing.T) {
	ctx := context.Background()
	s := New()
	msg := digest.Message{Content: "hello\n-# digest abc · 1/1", Marker: "digest abc · 1/1"}
	id1, err := s.Send(ctx, "c", msg, "n1")
	if err != nil {
		t.Fatal(err)
	}
	id2, _ := s.Send(ctx, "c", msg, "n1")
	if id1 != id2 || len(s.Messages("c")) != 1 {
		t.Errorf("retry with the nonce: ids %s %s, %d messages; want the first back", id1, id2, len(s.Messages("c")))
	}
	if ok, _ := s.RecentHasMarker(ctx, "c", "digest abc · 1/1"); !ok {
		t.Error("marker not found")
	}
	if ok, _ := s.RecentHasMarker(ctx, "other", "digest abc · 1/1"); ok {
		t.Error("marker found in another channel")
	}
	s.ForgetNonces()
	s.Send(ctx, "c", msg, "n1")
	if got := s.Markers("c")["digest abc · 1/1"]; got != 2 {
		t.Errorf("after the nonce window a resend posts again: count %d, want 2", got)
	}
	s.Fail("c", news.Errorf(news.ENOTFOUND, "Unknown Channel"))
	if _, err := s.Send(ctx, "c", msg, "n2"); news.ErrorCode(err) != news.ENOTFOUND {
		t.Errorf("err = %v, want ENOTFOUND", err)
	}
}
