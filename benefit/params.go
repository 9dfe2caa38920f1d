package benefit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/strictjson"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// Params is one parameter set: every programme's parameters for one
// calendar year, with one rounding for every amount (RULES.md section 0).
// Each parameter carries its provenance and source, and its name is its
// path in the set's JSON (e.g. "lowincome.standard").
//
// A set is plain data: build it with [Default2017] or read it with
// [Unmarshal] or [Decode] (json.Unmarshal into a Params reads it the same
// way, "base" included: [Params.UnmarshalJSON]), then hand it to [New] (or
// [Assess]), which validates it before anything is computed. Year and Rounding belong to the
// set: [Params.Normalize] writes them into every programme's parameters.
type Params struct {
	// Year is the calendar year of the set: it is in force in that year
	// only, from From to the next set's start or the end of the year.
	Year int `json:"year" required:"true"`
	// From is the day the set comes into force: the first day of a month of
	// Year; the zero Date means 1 January (section 0: a county may raise
	// its standard on 1 July with a second set from that day).
	From household.Date `json:"from,omitzero"`
	// Name says what the set is, e.g. "东至县 2017 (东政办〔2017〕43号)": at
	// most [MaxNameLength] bytes of UTF-8 without control characters.
	Name string `json:"name,omitempty"`
	// Base is the year of the built-in set this one was loaded over (see
	// [Unmarshal]), or 0.
	Base int `json:"base,omitempty"`
	// Rounding is how every amount of the set is rounded, once (section 0).
	Rounding policy.Rounding `json:"rounding"`

	LowIncome  lowincome.Params  `json:"lowincome"`  // 2.1, 2.2.3
	Tekun      tekun.Params      `json:"tekun"`      // 2.2.1–2.2.2
	Disability disability.Params `json:"disability"` // 2.2.4
	Medical    medical.Params    `json:"medical"`    // 2.3
	Temporary  temporary.Params  `json:"temporary"`  // 2.4
}

// Default2017 returns the built-in Dongzhi set for 2017: every programme's
// 2017 parameters (东政办〔2017〕43号 as RULES.md restates it), rounded
// half-up to the fen. It covers assessment dates in calendar 2017
// (RULES.md section 0 [interpretation]). Each call returns a new value.
func Default2017() *Params {
	p := &Params{
		Year:       2017,
		Name:       "东至县 2017 (东政办〔2017〕43号)",
		Rounding:   policy.DefaultRounding,
		LowIncome:  *lowincome.Default2017(),
		Tekun:      *tekun.Default2017(),
		Disability: *disability.Default2017(),
		Medical:    *medical.Default2017(),
		Temporary:  *temporary.Default2017(),
	}
	p.Normalize()
	return p
}

// builtin returns the built-in set of a year, or nil.
func builtin(year int) *Params {
	if year == 2017 {
		return Default2017()
	}
	return nil
}

// Normalize writes the set's Year and Rounding into every programme's
// parameters, and the 低保 standard into temporary aid's (whose maxima are
// multiples of it), and names every parameter by its JSON path. While the
// dispersed 特困 standard is the rule's own ([tekun.Params.DispersedIsRule]:
// the built-in set's, or one derived before), it derives it again from the
// set's own S and dispersed floor (2.2.1: the larger of the two, provisional
// when either is; [tekun.Params.DerivedDispersed]), so that a set that
// raises S — in Go on [Default2017], or in JSON over the built-in set —
// raises it too, and one that lowers S lowers it to the larger of the new S
// and the floor. Any other dispersed
// standard is the county's and is kept as given. [Unmarshal],
// [Default2017] and [New] call it; call it after changing a set by hand.
// A nil p is left alone.
func (p *Params) Normalize() {
	if p == nil {
		return
	}
	policy.Name(p, "")
	p.deriveDispersed()
	p.pushDown() // after naming: temporary aid's copy of the 低保 standard keeps its name
}

// MaxNameLength is the most bytes a set's name may hold. Every breakdown
// names the sets it was assessed under, so the limit, with that on each
// parameter's source ([policy.MaxSourceLength]), keeps a breakdown's size
// bounded whatever the set.
const MaxNameLength = 200

// Validate reports everything wrong with the set, joined: a year outside
// 2000–2100, a name longer than [MaxNameLength] bytes or not plain text, a
// bad rounding, each programme's invalid parameters (the errors of its
// Params.Validate, wrapping [policy.ErrInvalid]), and every adopted amount
// below a floor of the document (a [*FloorError] wrapping [ErrBelowFloor]):
// see [Params.Floors]. It does not modify p; call [Params.Normalize] first
// on a set changed by hand.
func (p *Params) Validate() error {
	if p == nil {
		return policy.ErrNoParams
	}
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if p.Year < 2000 || p.Year > 2100 {
		add(policy.Path("year").Invalid(fmt.Sprint(p.Year), "is not a year from 2000 to 2100"))
	}
	if f := p.From; !f.IsZero() && (!f.Valid() || f.Year != p.Year || f.Day != 1) {
		add(policy.Path("from").Invalid(f.String(), "is not the first day of a month of the set's year "+fmt.Sprint(p.Year)))
	}
	add(policy.CheckText("name", p.Name, MaxNameLength))
	rounding := p.Rounding.Validate("rounding")
	add(rounding)
	// Every programme carries the set's rounding (Normalize): a bad one is
	// reported once, at the set's, not again at each programme's copy, so
	// then the programmes are checked on copies with a good rounding.
	low, tk, dis, med, t := &p.LowIncome, &p.Tekun, &p.Disability, &p.Medical, p.Temporary
	if rounding != nil {
		l, k, d, m := *low, *tk, *dis, *med
		low, tk, dis, med = &l, &k, &d, &m
		for _, r := range []*policy.Rounding{&low.Rounding, &tk.Rounding, &dis.Rounding, &med.Rounding, &t.Rounding} {
			if *r == p.Rounding {
				*r = policy.DefaultRounding
			}
		}
	}
	add(low.Validate())
	add(tk.Validate())
	add(dis.Validate())
	add(med.Validate())
	// Temporary aid reads the 低保 standard (2.4.1) as its own parameter:
	// lowincome reports the value, so temporary's restatement of that is
	// left out, and what lowincome does not check (the name its lines
	// list) is reported at lowincome.standard.
	t.Standard = p.LowIncome.Standard
	for _, fe := range policy.FieldErrors(t.Validate()) {
		switch rest, ok := strings.CutPrefix(fe.Path, string(temporary.PathStandard)); {
		case !ok || (rest != "" && rest[0] != '.'):
			add(fe)
		case rest == ".name":
			moved := *fe
			moved.Path = "lowincome.standard" + rest
			add(&moved)
		}
	}
	if len(errs) == 0 { // the floors compare valid amounts only
		for _, f := range p.floors() {
			add(f.err())
		}
	}
	return errors.Join(errs...)
}

// Unmarshal reads a parameter set from JSON strictly: keys spelled exactly,
// no unknown field, nothing after the value, every parameter an object
// {value, provenance, source} (only a local parameter may leave out its
// value). "year" is required. With "base": 2017 the set starts from the
// built-in 2017 set and the JSON changes only what it names, so a county's
// 2018 set can be a few lines; without a base every parameter must be
// given, and so must the rounding's mode and places (the zero rounding
// would round to the yuan: it is refused, never assumed). The dispersed 特困 standard, while it is the rule's own, is derived
// again from the set's own S ([Params.Normalize]). Year and rounding belong to the set: the programmes' parameters carry no
// year or rounding of their own on the wire.
//
// Unmarshal returns the errors of strict decoding (each a
// [policy.FieldError] naming the JSON path), a [policy.FieldError] at
// "base" for a year with no built-in set, and the errors of
// [Params.Validate]. It never returns a set it has not validated.
func Unmarshal(data []byte) (*Params, error) {
	if err := strictjson.CheckSize(data); err != nil { // before any reading: the cost is bounded by the limit
		return nil, err
	}
	var head struct {
		Base     json.RawMessage `json:"base"`
		Rounding *struct {
			Mode   json.RawMessage `json:"mode"`
			Places json.RawMessage `json:"places"`
		} `json:"rounding"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		// strict decoding below gives the error with its position
		head.Base = nil
	}
	p := &Params{}
	if given(head.Base) {
		var year int
		var base error
		if err := json.Unmarshal(head.Base, &year); err != nil {
			base = policy.Path("base").Invalid(policy.Shorten(string(head.Base)), "is not the year of a built-in set (2017)")
		} else if p = builtin(year); p == nil {
			base = policy.Path("base").Invalid(fmt.Sprint(year), "is not the year of a built-in set (2017)")
		}
		if base != nil {
			// The base was read as encoding/json reads it, the last of two
			// "base" keys and a "Base" alike: where the strict reading of
			// the set finds fault with the key itself, that is the error;
			// else the set's other decoding errors come with the base's.
			err := strictjson.Decode(data, &paramsJSON{})
			if slices.ContainsFunc(policy.FieldErrors(err), func(fe *policy.FieldError) bool {
				return strings.EqualFold(fe.Path, "base")
			}) {
				return nil, err
			}
			return nil, errors.Join(err, base)
		}
		p.Name = ""
	}
	policy.Name(p, "") // so decoding errors name their paths
	if err := strictjson.Decode(data, (*paramsJSON)(p)); err != nil {
		return nil, err
	}
	var rounding error
	if !given(head.Base) {
		r := head.Rounding
		rounding = roundingGiven(r != nil, r != nil && given(r.Mode), r != nil && given(r.Places))
	}
	p.Normalize()
	if err := errors.Join(rounding, p.Validate()); err != nil {
		return nil, err
	}
	return p, nil
}

// paramsJSON is a Params without its methods, UnmarshalJSON's among them:
// the strict decoder calls a type's own UnmarshalJSON, which for Params is
// Unmarshal, so Unmarshal has it read this, field by field.
type paramsJSON Params

// UnmarshalJSON reads the set as [Unmarshal] does, so that
// json.Unmarshal(data, &p), a json.Decoder or a struct field of type
// Params read it strictly too: "base" resolved, keys spelled exactly, no
// unknown key, amounts as strings, the set normalized and validated, and
// the same errors naming the same paths (relative to the set, for a set
// inside another value). It replaces all of *p, never merging with what p
// held before (the zero Params or Default2017 alike: a set starts from the
// built-in one only by "base"), and leaves p unchanged on an error. Only
// JSON that encoding/json finds malformed (a syntax error) fails with
// encoding/json's own error, before this method is called; null is an
// error, as it is to Unmarshal. A nil p is an error wrapping
// [policy.ErrInvalid]. encoding/json scans the whole input for that syntax
// error before calling it, however long the input: for untrusted input
// call [Decode] or [Unmarshal], which stop at 4 MiB.
func (p *Params) UnmarshalJSON(data []byte) error {
	if p == nil {
		return fmt.Errorf("benefit: UnmarshalJSON into a nil *Params: %w", policy.ErrInvalid)
	}
	read, err := Unmarshal(data)
	if err != nil {
		return err
	}
	*p = *read
	return nil
}

// roundingGiven reports the rounding a set without a base leaves out
// (section 0: every amount is rounded to the unit the set names): the zero
// [policy.Rounding] would round to the yuan, so it is never assumed.
func roundingGiven(rounding, mode, places bool) error {
	switch {
	case !rounding:
		return policy.Path("rounding").Required("a set without a base gives every parameter, its rounding included: mode and places (half-up, 2 for the fen); a set that changes only some values of the built-in set names its year in base (2017)")
	case !mode:
		return policy.Path("rounding.mode").Required("a set without a base names its rounding mode (half-up or half-even)")
	case !places:
		return policy.Path("rounding.places").Required("a set without a base names its rounding unit (places 2 for the fen)")
	}
	return nil
}

// given reports whether a JSON value was present and not null.
func given(v json.RawMessage) bool { return len(v) > 0 && string(v) != "null" }

// deriveDispersed derives the dispersed 特困 standard again from the set's
// own S and floor (2.2.1) while it is the rule's own
// ([tekun.Params.DispersedIsRule]: the built-in one, or one derived before),
// where its value or provenance would change: a set that raises S raises it
// too, and a standard derived before follows every later change, down as
// well as up: a set lowering S to 3550.00 has the floor 3600.00, derived
// from its own S, never the 2017 figure under a source that no longer holds.
// Any other dispersed standard is the county's and is kept as given. A
// missing or invalid S or floor is left to Validate.
func (p *Params) deriveDispersed() {
	t := &p.Tekun
	if !p.LowIncome.Standard.Set || !t.DispersedFloor.Set || !t.DispersedIsRule() ||
		policy.CheckAmount(p.LowIncome.Standard, true) != nil || policy.CheckAmount(t.DispersedFloor, true) != nil {
		// a bad S or floor is reported once, at its own path
		return
	}
	d, n := t.Dispersed, t.DerivedDispersed(p.LowIncome.Standard)
	// compared in fen, so that a value of a huge exponent is never rescaled
	if m, ok := policy.MoneyOf(d.Value); !ok || m != policy.ParamMoney(n) || n.Provenance != d.Provenance {
		t.Dispersed = n
	}
}

// Decode reads a parameter set from r as [Unmarshal] does, reading at most
// 4 MiB (as household.MaxRecordBytes bounds a record) and one more byte to
// report a larger input. A nil
// r is an error wrapping [policy.ErrInvalid].
func Decode(r io.Reader) (*Params, error) {
	if r == nil {
		return nil, fmt.Errorf("benefit: Decode from a nil io.Reader: %w", policy.ErrInvalid)
	}
	data, err := io.ReadAll(io.LimitReader(r, strictjson.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading parameter set: %w", err)
	}
	if len(data) > strictjson.MaxBytes { // read no further: its length is not known
		return nil, strictjson.OverLimit()
	}
	return Unmarshal(data)
}

// Marshal writes the set as JSON that [Unmarshal] reads back to an equal
// set: every parameter with its value, provenance and source (an empty
// rounding mode as "half-up", [policy.Rounding.MarshalJSON]). A nil set
// is null.
func (p *Params) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Start returns the day the set comes into force: From, or 1 January of
// its year; the zero Date for a nil p.
func (p *Params) Start() household.Date {
	if p == nil {
		return household.Date{}
	}
	if p.From.IsZero() {
		return household.NewDate(p.Year, time.January, 1)
	}
	return p.From
}
