package lang

import "testing"

func TestSettingWords(t *testing.T) {
	sameWords(t, "phenomenon", SettingWords(Phenomenon), "violence hostilities conflict conflicts warfare")
	sameWords(t, "owner", SettingWords(SettingOwner), "operational operating security")
}
