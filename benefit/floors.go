package benefit

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
)

// ErrBelowFloor is wrapped by every [*FloorError].
var ErrBelowFloor = errors.New("below a floor of the document")

// FloorError is an adopted amount (or share) of a parameter set below a
// floor that 东政办〔2017〕43号 (or the law it cites) fixes: the set is
// rejected before anything is computed. It wraps [ErrBelowFloor] and
// [policy.ErrInvalid].
type FloorError struct {
	// Path is the parameter's path in the set, e.g. "tekun.centralized".
	Path string
	// Value is the set's amount (or share) and Floor the least it may be.
	Value, Floor decimal.Decimal
	// Clause is the clause that fixes the floor; Rule says it in words.
	Clause policy.Clause
	Rule   string // the floor in words, in Chinese and English
}

// Error says the parameter, its value, the floor and the rule that fixes
// it ("<nil>" for a nil error).
func (e *FloorError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s: %s is below the floor %s (%s %s)", e.Path, figure(e.Value), figure(e.Floor),
		e.Clause, e.Rule)
}

// Unwrap returns [ErrBelowFloor] and the field error at the parameter's
// path (which wraps [policy.ErrInvalid]), so that [policy.FieldErrors]
// finds it. A nil error wraps ErrBelowFloor alone.
func (e *FloorError) Unwrap() []error {
	if e == nil {
		return []error{ErrBelowFloor}
	}
	return []error{ErrBelowFloor, policy.Path(e.Path).Invalid(figure(e.Value),
		"is below the floor "+figure(e.Floor)+" ("+string(e.Clause)+" "+e.Rule+")")}
}

// figure writes a value with two places, or as it is where it has more
// significant ones: 4500.00 for 4500.000, 0.50 for 0.5000, but 0.5999 for
// a share (not 0.60).
func figure(d decimal.Decimal) string {
	if d.Equal(d.Round(2)) {
		return d.StringFixed(2)
	}
	return d.String()
}

// Floor is one floor a parameter set is validated against.
type Floor struct {
	// Path is the parameter the floor bounds.
	Path string
	// Value is the parameter's amount in the set, in yuan over the
	// parameter's own period (元/年 for the 特困 floors and quotas, 元/月
	// for the nursing subsidy), or its share (the 60% of consumption of
	// 2.2.1, as 0.60).
	Value decimal.Decimal
	// Min is the least the amount may be: a figure of the document, as
	// the set's own floor parameters give it, or for the dispersed 特困
	// standard the larger of that floor and the 低保 standard S.
	Min    decimal.Decimal
	Clause policy.Clause // the clause that fixes the floor: 2.2.1, 2.2.2 or 2.2.4
	Rule   string        // the floor in words, in Chinese and English
}

// Holds reports whether the set's amount is not below the floor.
func (f Floor) Holds() bool { return f.Value.Cmp(f.Min) >= 0 }

func (f Floor) err() error {
	if f.Holds() {
		return nil
	}
	return &FloorError{Path: f.Path, Value: f.Value, Floor: f.Min, Clause: f.Clause, Rule: f.Rule}
}

// document holds the floors as the document fixes them: the floor
// parameters of the built-in 2017 set, which are seed values (2.2.1,
// 2.2.2, 2.2.4). A set may raise a floor parameter, never lower it.
var document = struct {
	tekun      *tekun.Params
	disability *disability.Params
}{tekun.Default2017(), disability.Default2017()}

// Floors returns every floor the set is validated against, in document
// order, whether it holds or not (on a set changed by hand, call
// [Params.Normalize] first, as [Params.Validate] and [New] see it):
//
//   - 2.2.1: the share of consumption the standards are tested against
//     (tekun.consumption_share) not below the document's 60%; the set's own
//     floors (tekun.dispersed_floor, tekun.centralized_floor) not below the
//     document's, which are the seed values of tekun.Default2017; the
//     adopted dispersed standard not below S nor its floor; the
//     centralized standard not below its floor;
//   - 2.2.2: each nursing-home class's floor not below the document's, and
//     its adopted quota not below its floor;
//   - 2.2.4: the nursing subsidy for grades 1 and 2, and each tier by
//     hardship set for them, not below the seed value of
//     disability.Default2017.
//
// The two lines merged of 2.1.1 (S not below the poverty line P) and the
// consumption test of 2.2.1 (each standard not below 60% × C) are not
// floors: a set that fails them still loads and assesses, and every
// breakdown reports them as failing checks with their shortfall (see
// [Breakdown.Checks]). A nil p has none.
//
// Those two are checks on every breakdown rather than floors because they
// need local figures.
func (p *Params) Floors() []Floor {
	if p == nil {
		return nil
	}
	return p.floors()
}

func (p *Params) floors() []Floor {
	li, tk, ds := &p.LowIncome, &p.Tekun, &p.Disability
	dt, dd := document.tekun, document.disability
	s := li.Standard.Value
	var fs []Floor
	add := func(path string, v, min decimal.Decimal, c policy.Clause, rule string) {
		fs = append(fs, Floor{Path: path, Value: v, Min: min, Clause: c, Rule: rule})
	}
	add(tk.ConsumptionShare.Name, tk.ConsumptionShare.Value, dt.ConsumptionShare.Value, policy.ClauseTekunStandard,
		"不低于上年度当地人均消费性支出的60% / the standards are tested against at least 60% of consumption")
	add(tk.DispersedFloor.Name, tk.DispersedFloor.Value, dt.DispersedFloor.Value, policy.ClauseTekunStandard,
		"分散供养必须达到3600元/年以上 / the document's dispersed floor")
	add(tk.CentralizedFloor.Name, tk.CentralizedFloor.Value, dt.CentralizedFloor.Value, policy.ClauseTekunStandard,
		"集中供养不低于4800元/年 / the document's centralized floor")
	add(tk.Dispersed.Name, tk.Dispersed.Value, decimal.Max(s, tk.DispersedFloor.Value), policy.ClauseTekunStandard,
		"分散供养标准不低于低保标准且不低于 "+tk.DispersedFloor.Name+" / the dispersed standard must not be below S nor its floor")
	add(tk.Centralized.Name, tk.Centralized.Value, tk.CentralizedFloor.Value, policy.ClauseTekunStandard,
		"集中供养标准不低于 "+tk.CentralizedFloor.Name+" / the centralized standard must not be below its floor")
	for _, q := range []struct{ set, doc tekun.Quota }{
		{tk.Quota.Class1, dt.Quota.Class1}, {tk.Quota.Class2, dt.Quota.Class2}, {tk.Quota.Class3, dt.Quota.Class3},
	} {
		add(q.set.Floor.Name, q.set.Floor.Value, q.doc.Floor.Value, policy.ClauseNursingHome,
			"敬老院综合定额补助不得低于文件所定的该类下限 / the set may not lower the document's quota floor for the class")
		add(q.set.Adopted.Name, q.set.Adopted.Value, q.set.Floor.Value, policy.ClauseNursingHome,
			"综合定额补助不低于 "+q.set.Floor.Name+" / the quota must not be below its class's floor")
	}
	add(ds.Nursing.Grade1.Name, ds.Nursing.Grade1.Value, dd.Nursing.Grade1.Value, policy.ClauseDisability,
		"重度残疾人护理补贴60元/月·人 / the nursing subsidy of 60 yuan a month")
	add(ds.Nursing.Grade2.Name, ds.Nursing.Grade2.Value, dd.Nursing.Grade2.Value, policy.ClauseDisability,
		"重度残疾人护理补贴60元/月·人 / the nursing subsidy of 60 yuan a month")
	// A tier by hardship replaces the grade's amount for its households, so
	// it may raise the subsidy (分档), never lower it below the document's.
	for _, k := range slices.Sorted(maps.Keys(ds.Nursing.ByHardship)) {
		t := ds.Nursing.ByHardship[k]
		for g, v := range [2]policy.Param[decimal.Decimal]{t.Grade1, t.Grade2} {
			if !v.Set {
				continue
			}
			least := [2]decimal.Decimal{dd.Nursing.Grade1.Value, dd.Nursing.Grade2.Value}[g]
			name := v.Name // the tier's path, once Normalize has named it
			if name == "" {
				name = string(policy.Path("disability.nursing.by_hardship").Key(k).Field(fmt.Sprintf("grade%d", g+1)))
			}
			add(name, v.Value, least, policy.ClauseDisability,
				"重度残疾人护理补贴60元/月·人，分档不低于此 / the nursing subsidy of 60 yuan a month, which no tier may go below")
		}
	}
	return fs
}
