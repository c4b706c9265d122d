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
	}{
		{"spelling variants", "", "Shelling hit Deir Ezzor and Idleb while Daesh fighters left Raqqah.",
			[]string{"Deir ez-Zor", "Idlib", "Raqqa"}, []string{"Islamic State"}, nil},
		{"possessives and stripped apostrophes", "Syrias army advances", "Aleppo's east fell. Assads forces entered Homs.",
			[]string{"Syria", "Aleppo", "Homs"}, []string{"Bashar al-Assad"}, nil},
		{"longest match", "", "The UN Security Council met as the Syrian Arab Red Crescent sent aid.",
			nil, []string{"UN Security Council", "Syrian Arab Red Crescent"}, []string{"United Nations"}},
		{"case-sensitive acronyms", "", "The WHO said IS fighters fled. Those who stayed said it is over.",
			nil, []string{"World Health Organization", "Islamic State"}, nil},
		{"lower-case words are not acronyms", "", "People who say it is over.",
			nil, nil, []string{"World Health Organization", "Islamic State"}},
		{"Hamas is not Hama", "", "Hamas fired rockets.", nil, []string{"Hamas"}, nil},
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
		{"the Syrian president", time.Time{}, "Bashar al-Assad"},
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
	i := 0
	for b.Loop() {
		entities(docs[i%len(docs)])
		i++
	}
}
