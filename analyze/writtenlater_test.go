package analyze

import (
	"testing"
	"time"
)

func TestWrittenLater(t *testing.T) {
	stamp := time.Date(2013, 8, 21, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text string
		want       time.Time
		ok         bool
	}{
		{"a timeline runs on a year", "Timeline of the chemical weapons. On August 21 2013 rockets hit the Ghouta. On April 29 2014 the watchdog said most of the stockpile was gone. On June 4 2014 the last shipment left the port.",
			time.Date(2014, 6, 4, 0, 0, 0, 0, time.UTC), true},
		{"day before month", "On 29 April 2014 the watchdog reported. On 4 June 2014 the last shipment left.", time.Date(2014, 6, 4, 0, 0, 0, 0, time.UTC), true},
		{"one plan ahead is no later text", "The conference is to open on January 22 2014 in Geneva, the envoy said on Wednesday.", time.Time{}, false},
		{"dates of the stamp's year", "On September 9 2013 the minister spoke. On October 2 2013 the inspectors arrived.", time.Time{}, false},
		{"no dates", "Rockets hit the eastern suburbs on Wednesday, activists said.", time.Time{}, false},
	}
	for _, c := range cases {
		got, ok := WrittenLater(c.text, stamp)
		if ok != c.ok || (ok && !got.Equal(c.want)) {
			t.Errorf("%s: WrittenLater = %v, %v; want %v, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}
