package analyze

import (
	"testing"
	"time"

	"github.com/conflict-digest/conflict-digest/news"
)

func TestEntitiesAliases(t *testing.T) {
	tests := []struct {
		name, title, text string
		places, actors    []string // canonical names expected among the results
		notActors         []string
		notPlaces         []string
	}{
		{"spelling variants", "", "Shelling hit Deir Ezzor and Idleb while Daesh fighters left Raqqah.",
			[]string{"Deir ez-Zor", "Idlib", "Raqqa"}, []string{"Islamic State"}, nil, nil},
		{"possessives and stripped apostrophes", "Syrias army advances", "Aleppo's east fell. Assads forces entered Homs.",
			[]string{"Syria", "Aleppo", "Homs"}, []string{"Bashar al-Assad"}, nil, nil},
		{"longest match", "", "The UN Security Council met as the Syrian Arab Red Crescent sent aid.",
			nil, []string{"UN Security Council", "Syrian Arab Red Crescent"}, []string{"United Nations"}, nil},
		{"case-sensitive acronyms", "", "The WHO said IS fighters fled. Those who stayed said it is over.",
			nil, []string{"World Health Organization", "Islamic State"}, nil, nil},
		{"lower-case words are not acronyms", "", "People who say it is over.",
			nil, nil, []string{"World Health Organization", "Islamic State"}, nil},
		{"Hamas is not Hama", "", "Hamas fired rockets.", nil, []string{"Hamas"}, nil, nil},
		{"a headline in capitals holds words, not acronyms", "CAR BOMB KILLS FIVE IN BAGHDAD AS IRAN SAYS WHO IS TO BLAME", "",
			[]string{"Baghdad", "Iran"}, nil, []string{"World Health Organization", "Islamic State"}, []string{"Central African Republic"}},
		{"the text under it keeps them", "CAR BOMB KILLS FIVE", "IS fighters claimed the attack in the CAR capital.",
			[]string{"Central African Republic"}, []string{"Islamic State"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			places, actors := entities(newDoc(tt.title, tt.text))
			for _, w := range tt.places {
				if !hasEntity(places, w) {
					t.Errorf("places = %v, want %q among them", places, w)
				}
			}
			for _, w := range tt.actors {
				if !hasEntity(actors, w) {
					t.Errorf("actors = %v, want %q among them", actors, w)
				}
			}
			for _, w := range tt.notActors {
				if hasEntity(actors, w) {
					t.Errorf("actors = %v, want no %q", actors, w)
				}
			}
			for _, w := range tt.notPlaces {
				if hasEntity(places, w) {
					t.Errorf("places = %v, want no %q", places, w)
				}
			}
		})
	}
}

func TestEntitiesCount(t *testing.T) {
	places, _ := entities(newDoc("Aleppo shelled", "Aleppo was shelled. Idlib too. Aleppo again."))
	if len(places) < 2 || places[0].Name != "Aleppo" || places[0].Count != 3 || places[0].Conflict != "syria" {
		t.Fatalf("places = %+v, want Aleppo first with count 3, conflict syria", places)
	}
	if places[1].Name != "Idlib" || places[1].Count != 1 {
		t.Errorf("places[1] = %+v, want Idlib count 1", places[1])
	}
}

func hasEntity(es []news.Entity, name string) bool {
	for _, e := range es {
		if e.Name == name {
			return true
		}
	}
	return false
}

func TestLookupPlace(t *testing.T) {
	tests := []struct{ in, want, conflict string }{
		{"Deir Ezzor", "Deir ez-Zor", "syria"},
		{"deir al-zour", "Deir ez-Zor", "syria"},
		{"KIEV", "Kyiv", "ukraine"},
		{"Khan Sheikhoun", "Khan Shaykhun", "syria"},
		{"Ansar Allah", "", ""}, // an actor, not a place
		{"Atlantis", "", ""},
	}
	for _, tt := range tests {
		got, ok := LookupPlace(tt.in)
		if ok != (tt.want != "") || got.Name != tt.want || got.Conflict != tt.conflict {
			t.Errorf("LookupPlace(%q) = %+v, %v; want %q (%s)", tt.in, got, ok, tt.want, tt.conflict)
		}
	}
}

func TestSuggestPlaces(t *testing.T) {
	got := SuggestPlaces("al", 5)
	if len(got) == 0 || len(got) > 5 || got[0].Name != "Al-Bab" && got[0].Name != "Aleppo" {
		t.Fatalf("SuggestPlaces(al, 5) = %+v, want up to 5 starting with Aleppo or Al-Bab", got)
	}
	if got := SuggestPlaces("deir e", 3); len(got) == 0 || got[0].Name != "Deir ez-Zor" {
		t.Errorf("SuggestPlaces(deir e) = %+v, want Deir ez-Zor", got)
	}
	if got := SuggestPlaces("ghou", 5); len(got) < 2 || got[0].Name != "Ghouta" || !hasEntity(got, "Eastern Ghouta") {
		t.Errorf("SuggestPlaces(ghou) = %+v, want Ghouta then Eastern Ghouta", got)
	}
	if got := SuggestPlaces("", 3); len(got) != 3 || got[0].Name != "Syria" {
		t.Errorf("SuggestPlaces(\"\", 3) = %+v, want 3 starting with Syria", got)
	}
	if got := SuggestPlaces("zzzz", 3); len(got) != 0 {
		t.Errorf("SuggestPlaces(zzzz) = %+v, want none", got)
	}
	if got := SuggestPlaces("a", 0); got != nil {
		t.Errorf("SuggestPlaces(a, 0) = %+v, want nil", got)
	}
}

func TestResolveActor(t *testing.T) {
	tests := []struct {
		in   string
		at   time.Time
		want string
	}{
		{"the Russian foreign minister", time.Time{}, "Sergei Lavrov"},
		{"Sergey Lavrov", time.Time{}, "Sergei Lavrov"},
		{"US secretary of state", time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), "John Kerry"},
		{"the U.S. Secretary of State", time.Date(2017, 9, 1, 0, 0, 0, 0, time.UTC), "Rex Tillerson"},
		{"UN envoy for Syria", time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), "Staffan de Mistura"},
		{"the Syrian president", time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC), "Bashar al-Assad"},
		{"the UN humanitarian chief", time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), "Stephen O'Brien"},
		{"Ukraine's foreign minister", time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC), "Dmytro Kuleba"},
		{"Daesh", time.Time{}, "Islamic State"},
		{"Ansar Allah", time.Time{}, "Houthis"},
		{"the weather", time.Time{}, ""},
	}
	for _, tt := range tests {
		got, ok := ResolveActorAt(tt.in, tt.at)
		if ok != (tt.want != "") || got.Name != tt.want {
			t.Errorf("ResolveActorAt(%q, %v) = %+v, %v; want %q", tt.in, tt.at.Year(), got, ok, tt.want)
		}
	}
	if got, ok := ResolveActor("Lavrov"); !ok || got.Kind != "person" {
		t.Errorf("ResolveActor(Lavrov) = %+v, %v; want a person", got, ok)
	}
}

func BenchmarkEntities(b *testing.B) {
	arts := benchArticles(b)
	docs := make([]*doc, len(arts))
	for i, a := range arts {
		docs[i] = newDoc(a.Title, a.Text)
	}
	start, ok := processCPU()
	i := 0
	for b.Loop() {
		entities(docs[i%len(docs)])
		i++
	}
	if end, ok2 := processCPU(); ok && ok2 && i > 0 {
		b.ReportMetric(float64((end-start).Nanoseconds())/float64(i), "cpu-ns/op")
	}
}

func TestGazetteerData(t *testing.T) {
	names := map[string]bool{}
	conflicts := map[string]bool{}
	places := 0
	for _, e := range gaz.entries {
		if e.Name == "" || e.Kind == "" {
			t.Errorf("entry %+v lacks a name or kind", e)
		}
		if names[e.Name] {
			t.Errorf("entry %q appears twice", e.Name)
		}
		names[e.Name] = true
		if e.place {
			places++
			conflicts[e.Conflict] = true
		}
	}
	if places < 150 {
		t.Errorf("%d places, want >= 150", places)
	}
	for _, c := range []string{"syria", "iraq", "yemen", "ukraine", "israel-gaza", "lebanon", "sudan", "south-sudan",
		"sahel", "libya", "somalia", "ethiopia", "drc", "myanmar", "afghanistan", "nagorno-karabakh"} {
		if !conflicts[c] {
			t.Errorf("no place of conflict %q", c)
		}
	}
	for _, o := range gaz.offices {
		if !names[o.holder] {
			t.Errorf("office holder %q is not an actor of the gazetteer", o.holder)
		}
		if o.to != 0 && o.to < o.from {
			t.Errorf("office of %q ends (%d) before it starts (%d)", o.holder, o.to, o.from)
		}
	}
}

// TestEntitiesOldWars: the armed groups and the front of the wars of the
// 1980s that wire copy of the time names (issue 14). Invented sentences.
func TestEntitiesOldWars(t *testing.T) {
	places, actors := entities(newDoc("Iraq says it repulsed attack on Faw",
		"Iraqi forces repulsed an attack on the Fao peninsula, near the Shatt al-Arab, as jets raided Kharg Island. "+
			"In Washington, Congress voted new funds for the contra rebels; the New People's Army and the Shining Path were not mentioned by FAO."))
	for _, w := range []string{"Faw peninsula", "Shatt al-Arab", "Kharg Island"} {
		if !hasEntity(places, w) {
			t.Errorf("places = %v, want %q among them", places, w)
		}
	}
	for _, p := range places {
		if p.Name == "Faw peninsula" && p.Count != 1 {
			t.Errorf("Faw peninsula counted %d times, want 1 (FAO is the food agency)", p.Count)
		}
	}
	for _, w := range []string{"Contras", "New People's Army", "Shining Path"} {
		if !hasEntity(actors, w) {
			t.Errorf("actors = %v, want %q among them", actors, w)
		}
	}
}
