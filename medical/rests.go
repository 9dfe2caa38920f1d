package medical

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/safetynet-go/safetynet/policy"
)

// What a capped line rests on. A claim cut to what is left of the annual
// cap is paid cap − the aid paid before it this year (2.3.4), so its amount
// moves with every parameter behind that earlier aid: another group's
// ratio, deductible and cap, the child share, second aid's terms. Its line
// lists them after its own, so that one resting on a provisional value is
// marked provisional (section 0). The aid paid before the record's claims
// (its MedicalAidPaid and SecondAidPaid) rests on no parameter of this
// library.
//
// Within a run of months the lists behind the aid paid so far are bits of
// a mask, one per list of a group's terms, so that the commonest claim, not
// capped, costs nothing; a run handing its end to the next (Inputs.Before,
// under another set perhaps) writes them out as records (carry).

// The parameter lists of a group's lines, each a bit of a mask at
// listsPerGroup × the group's index + the list.
const (
	listAid         = iota // the inpatient line: groupTerms.used
	listChild              // the child-disease line: usedChild
	listSecond             // second aid after inpatient aid: usedSecond
	listSecondChild        // second aid after child-disease aid: usedSecondChild
	listsPerGroup
)

// groupOrder is the groups with terms, each at its index in a mask.
var groupOrder = [...]Group{GroupTekun, GroupLowIncome, GroupRegisteredPoor, GroupExtended, GroupChildInDifficulty}

// list returns the parameter list at bit k of a mask.
func (a *Assessor) list(k int) []policy.Used {
	return a.terms(groupOrder[k/listsPerGroup]).list(k % listsPerGroup)
}

// list returns the parameter list of group terms t numbered k (listAid …).
func (t *groupTerms) list(k int) []policy.Used {
	switch k {
	case listAid:
		return t.used
	case listChild:
		return t.usedChild
	case listSecond:
		return t.usedSecond
	}
	return t.usedSecondChild
}

// paidBits returns the mask bits of the lists of the lines a claim paid
// under terms t made: its aid's, and second aid's when it is on.
func (a *Assessor) paidBits(t *groupTerms, rule Rule) uint32 {
	aid, second := listAid, listSecond
	if rule == RuleChild {
		aid, second = listChild, listSecondChild
	}
	bits := uint32(1) << (t.index*listsPerGroup + aid)
	if a.secondOn {
		bits |= 1 << (t.index*listsPerGroup + second)
	}
	return bits
}

// restingOn returns the parameters of a capped line: own, then those the
// aid paid before the claim rests on (before.rests and the lists of
// before.lists),
// each record once (a parameter whose value or provenance a set changed in
// the year, once per record), in order of name, value, provenance and
// source rather than that of the claims, so that a year assessed in runs
// of months lists them as the year assessed at once does. It returns own
// itself when there are none beyond it.
func (a *Assessor) restingOn(own []policy.Used, before aidPaid) []policy.Used {
	if len(before.rests) == 0 && before.lists == 0 {
		return own
	}
	n := len(own) + len(before.rests) // room for every record, made once
	for k := range len(groupOrder) * listsPerGroup {
		if before.lists&(1<<k) != 0 {
			n += len(a.list(k))
		}
	}
	out := append(make([]policy.Used, 0, n), own...)
	add := func(us []policy.Used) {
		for _, u := range us {
			if !slices.Contains(out, u) {
				out = append(out, u)
			}
		}
	}
	add(before.rests)
	for k := range len(groupOrder) * listsPerGroup {
		if before.lists&(1<<k) != 0 {
			add(a.list(k))
		}
	}
	slices.SortFunc(out[len(own):], func(u, v policy.Used) int {
		return cmp.Or(strings.Compare(u.Name, v.Name), strings.Compare(u.Value, v.Value),
			strings.Compare(string(u.Provenance), string(v.Provenance)), strings.Compare(u.Source, v.Source))
	})
	return slices.Clip(out)
}

// carry returns p, the aid paid up to the end of the run period, with the
// lists of p.lists written out into p.rests, for a run after it, whose
// Assessor may hold other lists. A run that ends the year has none after
// it: its lists are dropped instead.
func (a *Assessor) carry(p aidPaid, period policy.Period) aidPaid {
	if p.lists == 0 || period.Norm().To == time.December {
		p.lists = 0
		return p
	}
	p.rests, p.lists = a.restingOn(nil, p), 0
	return p
}
