package policy

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Provenance says where a parameter value comes from (RULES.md section 0).
type Provenance string

// The provenance classes of RULES.md section 0.
const (
	// Seed: stated in 东政办〔2017〕43号; the source cites the clause.
	Seed Provenance = "seed"
	// Derived: computed from seed values by a rule of RULES.md.
	Derived Provenance = "derived"
	// Law: a national or provincial rule cited by name.
	Law Provenance = "law"
	// Provisional: found in neighbouring Chizhou counties or later Anhui
	// practice, not confirmed for Dongzhi 2017. Lines that use one are
	// marked provisional.
	Provisional Provenance = "provisional"
	// Local: the county must supply it; there is no default.
	Local Provenance = "local"
)

var provenances = [...]Provenance{Seed, Derived, Law, Provisional, Local}

// Provenances returns the five provenance classes, in the order above.
func Provenances() []Provenance { return slices.Clone(provenances[:]) }

// Valid reports whether p is one of the five provenance classes.
func (p Provenance) Valid() bool { return slices.Contains(provenances[:], p) }

// Check returns nil when p is one of the five classes ([Provenance.Valid]),
// and else a [*FieldError] at path: an [ErrorRequired] one for the empty
// provenance (the JSON reader's words for a provenance left out), an
// [ErrorNotSupported] one for any other (its words for one not a class).
// It is the check of the provenance of a parameter set built in Go
// ([CheckParams]).
func (p Provenance) Check(path Path) error {
	switch {
	case p.Valid():
		return nil
	case p == "":
		return path.Required("is required")
	}
	return path.NotSupported(Quote(string(p)), "is not one of seed, derived, law, provisional, local")
}

// Pick returns the formula provisional when p is [Provisional], and the
// formula otherwise for any other provenance: of a rule's two formulas, the
// one that says in its words that the rule is provisional ("（暂定）") while
// the value it rests on is, and the one that does not once a county sets
// that value as its own (local) or as law.
func (p Provenance) Pick(provisional, otherwise *Formula) *Formula {
	if p == Provisional {
		return provisional
	}
	return otherwise
}

// UnmarshalText accepts exactly the five provenance classes.
func (p *Provenance) UnmarshalText(b []byte) error {
	v := Provenance(b)
	if !v.Valid() {
		return &FieldError{Type: ErrorNotSupported, Value: Quote(string(b)),
			Detail: "is not one of seed, derived, law, provisional, local"}
	}
	*p = v
	return nil
}

// Param is one parameter value with its provenance. The zero Param is unset:
// a local parameter the county has not supplied. Name is the parameter's
// path in its parameter set (e.g. "lowincome.standard"), used in explanations
// and errors.
type Param[T any] struct {
	Name       string     // the path in its set, e.g. "lowincome.standard"
	Value      T          // the value; the zero T when unset
	Provenance Provenance // where the value comes from; Local for one made by [Unset]
	Source     string     // the document or rule it comes from, in words
	// Set is false for a local parameter that has not been supplied.
	Set bool
}

// New returns a set parameter.
func New[T any](name string, value T, prov Provenance, source string) Param[T] {
	return Param[T]{Name: name, Value: value, Provenance: prov, Source: source, Set: true}
}

// Unset returns a local parameter with no value: the county must supply it.
func Unset[T any](name, source string) Param[T] {
	return Param[T]{Name: name, Provenance: Local, Source: source}
}

// Get returns the value, or an error wrapping [ErrMissingParam] that names
// the parameter when it is unset.
func (p Param[T]) Get() (T, error) {
	if !p.Set {
		var zero T
		return zero, &MissingParamError{Name: p.Name}
	}
	return p.Value, nil
}

// Used records the parameter as a line or decision used it. An unset
// parameter is recorded as local, with the empty string for its value,
// whatever its Provenance says: a value not supplied is one the county
// must supply (section 0), as the JSON reader reads every unset parameter.
func (p Param[T]) Used() Used {
	u := Used{Name: p.Name, Provenance: Local, Source: p.Source}
	if p.Set {
		u.Value, u.Provenance = formatValue(p.Value), p.Provenance
	}
	return u
}

// formatValue returns the text of a parameter's value, the same for equal
// values: a decimal with two places, or with more where they are
// significant (0.5999; 4500.000 is 4500.00 as 4500 is), so that a set
// that writes a value with trailing zeros does not read as changing it
// (section 0: a line splits where a value it reads changes).
func formatValue(v any) string {
	switch x := v.(type) {
	case decimal.Decimal:
		if x.Exponent() < -2 {
			if !x.Equal(x.Round(2)) {
				return x.String() // significant places beyond two, trailing zeros dropped
			}
			x = x.Round(2)
		}
		if m, ok := MoneyOf(x); ok {
			return m.String() // the same text, in one allocation
		}
		return x.StringFixed(2)
	case Money:
		return x.String()
	case fmt.Stringer:
		return x.String()
	default:
		return fmt.Sprint(v)
	}
}

// Used is the record, on a line or a decision, of one parameter it used:
// its name, its value as text, its provenance and its source.
type Used struct {
	Name       string     `json:"name"`             // the parameter's path, e.g. "lowincome.standard"
	Value      string     `json:"value"`            // its value as text, one text for equal values; empty when unset
	Provenance Provenance `json:"provenance"`       // where the value comes from
	Source     string     `json:"source,omitempty"` // the document or rule it comes from, in words
}

// paramJSON is a parameter on the wire. Value is absent for an unset
// parameter.
type paramJSON struct {
	Value      json.RawMessage `json:"value,omitempty"`
	Provenance Provenance      `json:"provenance"`
	Source     string          `json:"source,omitempty"`
}

// MarshalJSON writes {"value": …, "provenance": …, "source": …}, leaving
// out the value of an unset parameter. Decimal values are strings with
// the places they were given ("3622.00", "0.30").
func (p Param[T]) MarshalJSON() ([]byte, error) {
	x := paramJSON{Provenance: p.Provenance, Source: p.Source}
	if p.Set {
		var v []byte
		var err error
		if d, ok := any(p.Value).(decimal.Decimal); ok && d.Exponent() < 0 {
			// As written: 3622.00 stays "3622.00", 0.30 "0.30".
			v, err = json.Marshal(d.StringFixed(-d.Exponent()))
		} else {
			v, err = json.Marshal(p.Value)
		}
		if err != nil {
			return nil, err
		}
		x.Value = v
	}
	return json.Marshal(x)
}

// UnmarshalJSON reads a parameter strictly: an object with only the keys
// value, provenance and source; provenance required and one of the five
// classes; a local parameter may leave out its value (it is then unset), any
// other must give it. A decimal value is a string in the one amount syntax
// ([ParseAmount], at most four places: amounts, rates and multiples alike;
// each programme's validation narrows it). The name is not on the wire: a
// parameter set names its parameters by their paths. Errors are
// [FieldError] values whose paths are relative to the parameter ("value",
// "provenance"), for the decoder of the set to place.
func (p *Param[T]) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil || raw == nil {
		return &FieldError{Type: ErrorInvalid, Value: shortJSON(b), Detail: "is not a parameter object {value, provenance, source}"}
	}
	for k := range raw {
		if k != "value" && k != "provenance" && k != "source" {
			return &FieldError{Type: ErrorUnknown, Path: k, Detail: "is not a known field of a parameter (value, provenance, source)"}
		}
	}
	var prov Provenance
	if _, ok := raw["provenance"]; !ok {
		return &FieldError{Type: ErrorRequired, Path: "provenance", Detail: "is required"}
	}
	if err := json.Unmarshal(raw["provenance"], (*string)(&prov)); err != nil || !prov.Valid() {
		return &FieldError{Type: ErrorNotSupported, Path: "provenance", Value: shortJSON(raw["provenance"]),
			Detail: "is not one of seed, derived, law, provisional, local"}
	}
	q := Param[T]{Name: p.Name, Provenance: prov}
	if src, ok := raw["source"]; ok {
		if err := json.Unmarshal(src, &q.Source); err != nil {
			return &FieldError{Type: ErrorInvalid, Path: "source", Value: shortJSON(src), Detail: "is not a string"}
		}
		if !utf8.Valid(src) { // before json.Unmarshal put U+FFFD for its bytes
			return &FieldError{Type: ErrorInvalid, Path: "source", Value: shortJSON(src), Detail: "is not valid UTF-8"}
		}
		if err := CheckText("source", q.Source, MaxSourceLength); err != nil {
			return err
		}
	}
	if v, ok := raw["value"]; ok && string(v) != "null" {
		if err := unmarshalValue(v, &q.Value); err != nil {
			return err
		}
		q.Set = true
	} else if q.Provenance != Local {
		return &FieldError{Type: ErrorRequired, Path: "value", Detail: "is required: only a local parameter may be left unset"}
	}
	*p = q
	return nil
}

// unmarshalValue reads a parameter's value: a decimal in the amount syntax,
// anything else as encoding/json reads it.
func unmarshalValue[T any](v json.RawMessage, dst *T) error {
	if d, ok := any(dst).(*decimal.Decimal); ok {
		var s string
		coef, exp, ok := int64(0), int32(0), json.Unmarshal(v, &s) == nil
		if ok {
			coef, exp, ok = ParseAmount(s, 4)
		}
		if !ok {
			detail := "is not a number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\""
			switch {
			case len(v) > 0 && (v[0] == '-' || '0' <= v[0] && v[0] <= '9'):
				detail = "is a JSON number: write it as a string of digits, e.g. \"1280.50\" or \"0.25\""
			case s != "":
				detail = AmountProblem(s, 4)
			}
			return &FieldError{Type: ErrorInvalid, Path: "value", Value: shortJSON(v), Detail: detail}
		}
		*d = decimal.New(coef, -exp)
		return nil
	}
	if err := json.Unmarshal(v, dst); err != nil {
		var fe *FieldError
		if errors.As(err, &fe) { // an enum's own words: what it accepts
			e := *fe
			e.Path, e.Value = "value", shortJSON(v)
			return &e
		}
		detail := "is not a valid value"
		switch any(dst).(type) {
		case *bool:
			detail = "is not true or false"
		case *int:
			detail = "is not a whole number (a JSON number, e.g. 60)"
		}
		return &FieldError{Type: ErrorInvalid, Path: "value", Value: shortJSON(v), Detail: detail}
	}
	return nil
}

// SetName sets the parameter's name, its path in its parameter set. On a
// nil receiver it does nothing: there is no parameter to name.
func (p *Param[T]) SetName(name string) {
	if p != nil {
		p.Name = name
	}
}

func shortJSON(b []byte) string { return Shorten(string(b)) }
