package policy

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Provenance says where a parameter value comes from (POLICY.md section 0).
type Provenance string

// The provenance classes of POLICY.md section 0.
const (
	// Seed: stated in 东政办〔2017〕43号; the source cites the clause.
	Seed Provenance = "seed"
	// Derived: computed from seed values by a rule of POLICY.md.
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

// Valid reports whether p is one of the five provenance classes.
func (p Provenance) Valid() bool {
	switch p {
	case Seed, Derived, Law, Provisional, Local:
		return true
	}
	return false
}

// UnmarshalText accepts exactly the five provenance classes.
func (p *Provenance) UnmarshalText(b []byte) error {
	v := Provenance(b)
	if !v.Valid() {
		return fmt.Errorf("%w: provenance %q is not one of seed, derived, law, provisional, local", ErrInvalid, b)
	}
	*p = v
	return nil
}

// Param is one parameter value with its provenance. The zero Param is unset:
// a local parameter the county has not supplied. Name is the parameter's
// path in its parameter set (e.g. "lowincome.standard"), used in explanations
// and errors.
type Param[T any] struct {
	Name       string     `json:"-"`
	Value      T          `json:"value"`
	Provenance Provenance `json:"provenance"`
	Source     string     `json:"source,omitempty"`
	// Set is false for a local parameter that has not been supplied.
	Set bool `json:"set"`
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
// parameter's value is recorded as the empty string.
func (p Param[T]) Used() Used {
	u := Used{Name: p.Name, Provenance: p.Provenance, Source: p.Source}
	if p.Set {
		u.Value = formatValue(p.Value)
	}
	return u
}

func formatValue(v any) string {
	switch x := v.(type) {
	case decimal.Decimal:
		if x.Exponent() < -2 {
			return x.String()
		}
		return x.StringFixed(2)
	case fmt.Stringer:
		return x.String()
	default:
		return fmt.Sprint(v)
	}
}

// Used is the record, on a line or a decision, of one parameter it used:
// its name, its value as text, its provenance and its source.
type Used struct {
	Name       string     `json:"name"`
	Value      string     `json:"value"`
	Provenance Provenance `json:"provenance"`
	Source     string     `json:"source,omitempty"`
}
