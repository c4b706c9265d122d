package lang

import "testing"

func TestFigureWords(t *testing.T) {
	sameWords(t, "killed after", FigureAfter("killed"), `killed dead died die dies martyred martyrs slain
		executed perished deaths fatalities murdered massacred beheaded bodies lives`)
	sameWords(t, "injured before", FigureBefore("injured"), `injuring wounding injured wounded injure injures
		wounds wound hurting`)
	if of := FigureOf("killed"); !of[[2]string{"lives", "of"}] || !of[[2]string{"gunned", "down"}] || len(of) != 14 {
		t.Errorf("FigureOf(killed) = %v, want 14 phrases with lives of and gunned down", of)
	}
	if FigureBefore("missing") != nil || FigureOf("casualties") != nil {
		t.Error("a figure's place with no words: want nil")
	}
	for _, name := range []string{"killed", "injured", "displaced", "evacuated", "affected", "treated", "detained",
		"abducted", "missing", "casualties"} {
		if len(FigureAfter(name)) == 0 {
			t.Errorf("FigureAfter(%q): no words", name)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("FigureAfter of a figure not in the file: no panic")
		}
	}()
	FigureAfter("kiled")
}
