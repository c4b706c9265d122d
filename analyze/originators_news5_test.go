package analyze

import (
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/news"
)

// The tests of this file hold invented sentences in the style of today's
// wire and local copy of any war, one per rule of the second session of
// 2026-12-05 (h-orig18, read from the figures of news20's fit half that
// readers judged wrong; the figures README lists them). Written from news
// style, not from any labelled item.

// TestOriginatorRulesNews5 holds the attribution forms.
func TestOriginatorRulesNews5(t *testing.T) {
	runOriginatorCases(t, []originatorCase{
		{"a person named in full as the sayer", "",
			"Nine people were killed when gunmen stormed the market on Sunday, John Roe said.",
			"killed", 9, "John Roe", false},
		{"a person named in full after a post the table does not know", "",
			"Fighting erupted in the town after two soldiers were shot dead, the state's acting Culture Minister John Roe said by phone.",
			"killed", 2, "John Roe", false},
		{"a name with a particle after according to", "",
			"Two bodies were found near the village a week before, according to Carta de Foo.",
			"killed", 2, "Carta de Foo", false},
		{"a headline's count takes no source from a background count as large", "Two dead in attacks on Foo villages",
			"Insurgents attacked the village on Sunday, killing a man and a woman and burning several huts. The week before, two bodies were found near the village, according to Carta de Foo.",
			"killed", 2, "", false},
		{"a bracketed list of the paragraph's sources with their days", "",
			"Seven people were killed when insurgents attacked the town on Sunday night (7 September). It is the first attack there since 2021. (Foo FM 8 Sept, Bar News 10 Sept).",
			"killed", 7, "Foo FM", false},
		{"a bracket that lists no sources", "",
			"Seven people were killed when insurgents attacked the town on Sunday night. (Photo: Foo Bar).",
			"killed", 7, "", false},
		{"a person's name with a particle before said", "",
			"Nine people were killed when gunmen stormed the market on Sunday, Jane van Roe said.",
			"killed", 9, "Jane van Roe", false},
		{"a person named in full before an aside that tells who he is", "",
			"Nine people were killed when gunmen stormed the market on Sunday, John Roe, a trader in the market, said.",
			"killed", 9, "John Roe", false},
		{"a person named in full before his age", "",
			"John Roe, 45, said nine people were killed when gunmen stormed the market on Sunday.",
			"killed", 9, "John Roe", false},
		{"a person named by surname, named in full before", "",
			"Troops clashed on Tuesday with a militia led by John Roe in the town of Foo. Roe said the clashes left 18 people from his side dead.",
			"killed", 18, "John Roe", false},
		{"a person named by surname after according to, named in full before", "",
			"The gunmen overran the camp at dawn, militia member Jack Doe said. Residents fled and two were killed, according to Doe.",
			"killed", 2, "Jack Doe", false},
		{"a surname never named in full is read elsewhere", "",
			"Nine people were killed when gunmen stormed the market on Sunday, Roe said.",
			"killed", 9, "", false},
		{"a run longer than a person's name is no person", "",
			"Nine people were killed when gunmen stormed the market on Sunday, Foo Bar Baz Qux said.",
			"killed", 9, "", false},
		{"a person's call: the count is its setting", "",
			"At the summit Foreign Secretary John Roe said Foo should be investigated for an attack on an aid convoy that claimed 20 lives.",
			"killed", 20, "", false},
		{"a headline's count words are no person's name", "",
			"Foo Province 30 Militants Killed Reports Say",
			"killed", 30, "", false},
		{"a person who told an outlet keeps that rule", "",
			"John Roe told Reuters that nine people were killed when gunmen stormed the market.",
			"killed", 9, "John Roe", false},
		{"a quotation going on after a source by kind and a colon", "",
			"A survivor of the shelling said: \"We were sheltering in the school when the shells came. Yesterday the shells killed 13 of us and wounded 20.\"",
			"injured", 20, "survivor of the shelling", false},
		{"a quotation going on after a table's kind, the quote not closed", "",
			"A resident of the camp said: \"We were sheltering in the school when the shells came. Yesterday the shells killed 13 of us and wounded 20.",
			"killed", 13, "residents", false},
		{"a quotation going on after a table's source and a colon", "",
			"The army said in a statement: \"Our posts came under fire at dawn near Foo. Seven soldiers were killed and 12 wounded.\"",
			"killed", 7, "army", true},
		{"a quotation going on after a person and a colon", "",
			"John Roe said: \"We ran when the shells came. Nine of my neighbours were killed in their homes.\"",
			"killed", 9, "John Roe", false},
		{"a closed quotation lends nothing to the sentence after", "",
			"A survivor of the shelling said: \"We were sheltering in the school.\" Yesterday the shells killed 13 people and wounded 20.",
			"killed", 13, "", false},
		{"an army named by its country is no other army that speaks in the article", "",
			"\"Shells hit the market, killing seven civilians and wounding 25,\" John Roe, from the Yemen army's guidance department, told The National. Coalition spokesman Jack Doe said on Monday that 85 per cent of the province had been retaken.",
			"injured", 25, "army", true},
		{"a bare army is the one named army that speaks", "",
			"\"Shells hit the market, killing seven civilians and wounding 25,\" the army said. Coalition spokesman Jack Doe said on Monday that 85 per cent of the province had been retaken.",
			"injured", 25, "US-led coalition", true},
		{"members of a named body closing an inverted said", "",
			"\"Almost two million people have been displaced by the fighting,\" said the Senate members, led by the chairman of the committee.",
			"displaced", 2000000, "Senate members", false},
		{"members of a named body before said", "",
			"The Senate members said almost two million people have been displaced by the fighting.",
			"displaced", 2000000, "Senate members", false},
	})
}

// TestPersonWords: a person's name is no place's or people's word.
func TestPersonWords(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{{"Oloni", false}, {"Hassan", false}, {"Ali", false}, {"Ukrainian", true}, {"Sudanese", true}, {"Gaza", true}, {"Baghdad", true}} {
		if got := gazWord(tt.word) || peopleWord(tt.word); got != tt.want {
			t.Errorf("%q a place's or people's word: %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestPartOfCountBefore: a part of the count before ("Three of the dead")
// takes that count's source, not the one the next sentence lends.
func TestPartOfCountBefore(t *testing.T) {
	a := &news.Article{Text: "A bomb hit a restaurant in Foo on Friday. John Roe confirmed that three people were killed and six others were injured. " +
		"Three of the dead were of one family, and died in hospital. A statement from al-Shabaab said that one of its fighters carried out the attack."}
	found := false
	for _, f := range Analyze(a).Facts.Figures {
		if f.Kind == "killed" && strings.HasPrefix(f.Sentence, "Three of the dead") {
			found = true
			if f.Originator != "John Roe" || f.PartyClaim {
				t.Errorf("originator %q (party %v), want %q", f.Originator, f.PartyClaim, "John Roe")
			}
		}
	}
	if !found {
		t.Fatal("no figure of the part")
	}
}
