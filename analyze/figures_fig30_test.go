package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// Figures' values and kinds, on invented sentences: a space (or a thin or
// no-break space) between groups of three digits is a thousands separator
// of a count, not two numbers; a label word ("room", "district") before a
// count of people is no label; IDPs who "received evacuation" or "were
// evacuated" are evacuated; a total the latest arrivals "bring" to N is the
// influx's figure; "N are estimated to be displaced" is about N.
func TestFigureValuesFig30(t *testing.T) {
	runFigureWordCases(t, []figureWordCase{
		{"a space between groups", "The floods have displaced 12 345 people in the north.", news.FigureDisplaced, 12345, news.Exact},
		{"a spelled number with its digits", "According to the ministry there were forty thousand, one hundred twelve " +
			"(40 112) cases, including four thousand, one hundred twelve (4 112) related deaths.", news.FigureKilled, 4112, news.Exact},
		{"a no-break space", "The floods have displaced 12\u00a0345 people in the north.", news.FigureDisplaced, 12345, news.Exact},
		{"a thin space", "The floods have displaced 12\u2009345 people in the north.", news.FigureDisplaced, 12345, news.Exact},
		{"two groups of three", "The floods have displaced 1 204 530 people in the north.", news.FigureDisplaced, 1204530, news.Exact},
		{"a day before a count", "On 12 March 315 people were killed in the clashes.", news.FigureKilled, 315, news.Exact},
		{"a room's count", "According to the health control room 135 people have lost their life in the floods.",
			news.FigureKilled, 135, news.Exact},
		{"a district's count", "In the district 42 civilians were killed by the shelling.", news.FigureKilled, 42, news.Exact},
		{"a room's number", "The shelling hit room 135 of the hospital, killing a nurse.", news.FigureKilled, 1, ""},
		{"IDPs received evacuation", "Transport was provided; 187 IDPs received evacuation from the port city to safe areas.",
			news.FigureEvacuated, 187, news.Exact},
		{"IDPs received evacuation are no new displaced", "Transport was provided; 187 IDPs received evacuation from the " +
			"port city to safe areas.", news.FigureDisplaced, 0, ""},
		{"refugees were evacuated", "Some 240 refugees were evacuated from the camp after the attack.",
			news.FigureEvacuated, 240, news.About},
		{"IDPs were displaced stay displaced", "Some 240 IDPs were displaced from the camp after the attack.",
			news.FigureDisplaced, 240, news.About},
		{"arrivals bring the number", "Fighting continues near the border. Latest arrivals bring the estimated number of new " +
			"refugees to 14,300, while tension persists.", news.FigureDisplaced, 14300, news.About},
		{"a country's total number", "The clashes continued on Sunday, bringing the total number of displaced people " +
			"in the country to 5,600.", news.FigureDisplaced, 0, ""},
		{"arrivals brought the number", "The clashes continued on Sunday. New arrivals brought the number of refugees " +
			"in the camps to 5,600.", news.FigureDisplaced, 5600, news.Exact},
		{"a toll brought up", "The shelling of the market brought the death toll to 22.", news.FigureKilled, 22, news.Exact},
		{"a toll raised", "The shelling of the market raised the death toll to 22.", news.FigureKilled, 22, news.Exact},
		{"a country's total toll", "The shelling brought the total number of people killed in the country to 1,022.",
			news.FigureKilled, 0, ""},
		{"estimated to be displaced", "Out of the 98,000 people living in the camps, 31,000 are estimated to be " +
			"displaced after the fire.", news.FigureDisplaced, 31000, news.About},
		{"an estimate of the damage", "Some 31,000 people were displaced; the damage is estimated to exceed $2 million.",
			news.FigureDisplaced, 31000, news.About},
		{"the displaced among the affected", "The number of people affected by the floods has risen to nearly 61,000, " +
			"including more than 11,000 displaced, according to local officials.", news.FigureDisplaced, 11000, news.MoreThan},
		{"the displaced among the evacuated stay a part", "The floods forced 5,000 people to evacuate, including 2,000 " +
			"displaced from the camps.", news.FigureDisplaced, 0, ""},
		{"estimated after a plain count", "The fire displaced 31,000 people, who are estimated to need shelter for months.",
			news.FigureDisplaced, 31000, news.Exact},
	})
}

// A year that "in" opens does not make the count after it a table's cell.
func TestYearThenCount(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int64
	}{
		{"In 2020 315 people were killed in the clashes.", 315},
		{"The 2020 315 people were killed in the clashes.", 0},
	} {
		var got int64
		for _, f := range Analyze(&news.Article{Text: tt.text}).Facts.Figures {
			if f.Kind == news.FigureKilled {
				got = f.Value
			}
		}
		if got != tt.want {
			t.Errorf("%q: killed %d, want %d", tt.text, got, tt.want)
		}
	}
}

// A space joins only groups of exactly three digits after one to three:
// table cells and dates stay apart.
func TestSpaceThousands(t *testing.T) {
	tests := []struct {
		text string
		want []int64
	}{
		{"12 500 people", []int64{12500}},
		{"(9 266)", []int64{9266}},
		{"1 204 530 people", []int64{1204530}},
		{"in 2020 300 people", []int64{2020, 300}},
		{"in 2020 300 000 people", []int64{2020, 300000}},
		{"call 0933 123 456", []int64{123, 456}},
		{"the 101 102 and 103 fields", []int64{101, 102, 103}},
		{"the 101 102, 103 fields", []int64{101, 102, 103}},
		{"12 3450 people", []int64{12, 3450}},
		{"12 500 300 people", []int64{12500300}},
		{"on 12 500 people", []int64{12, 500}},
		{"March 12 500 people", []int64{12, 500}},
		{"0 500 people", []int64{0, 500}},
		{"12 500.5 people", []int64{12}},
		{"12 500,000 people", []int64{12, 500000}},
		{"nine thousand, two hundred sixty-six (9 266)", []int64{9266, 9266}},
		{"four thousand, two hundred were displaced", []int64{4000, 200}},
	}
	for _, tt := range tests {
		var got []int64
		for _, tk := range ftokens(tt.text) {
			if tk.isNum {
				got = append(got, tk.num)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: numbers %v, want %v", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: numbers %v, want %v", tt.text, got, tt.want)
				break
			}
		}
	}
}
