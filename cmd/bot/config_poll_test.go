package main

import (
	"strings"
	"testing"
	"time"
)

func TestConfigPollLimits(t *testing.T) {
	c, err := loadConfig(func(string) string { return "" }, forRun)
	if err != nil || c.PollDeadline != 2*time.Minute || c.PollSlowAfter != time.Minute || c.PollMaxItems != 300 ||
		c.PollMaxPages != 30 || c.SourceMaxPerDay != 2000 || c.PollGuildShare != 0 {
		t.Fatalf("defaults: %+v, %v", c, err)
	}
	bad := map[string]string{
		"CD_POLL_DEADLINE":      "30s",
		"CD_POLL_SLOW_AFTER":    "1m",   // longer than the deadline
		"CD_POLL_CONCURRENCY":   "2",    //
		"CD_POLL_GUILD_SHARE":   "3",    // more than the concurrency
		"CD_POLL_MAX_ITEMS":     "0",    // below 1
		"CD_SOURCE_MAX_PER_DAY": "lots", // not a number
	}
	_, err = loadConfig(func(k string) string { return bad[k] }, forRun)
	for _, name := range []string{"CD_POLL_SLOW_AFTER", "CD_POLL_GUILD_SHARE", "CD_POLL_MAX_ITEMS", "CD_SOURCE_MAX_PER_DAY"} {
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("error does not name %s: %v", name, err)
		}
	}
}
