package analyze

import "testing"

// A war counted by its years ("four years of fighting", "two decades of
// conflict") is a war's evidence where no place of it is named
// (warByAge); a fight counted so with an object or an opponent (a court's,
// a company's, a campaign's) and a business's or a sport's "years of
// fighting" tell none.
func TestGateWarByAge(t *testing.T) {
	tests := []relevantText{
		{"hopes of a retreat from years of fighting", "Realignments on both sides are raising fragile hopes for a mutual retreat from four years of fighting.", true},
		{"an envoy after years of civil war", "The envoy said both camps were tired after 20 years of civil war and ready to meet again.", true},
		{"decades of conflict", "Elders from the two communities met on Sunday, hoping to close three decades of conflict.", true},
		{"years of war in a headline", "Mediators see a chance to end six years of war", true},
		{"years of bloodshed", "Leaders of the rival movements called for calm after ten years of bloodshed.", true},
		{"a merger after years of fighting", "The two airlines agreed to merge after three years of fighting over routes.", false},
		{"a fight with a regulator", "The chain won approval for its stores after two years of fighting with the regulator.", false},
		{"a campaign's fight", "Nurses celebrated the new rules after ten years of fighting for equal pay.", false},
		{"a court fight", "The family settled the estate after five years of fighting in court.", false},
		{"a business's years of war", "Shares rose after the two retailers ended four years of war on prices and agreed a merger.", false},
		{"years of fighting cancer", "The singer spoke of her seven years of fighting cancer at the concert.", false},
		{"a rivalry's years of war", "The two clubs ended six years of war between their fans with a friendly at the stadium.", false},
		{"years of fighting with an object", "Residents marked the end of twelve years of fighting the new motorway.", false},
	}
	wantRelevantTexts(t, tests)
}
