package lang

// compassPoints are the eight points of the compass, lower case.
var compassPoints = map[string]bool{
	"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// CompassPoint reports whether the lower-case word w is a point of the
// compass ("north", "southwest"): "northwest of Aleppo" says where a place
// lies and is no part of its name. The adjectives ("northern") are not
// points.
func CompassPoint(w string) bool { return compassPoints[w] }
