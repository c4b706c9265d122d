package lang

import "testing"

func TestSpanWords(t *testing.T) {
	sameWords(t, "TimeSpan", SpanWords(TimeSpan), "week weeks weekend month months day days year years night nights hours hour fortnight period quarter")
	sameWords(t, "LapseSpan", SpanWords(LapseSpan), "day days week weeks month months year years hours weekend")
	sameWords(t, "AfterSpan", SpanWords(AfterSpan), "day days week weeks month months hours")
	sameWords(t, "StaySpan", SpanWords(StaySpan), "years months decade decades")
	sameWords(t, "LongSpan", SpanWords(LongSpan), "weeks months years decades")
	sameWords(t, "FlightTime", SpanWords(FlightTime), "since yesterday today tonight overnight day days week weeks weekend hours ago last past recent recently new newly latest following after")
	sameWords(t, "RateSpan", SpanWords(RateSpan), "day week month year")
	sameWords(t, "DayPart", SpanWords(DayPart), "morning afternoon evening night spring summer autumn fall winter time season")
	sameWords(t, "NightWord", SpanWords(NightWord), "night evening midnight")
}
