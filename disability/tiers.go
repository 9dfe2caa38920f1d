package disability

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The hardship bases a county may tier the subsidies by (2.2.4
// "鼓励有条件的地方根据残疾人困难程度制定分档补贴标准"), as keys of
// [Living.ByHardship] and [Nursing.ByHardship]. Any other key is a county
// hardship level, as recorded per member ([household.Member.HardshipLevel]).
const (
	HardshipLowIncome      = "lowincome"       // a member of a 低保 household, or a 低保 recipient on his own
	HardshipRegisteredPoor = "registered-poor" // a member of a registered-poor (建档立卡) household
)

// The paths of the tiers by hardship in a parameter set.
const (
	pathLivingTiers  = "disability.living.by_hardship"
	pathNursingTiers = "disability.nursing.by_hardship"
)

// Tiers are one hardship basis's amounts of a subsidy by certificate grade
// (分档补贴标准): annual amounts for the living subsidy, monthly amounts for
// the nursing subsidy (grades 1–3, grade 3 under the option only). Each is a
// local parameter, unset unless the county sets it; a grade left unset is
// paid the grade tier ([Living.Tier], [Nursing.Tier]).
//
// A member's tiers are chosen by its hardship basis: its own hardship level
// when the county has set tiers for that level; else [HardshipLowIncome]
// for a member of a 低保 household or a 低保 recipient on his own; else
// [HardshipRegisteredPoor] for a member of a registered-poor household;
// else none. With no tiers for the key chosen, or the member's grade unset
// in them, the grade tier applies: a level's tiers that leave the member's
// grade unset do not fall through to the basis's. A member's hardship
// level is never one of the two basis keys: household validation refuses
// a record that so spells one. The tiers
// are chosen for each subsidy on its own: a level tiered for the nursing
// subsidy only does not choose the living subsidy's tiers. A line names
// the tier it pays in its parameters and explanation.
//
// [Params.Validate] checks that there are at most [MaxTiers] keys, each
// key (not empty; at most
// [household.MaxIDLength] bytes of UTF-8 without control characters, as a
// member's level), that each entry sets at least one grade, each amount set
// (as [policy.CheckAmount]), and that the nursing subsidy sets no grade-4
// tier.
type Tiers struct {
	// Grade1 … Grade4 are the tier's amounts by grade, in the unit of the
	// subsidy it belongs to (元/年 for living, 元/月 for nursing); an unset
	// grade keeps the grade's own amount.
	Grade1 policy.Param[decimal.Decimal] `json:"grade1,omitzero"` // grade 1
	Grade2 policy.Param[decimal.Decimal] `json:"grade2,omitzero"` // grade 2
	Grade3 policy.Param[decimal.Decimal] `json:"grade3,omitzero"` // grade 3 (nursing: under the option only)
	Grade4 policy.Param[decimal.Decimal] `json:"grade4,omitzero"` // grade 4 (living only: never set for nursing)
}

// Tier returns the amount for a grade, and false for a grade outside 1–4.
// The amount may be unset.
func (t Tiers) Tier(grade int) (policy.Param[decimal.Decimal], bool) {
	switch grade {
	case 1:
		return t.Grade1, true
	case 2:
		return t.Grade2, true
	case 3:
		return t.Grade3, true
	case 4:
		return t.Grade4, true
	}
	return policy.Param[decimal.Decimal]{}, false
}

// SetName names the tiers' parameters below path, the path of the tiers in
// the parameter set ("disability.living.by_hardship.lowincome" names
// "….grade1" to "….grade4"), and marks a grade the county left out as a
// local parameter with no value, so that the set writes and reads back as
// it is. On nil tiers it does nothing: there are no parameters to name
// (as [Params.Validate] reports the parameters a nil set lacks).
func (t *Tiers) SetName(path string) {
	if t == nil {
		return
	}
	for g, p := range t.grades() {
		p.Name = path + ".grade" + string(rune('1'+g))
		if !p.Set && p.Provenance == "" {
			p.Provenance = policy.Local
		}
	}
}

// grades returns the four tiers, grade 1 first, to be changed in place.
func (t *Tiers) grades() [4]*policy.Param[decimal.Decimal] {
	return [4]*policy.Param[decimal.Decimal]{&t.Grade1, &t.Grade2, &t.Grade3, &t.Grade4}
}

// namedTiers returns a copy of tiers with each entry's parameters named by
// its path below path, whatever names the caller gave them.
func namedTiers(path string, tiers map[string]Tiers) map[string]Tiers {
	if tiers == nil {
		return nil
	}
	named := maps.Clone(tiers)
	for k, t := range named {
		t.SetName(string(policy.Path(path).Key(k)))
		named[k] = t
	}
	return named
}

// MaxTiers is the most hardship bases a subsidy may be tiered by: the two
// bases and a county's own levels, of which a county has a handful. A set
// with more is refused with one error, so that a set of any size is
// checked at a bounded cost and its errors are few.
const MaxTiers = 32

// checkTiers checks a subsidy's tiers by hardship, in key order: at most
// [MaxTiers] of them; each key a hardship basis that can be named (not
// empty, at most [household.MaxIDLength] bytes of visible characters, as a
// member's hardship level is: [household.IDFault]); each entry setting at
// least one grade, each grade set a valid amount; no grade above top (the nursing subsidy has no grade-4
// tier). A key that holds a path's marks is quoted in the paths of its
// errors and the names of its parameters ([policy.Path.Key]).
func checkTiers(path string, tiers map[string]Tiers, top int) error {
	if len(tiers) > MaxTiers {
		return policy.Path(path).TooMany(fmt.Sprint(len(tiers)), fmt.Sprintf("hardship bases, more than the limit of %d", MaxTiers))
	}
	var errs []error
	named := namedTiers(path, tiers)
	for _, k := range slices.Sorted(maps.Keys(named)) {
		at := policy.Path(path).Key(k)
		switch {
		case k == "":
			errs = append(errs, at.Invalid(`""`, "is not a hardship basis: a key is lowincome, registered-poor or a county hardship level"))
			continue
		case len(k) > household.MaxIDLength:
			errs = append(errs, policy.Path(path).Key(policy.Shorten(k)).TooLong(policy.Quote(k), "is longer than a hardship level may be (64 bytes)"))
			continue
		}
		if fault := household.IDFault(k); fault != "" {
			errs = append(errs, at.Invalid(policy.Quote(k), "is not a hardship level: "+fault))
			continue
		}
		t := named[k]
		set := false
		for g, p := range t.grades() {
			set = set || p.Set
			if g+1 > top && p.Set {
				errs = append(errs, policy.Path(p.Name).Invalid(policy.ShortDecimal(p.Value), "is a tier for a grade the subsidy does not cover"))
				continue
			}
			errs = append(errs, policy.CheckAmount(*p, false))
		}
		if !set {
			errs = append(errs, at.Required("sets no grade's amount: give at least one, or leave the key out"))
		}
	}
	return errors.Join(errs...)
}
