package lang

import "testing"

// TestKeyTables holds the key tables of lexicon/ to the maps analysis
// and question answering kept in Go code before they moved here.
func TestKeyTables(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  map[string]string
		want map[string]string
	}{
		{"groups", CountedGroups(), map[string]string{"civilians": "civilians", "civilian": "civilians", "residents": "civilians", "villagers": "civilians", "children": "children", "child": "children", "kids": "children", "boys": "children", "girls": "children", "students": "children", "pupils": "children", "minors": "children", "infants": "children", "women": "women", "woman": "women", "fighters": "fighters", "militants": "fighters", "jihadists": "fighters", "rebels": "fighters", "terrorists": "fighters", "insurgents": "fighters", "gunmen": "fighters", "members": "fighters", "extremists": "fighters", "mercenaries": "fighters", "combatants": "fighters", "attackers": "fighters", "assailants": "fighters", "soldiers": "soldiers", "troops": "soldiers", "servicemen": "soldiers", "policemen": "soldiers", "officers": "soldiers", "gendarmes": "soldiers", "personnel": "soldiers", "peacekeepers": "soldiers", "medics": "medics", "doctors": "medics", "nurses": "medics", "paramedics": "medics", "patients": "patients", "evacuees": "evacuees", "workers": "workers", "volunteers": "workers", "families": "families", "family": "families", "households": "families"}},
		{"demonyms", Demonyms(), map[string]string{"iranian": "iran", "syrian": "syria", "russian": "russia", "turkish": "turkey", "iraqi": "iraq", "lebanese": "lebanon", "israeli": "israel", "jordanian": "jordan", "saudi": "saudi", "qatari": "qatar", "egyptian": "egypt", "american": "america", "british": "britain", "french": "france", "german": "germany", "chinese": "china", "ukrainian": "ukraine", "afghan": "afghanistan", "yemeni": "yemen", "libyan": "libya", "palestinian": "palestine", "kurdish": "kurd", "belgian": "belgium", "emirati": "emirates", "sudanese": "sudan", "somali": "somalia"}},
	} {
		if len(tc.got) != len(tc.want) {
			t.Errorf("%s: %d words, want %d", tc.name, len(tc.got), len(tc.want))
		}
		for w, k := range tc.want {
			if tc.got[w] != k {
				t.Errorf("%s: %q: got %q, want %q", tc.name, w, tc.got[w], k)
			}
		}
	}
	hours := SpanHours()
	want := map[string]int{"hour": 1, "hours": 1, "day": 24, "days": 24, "week": 168, "weeks": 168, "month": 720, "months": 720}
	if len(hours) != len(want) {
		t.Errorf("hours: %d words, want %d", len(hours), len(want))
	}
	for w, n := range want {
		if hours[w] != n {
			t.Errorf("hours: %q: got %d, want %d", w, hours[w], n)
		}
	}
	wantRoles := map[string]string{"leader": "president premier king emir sultan monarch chairman chief head", "chief": "head director leader", "commander": "general colonel brigadier", "envoy": "representative ambassador", "spokesman": "spokeswoman spokesperson", "spokeswoman": "spokesman spokesperson", "spokesperson": "spokesman spokeswoman", "chairman": "chairperson chair", "chairperson": "chairman chair"}
	roles := RoleKinds()
	if len(roles) != len(wantRoles) {
		t.Errorf("roles: %d roles, want %d", len(roles), len(wantRoles))
	}
	for k, ws := range wantRoles {
		sameWords(t, "roles "+k, roles[k], ws)
	}
}
