package bot

import (
	"sort"
	"strings"
	"sync"
	"time"
)

// commonZones are offered for time zone autocomplete; any IANA name is
// accepted when typed in full.
var commonZones = []string{
	"UTC", "Africa/Cairo", "Africa/Johannesburg", "Africa/Khartoum", "Africa/Lagos", "Africa/Nairobi",
	"America/Chicago", "America/Los_Angeles", "America/Mexico_City", "America/New_York", "America/Sao_Paulo",
	"America/Toronto", "Asia/Amman", "Asia/Baghdad", "Asia/Beirut", "Asia/Damascus", "Asia/Dhaka", "Asia/Dubai",
	"Asia/Gaza", "Asia/Hong_Kong", "Asia/Jerusalem", "Asia/Kabul", "Asia/Karachi", "Asia/Kolkata", "Asia/Riyadh",
	"Asia/Shanghai", "Asia/Singapore", "Asia/Tehran", "Asia/Tokyo", "Asia/Yangon", "Australia/Sydney",
	"Europe/Amsterdam", "Europe/Berlin", "Europe/Brussels", "Europe/Geneva", "Europe/Istanbul", "Europe/Kyiv",
	"Europe/London", "Europe/Madrid", "Europe/Moscow", "Europe/Paris", "Europe/Rome", "Europe/Stockholm",
	"Europe/Warsaw", "Pacific/Auckland",
}

var zonesOnce sync.Once
var validZones []string

// suggestZones returns up to n loadable zone names containing prefix.
func suggestZones(prefix string, n int) []string {
	zonesOnce.Do(func() {
		for _, z := range commonZones {
			if _, err := time.LoadLocation(z); err == nil {
				validZones = append(validZones, z)
			}
		}
		sort.Strings(validZones)
	})
	p := strings.ToLower(strings.TrimSpace(prefix))
	var out []string
	if _, err := time.LoadLocation(prefix); err == nil && prefix != "" && !strings.EqualFold(prefix, "local") {
		out = append(out, prefix)
	}
	for _, z := range validZones {
		if len(out) == n {
			break
		}
		if strings.Contains(strings.ToLower(z), p) && z != prefix {
			out = append(out, z)
		}
	}
	return out
}
