package analyze

import (
	"slices"
	"strings"
	"testing"

	"github.com/conflict-digest/conflict-digest/lang"
	"github.com/conflict-digest/conflict-digest/news"
)

// The scorers' publisher (issue 10, declared in the closing note of the
// session before round h-orig1, before any held score was read): label sets
// disagree on whether a count the document's own publisher states is the
// publisher's ("UNHCR", rw-dev, fresh4, fresh5) or the outlet's own (""; the
// rwp7/rwp8 agency labels and eval/open). The publisher IS the outlet, so the
// figure scorers count an originator equal to the document's publisher as
// equal to "", either way round, and print the strict reading beside it.
// eval/origpub.py does the same for eval/rwp and eval/open.

// scorerPublisherKinds are the table's kinds whose own reports carry their
// own counts (publisherKinds in scope.go): agencies, aid groups, rescuers,
// health authorities, monitors.
var scorerPublisherKinds = lang.WordSetOf(map[string]bool{"un": true, "ngo": true, "rescue": true, "health": true, "monitor": true})

// notPublishers are names of those kinds that are people or a crowd of
// bodies, no one body that issues a report.
var notPublishers = lang.WordSetOf(map[string]bool{"a monitor": true, "aid agencies": true, "aid workers": true, "scientists": true,
	"emergency workers": true, "fire commander": true})

// scorerHeadWords is how far into its first line a document names its
// publisher ("This report is produced by OCHA ...").
const scorerHeadWords = 8

// scorerPublishers returns the publishers a scorer reads from a document,
// independently of the analysis's own reading (scope.go's publisher): for a
// ReliefWeb document (an id "rw-"), the table's agencies, aid groups,
// rescuers, health authorities and monitors its title names, and the one
// such body the first line of its text names among its first words (a line
// naming two or more lists partners); none for a news article, whose
// publisher is its outlet, never an originator of the table (a wire's
// "UNICEF: 20 children killed" reports UNICEF's count, it is no UNICEF
// report). The documents carry no publisher field: ReliefWeb's urls are its
// node numbers, so the title and first line are what says whose report it is.
func scorerPublishers(a ownArticle) map[string]bool {
	if !strings.HasPrefix(a.ID, "rw-") {
		return nil
	}
	out := map[string]bool{}
	for _, name := range publishersNamed(a.Title) {
		out[name] = true
	}
	first := ""
	for _, line := range strings.Split(a.Text, "\n") {
		if strings.ContainsFunc(line, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
			first = line
			break
		}
	}
	if w := strings.Fields(first); len(w) > scorerHeadWords {
		first = strings.Join(w[:scorerHeadWords], " ")
	}
	if names := publishersNamed(first); len(names) == 1 {
		out[names[0]] = true
	}
	return out
}

// publishersNamed returns the table names of publisher kinds a text names,
// each once.
func publishersNamed(text string) []string {
	var out []string
	for _, m := range origs.find(text, ftokens(text)) {
		o := origs.list[m.id]
		if scorerPublisherKinds.Has(o.kind) && !notPublishers.Has(o.name) && !slices.Contains(out, o.name) {
			out = append(out, o.name)
		}
	}
	return out
}

// isPublisher reports a written originator that is one of pubs: its table
// name, or an alias of it that is the whole name ("UN Refugee Agency").
func isPublisher(name string, pubs map[string]bool) bool {
	if name == "" || len(pubs) == 0 {
		return false
	}
	if pubs[name] {
		return true
	}
	toks := ftokens(name)
	ms := origs.find(name, toks)
	if len(ms) != 1 || ms[0].start != 0 {
		return false
	}
	for _, t := range toks[ms[0].end:] {
		if !t.punct {
			return false
		}
	}
	return pubs[origs.list[ms[0].id].name]
}

// TestScorerPublisher scores invented reports: the label's "" and the
// analysis's publisher count equal in the second reading only, and the
// reverse; a news article has no publisher of the table.
func TestScorerPublisher(t *testing.T) {
	report := ownArticle{ID: "rw-1", Title: "Fooland: UNHCR Flash Update 3",
		Text: "12 - 19 March\nClashes in Bar district forced some 4,000 people to flee their homes."}
	if p := scorerPublishers(report); len(p) != 1 || !p["UNHCR"] {
		t.Fatalf("publishers %v, want UNHCR", p)
	}
	partners := ownArticle{ID: "rw-2", Title: "Fooland Situation Report",
		Text: "UNICEF, WFP and WHO met the authorities of Bar on Monday."}
	if p := scorerPublishers(partners); len(p) != 0 {
		t.Errorf("publishers %v of a first line that lists partners, want none", p)
	}
	own := ownArticle{ID: "rw-3", Title: "Fooland Bulletin", Text: "This report is produced by OCHA Fooland with partners."}
	if p := scorerPublishers(own); !p["OCHA"] {
		t.Errorf("publishers %v, want OCHA", p)
	}
	wire := ownArticle{ID: "fakes-1", Title: "UNICEF: 20 children killed in Bar", Text: "Twenty children were killed."}
	if p := scorerPublishers(wire); len(p) != 0 {
		t.Errorf("publishers %v of a news article, want none", p)
	}
	s := &figureScore{gold: map[string]int{}, pred: map[string]int{}, right: map[string]int{}, qual: map[string]int{}}
	pubs := scorerPublishers(report)
	lab := func(orig string) *ownLabel {
		return &ownLabel{ID: "rw-1", Displaced: &ownFigure{Value: 4000, Qualifier: "about", Originator: orig}}
	}
	s.add(lab(""), factsWith(4000, "UNHCR"), pubs)
	s.add(lab("UN Refugee Agency"), factsWith(4000, ""), pubs)
	s.add(lab(""), factsWith(4000, "IOM"), pubs)
	if s.origSeen != 3 || s.origRight != 0 || s.origRightPub != 2 || s.namedSeen != 1 || s.namedRightPub != 1 {
		t.Errorf("seen %d, strict %d, publisher %d, named %d/%d; want 3, 0, 2, 1/1",
			s.origSeen, s.origRight, s.origRightPub, s.namedRightPub, s.namedSeen)
	}
}

// factsWith returns facts whose main displaced figure is v, given by orig.
func factsWith(v int64, orig string) news.Facts {
	return news.Facts{Displaced: &news.Figure{Kind: "displaced", Value: v, Qualifier: "about", Originator: orig}}
}
