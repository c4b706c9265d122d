package analyze

import (
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// TestLanguage: real titles and leads from the bundled feeds (BBC Urdu, UOL)
// and the evaluation sets; English headlines that carry foreign names stay
// English, and a text too short to tell gives "".
func TestLanguage(t *testing.T) {
	tests := []struct {
		name, title, text, want string
	}{
		{"bbc urdu", "امریکہ کے ساتھ خفیہ معلومات کا تبادلہ اور فوجی تعاون معطل کر دیا: وزیر دفاع",
			"پاکستان کے وزیر دفاع خرم دستگیر نے کہا ہے کہ امریکہ کی جانب سے عسکری امداد کی معطلی کے بعد", "ur"},
		{"uol portuguese", "Rival de Putin é condenado a mais 20 dias de prisão",
			"MOSCOU, 24 SET (ANSA) - O líder de oposição russo Alexei Navalny foi condenado na noite desta segunda-feira (24) a mais 20 dias de prisão por ter organizado protestos não autorizados.", "pt"},
		{"arabic", "مقتل عشرة مدنيين في غارات على إدلب", "قال المرصد السوري لحقوق الإنسان إن عشرة مدنيين قتلوا في غارات جوية على ريف إدلب", "ar"},
		{"persian", "حمله هوایی در شمال سوریه", "گزارش‌ها حاکی است که چندین نفر در این حمله کشته شدند", "fa"},
		{"ukrainian", "Обстріл Харкова", "У неділю російські війська обстріляли житлові квартали Харкова, є загиблі й поранені.", "uk"},
		{"russian", "Обстрел Донецка", "В воскресенье обстрелу подверглись жилые кварталы, есть погибшие и раненые.", "ru"},
		{"english", "Death toll in bomb attack on Syria evacuees hits 43: Monitor",
			"At least 43 people were killed Saturday in a suicide car bomb attack on buses carrying Syrians evacuated from two besieged government-held towns, a monitor said.", "en"},
		{"english headline, foreign names", "Israeli military says 90 people killed in Gaza’s al-Shifa Hospital raid",
			"", ""},
		{"english with a Portuguese-looking word", "Inferno in Gaza as Israeli strikes knock out communications, isolate homes", "", ""},
		{"too short", "Aleppo", "", ""},
		{"no letters", "", "2017 - 43 - 112", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Language(tt.title, tt.text); got != tt.want {
				t.Errorf("Language = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLanguageName(t *testing.T) {
	for code, want := range map[string]string{"ur": "Urdu", "pt": "Portuguese", "en": "English", "xx": "xx"} {
		if got := LanguageName(code); got != want {
			t.Errorf("LanguageName(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestUnreadLanguageNotAnalysed: an article in Urdu gets no category, says
// why, and keeps what storing it needs (its sentences and fingerprint).
func TestUnreadLanguageNotAnalysed(t *testing.T) {
	a := news.Article{Title: "امریکہ کے ساتھ خفیہ معلومات کا تبادلہ اور فوجی تعاون معطل کر دیا: وزیر دفاع",
		Text: "پاکستان کے وزیر دفاع خرم دستگیر نے کہا ہے کہ امریکہ کی جانب سے عسکری امداد کی معطلی کے بعد پاکستان نے امریکہ سے خفیہ معلومات کا تبادلہ معطل کر دیا ہے۔"}
	an := Analyze(&a)
	if an.Language != "ur" || an.IsRelevant() || an.Relevance.Reason != "language" || an.Relevance.Detail != "Urdu" {
		t.Errorf("language %q, relevance %+v; want ur, not relevant for its language", an.Language, an.Relevance)
	}
	if len(an.Categories) != 0 || len(an.Sentences) == 0 || an.Fingerprint == 0 {
		t.Errorf("categories %v, %d sentences, fingerprint %v; want none, some, set", an.Categories, len(an.Sentences), an.Fingerprint)
	}
}
