package analyze

import (
	"slices"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// headWords are words to ask the precomputed tables about: every key of
// the tables they stand for, their plurals and possessives, and the words
// of invented sentences.
func headWords() []string {
	var ws []string
	for w := range lex.exact {
		ws = append(ws, w)
	}
	for w := range gateAll.exact {
		ws = append(ws, w)
	}
	for w := range gaz.root.next {
		ws = append(ws, w)
	}
	for w := range origs.root.next {
		ws = append(ws, w)
	}
	for w := range wordInfos {
		ws = append(ws, w)
	}
	for _, dc := range docClasses {
		for w := range dc.words {
			ws = append(ws, w)
		}
	}
	for _, w := range slices.Clone(ws) {
		ws = append(ws, w+"s", w+"'s", w+"’s", w[:len(w)-1])
	}
	return append(ws, lang.Words("Syrias Assads UN's U.S. troops said the Observatory's monitors killed 12 in Aleppo's east, "+
		"the rebels' convoy and the WHO; İstanbul KELVIN-sign x s 's")...)
}

// TestHeadsAgreeWithTables: a word's head says what the cue lexicon, the
// gate and the gazetteer say of it, and a word with no head begins nothing
// in them but through gazChild's own reading.
func TestHeadsAgreeWithTables(t *testing.T) {
	for _, w := range headWords() {
		h := heads.Get(w)
		if got, want := h.cueRun(), lex.runs[w]; got != want {
			t.Errorf("%q: cue run %p, want %p", w, got, want)
		}
		if got, want := len(h.gatePhrases()), len(gateAll.exact[w]); got != want {
			t.Errorf("%q: %d gate phrases, want %d", w, got, want)
		}
		if got, want := h.gazChild(w), gaz.root.child(w); got != want {
			t.Errorf("%q: gazetteer node %p, want %p", w, got, want)
		}
		checks := []struct {
			name      string
			got, want bool
		}{
			{"epidemic", h.is(dcEpidemic), epidemicWords[w]},
			{"state", h.is(dcState), stateWords[w]},
			{"aid process", h.is(processClass(news.Humanitarian)), processWords[news.Humanitarian][w]},
			{"talks process", h.is(processClass(news.Talks)), processWords[news.Talks][w]},
			{"veto", h.is(dcVeto), vetoWords[w]},
			{"decision verb", h.is(dcDecisionVerb), decisionVerbs[w]},
			{"decision object", h.is(dcDecisionObject), decisionObjects[w]},
			{"summary stop", h.is(dcSummaryStop), lang.IsStop(w, summaryStops)},
			// the lists the sentence rules read from the heads (round h-speed8)
			{"captive", h.is(dcCaptive), captiveWords.has(w)},
			{"treated", h.is(dcTreated), treatedWords.has(w)},
			{"renew", h.is(dcRenew), lang.ProcessWords(lang.RenewWord)[w]},
			{"fight", h.is(dcFight), lang.ProcessWords(lang.TrucedFight)[w]},
			{"resumed", h.is(dcResumed), lang.ProcessWords(lang.ResumedVerb)[w]},
			{"send", h.is(dcSend), lang.CaptiveWords(lang.SendWord)[w]},
			{"mission held", h.is(dcMissionHeld), lang.CaptiveWords(lang.MissionHeld)[w]},
			{"legislature", h.is(dcLegislature), lang.TalksWords(lang.LegislatureWord)[w]},
			{"murder", h.is(dcMurder), lang.DeathWords(lang.Murder)[w]},
			{"armed", h.is(dcArmed), armedWords[w]},
			{"speak", h.is(dcSpeak), lang.TalksWords(lang.EnvoySpeakVerb)[w]},
			{"phenomenon", h.is(dcPhenomenon), lang.SettingWords(lang.Phenomenon)[w]},
			{"death", h.is(dcDeath), lang.DeathWords(lang.DeathToll)[w]},
			{"illness", h.is(dcIllness), lang.CauseWords(lang.IllnessCause)[w]},
			{"seized", h.is(dcSeized), lang.CaptiveWords(lang.SeizedWord)[w]},
			{"arms", h.is(dcArms), lang.ArmsWords(lang.ArmsNoun | lang.GoodsNoun)[w]},
			{"found", h.is(dcFound), lang.ArmsWords(lang.FoundWord)[w]},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%q: %s = %v, want %v", w, c.name, c.got, c.want)
			}
		}
	}
	for c := range processWords {
		if processClass(c) == 0 {
			t.Errorf("processWords[%s] has no processClass", c)
		}
	}
}

// TestWordInfoAgreesWithTables: the classes a token carries are the word
// lists' answers, marked or looked up when asked.
func TestWordInfoAgreesWithTables(t *testing.T) {
	for _, w := range headWords() {
		for _, tok := range []ftok{{w: w}, {w: w, info: lookupWord(w)}} {
			checks := []struct {
				name      string
				got, want bool
			}{
				{"cue", tok.is(wcCue), attr.cue[w]},
				{"ahead", tok.is(wcAhead), attr.ahead[w]},
				{"inverted", tok.is(wcInverted), attr.inverted[w]},
				{"carry", tok.is(wcCarry), attr.carry[w]},
				{"finding", tok.is(wcFinding), findingVerbs[w]},
				{"war", tok.is(wcWar), warWords[w]},
				{"pause", tok.is(wcPause), pauseWords[w]},
				{"unit", tok.is(wcUnit), unitHours[w] > 0},
				{"killing", tok.is(wcKilling), killingVerb(w)},
				{"head noun", tok.headNoun(), whoGroups[w] != "" || attr.counted[w] || attr.agent[w]},
				{"injured", tok.is(wcInjured), injuredKind.after.Has(w) || injuredKind.before.Has(w)},
				{"disease", tok.is(wcDisease), diseaseWords[w]},
				{"event noun", tok.is(wcEventNoun), eventNouns[w]},
				{"follow-up", tok.is(wcFollowUp), followUpEvents[w]},
				{"start", tok.is(wcStart), startWords[w]},
				{"long span", tok.is(wcLongSpan), longSpans[w]},
				{"link", tok.is(wcLink), linkWords[w]},
				{"relative", tok.is(wcRelative), relativeWords[w]},
				{"other mark", tok.is(wcOtherMark), otherMarks[w]},
				{"sayer cue", tok.is(wcSayerCue), sayerCues[w]},
				{"complaint", tok.is(wcComplaint), complaintCues[w]},
				{"organ noun", tok.is(wcOrganNoun), organNounsOfState[w]},
				{"single determiner", tok.is(wcSingleDet), singleDets[w]},
				{"person noun", tok.is(wcPersonNoun), personNouns[w]},
				{"kinds", tok.kinds() != anyKindWords[w], false},
				{"originator", tok.origChild() != origs.root.child(w), false},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%q (%v marked): %s = %v, want %v", w, tok.info.cls&wcMarked != 0, c.name, c.got, c.want)
				}
			}
		}
	}
}

// BenchmarkWordHeads measures what a doc pays to look its words' heads up
// (doc.wordHeads), on the development articles.
func BenchmarkWordHeads(b *testing.B) {
	var docs []*doc
	for _, a := range benchArticles(b) {
		docs = append(docs, newDoc(a.Title, a.Text))
	}
	i := 0
	for b.Loop() {
		d := docs[i%len(docs)]
		headsOf(d.titleWords)
		headsOf(d.words)
		i++
	}
}

// BenchmarkFactSentences measures the tokenising of an article's fact
// sentences (tokens, their word classes and originators), on the
// development articles.
func BenchmarkFactSentences(b *testing.B) {
	var docs []*doc
	for _, a := range benchArticles(b) {
		docs = append(docs, newDoc(a.Title, a.Text))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		arena := tokArenas.Get().(*tokArena)
		factSentences(docs[i%len(docs)], arena)
		arena.release()
		i++
	}
}

// TestCueRuns checks that a word's cue run tries, for any word after it,
// the cues of its list that word does not rule out, in the list's order.
func TestCueRuns(t *testing.T) {
	for w, ids := range lex.exact {
		afters := []string{"", "zzz"}
		for _, id := range ids {
			afters = append(afters, lex.cues[id].next)
		}
		for _, after := range afters {
			words := []string{w}
			if after != "" {
				words = append(words, after)
			}
			var want []int32
			for _, id := range ids {
				if !lex.cues[id].ruledOut(words, 0) {
					want = append(want, id)
				}
			}
			r := lex.runs[w]
			open, next := r.open, []int32(nil)
			if len(words) > 1 {
				next = r.byNext[words[1]]
			}
			got := append(slices.Clone(open), next...)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%q before %q: run tries %v, want %v", w, after, got, want)
			}
		}
	}
}
