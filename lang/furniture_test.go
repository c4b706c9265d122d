package lang

import "testing"

func TestFurnitureWords(t *testing.T) {
	sameWords(t, "CrumbWidget", FurnitureWords(CrumbWidget), "home news top latest live breaking video videos photos tweet share print email e-mail facebook twitter whatsapp comments more")
	sameWords(t, "WireTag", FurnitureWords(WireTag), "afp ap reuters dpa xinhua tass sana irna aa efe ansa upi sputnik anadolu")
	sameWords(t, "DatelineWord", FurnitureWords(DatelineWord), "date of publication published at posted updated on last gmt utc am pm by")
	sameWords(t, "ShowWord", FurnitureWords(ShowWord), "shows show showed footage of from released emerges emerged appears purports captures captured posted filmed")
	sameWords(t, "CreditStart", FurnitureWords(CreditStart), "the a an in on at it he she they this these after according syrian russian turkish iraqi israeli us u.s")
}
