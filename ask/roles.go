package ask

import (
	"strings"

	"github.com/conflict-digest/conflict-digest/analyze"

	"github.com/conflict-digest/conflict-digest/lang"
)

// askedRoles are the roles a person question may name ("which pilot",
// "the spokesman of"): the answer is the one holding that role, not a name
// beside another ("spokesman X" for "who was the pilot"). Roles that any
// person holds ("official", "man") say too little to rule a name out.
var askedRoles = lang.QuestionWords(lang.AskedRole)

// roleKinds are the roles a report writes for one a question asks ("which
// Cuban leader": "President Raúl Castro").
var roleKinds = lang.RoleKinds()

// isRole reports whether t is a person's role.
func isRole(t token) bool { return personNouns[t.low] || personNouns[t.stem] }

// sameRole reports whether the role t is the role head asks for, or a kind
// of it.
func sameRole(head string, t token) bool {
	return t.stem == head || t.low == head || roleKinds[head][t.stem] || roleKinds[head][t.low]
}

// roleBeside returns the index of the role written next to the name [from,
// to]: before it ("spokesman Islam Alloush", past a rank and "as": "the
// pilot as Lieutenant Nawras Hassan", "the pilot, Nawras Hassan") or after its comma ("Raúl Castro, the
// President of Cuba"); -1 when none is.
func roleBeside(s *sentence, from, to int) int {
	if k := from - 1; k >= 0 && isRole(s.toks[k]) && strings.TrimSpace(s.text[s.toks[k].end:s.toks[from].start]) == "," {
		return k // "the pilot, Nawras Hassan,"
	}
	as := false
	for k := from - 1; k >= 0 && k >= from-3 && plainGap(s, k); k-- {
		t := s.toks[k]
		switch {
		case isRole(t) && !(k == from-1 && lang.Rank(t.low) && k > 0 && isRole(s.toks[k-1])):
			return k
		case lang.Rank(t.low): // between a role and its holder's name: "the pilot as Lieutenant Jane Roe"
		case t.low == "as" && !as:
			as = true
		default:
			k = -1
		}
	}
	if to+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[to].end:s.toks[to+1].start]) != "," {
		return -1
	}
	for k := to + 1; k < len(s.toks) && k <= to+3; k++ {
		t := s.toks[k]
		if isRole(t) {
			return k
		}
		if !lang.IsDeterminer(t.low) && !demonymOrName(t) || k > to+1 && !plainGap(s, k-1) {
			break
		}
	}
	return -1
}

// demonymOrName reports whether t may stand between a comma and a role
// ("X, Cuban President", "X, the UN's envoy").
func demonymOrName(t token) bool { return isCapitalized(t) }

// bodyKinds are the kinds of the gazetteer's actors that are bodies, not
// persons.
var bodyKinds = set(`armed_group army`)

// wRoleOther is what a name loses beside a role other than the one asked.
const wRoleOther = 0.3

// roleFit scores a name for a person question by the role written beside
// it: the role asked (or its question's word) adds, another role the
// question does not write takes away ("Jaish al-Islam spokesman Islam
// Alloush" for "which pilot"), and so does a name that qualifies another
// role ("Jaish al-Islam" of "Jaish al-Islam spokesman").
func roleFit(q *Question, s *sentence, from, to int) float64 {
	if q.Type != TypePerson {
		return 0
	}
	b := 0.0
	if besideRole(s, from, to) {
		b += 0.15
	}
	role := q.Head
	if !askedRoles[role] {
		role = q.role
	}
	if role == "" {
		return b
	}
	if k := roleBeside(s, from, to); k >= 0 {
		switch t := s.toks[k]; {
		case sameRole(role, t):
			b = 0.15 // the role asked, or a kind of it ("President" for "leader")
		case !s.hit[k]:
			b = -wRoleOther // besideRole's role is another's ("The spokesman, Omar Dessa, said the pilot")
		}
	}
	if e, ok := analyze.ResolveActor(joinSpan(s, from, to)); ok && bodyKinds[e.Kind] {
		b -= wRoleOther // "by Jaish al-Islam" for "which pilot": a body holds no role
	}
	if n := to + 1; n < len(s.toks) && plainGap(s, to) && isRole(s.toks[n]) && !s.hit[n] && !sameRole(role, s.toks[n]) {
		b -= wRoleOther
	}
	return b
}

// roleAfterWho returns the stem of the role a "who" question asks about
// ("who was the pilot", "who is the new UN envoy"), from the few words
// after "who" and its verb; "" when none of askedRoles stands there.
func roleAfterWho(low []string, i int) string {
	if i+1 >= len(low) || !lang.PassiveBe(low[i+1]) {
		return ""
	}
	for k := i + 2; k < len(low) && k <= i+5; k++ {
		if st := lang.Stem(low[k]); askedRoles[st] {
			return st
		}
		if !lang.IsDeterminer(low[k]) && (isStop(low[k]) || participleLike(low[k])) {
			return "" // "who was killed with the pilot": no role asked
		}
	}
	return ""
}
