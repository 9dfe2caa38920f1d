package benefit

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
)

type totalJSON struct {
	Key    string `json:"key"`
	Annual string `json:"annual"`
	Lines  int    `json:"lines"`
}

type totalsJSON struct {
	ByProgramme []Total `json:"by_programme"`
	ByPayee     []Total `json:"by_payee"`
	ByPayer     []Total `json:"by_payer"`
	All         string  `json:"all"`
}

// MarshalJSON writes the total with its amount as a two-place string.
func (t Total) MarshalJSON() ([]byte, error) {
	return json.Marshal(totalJSON{Key: t.Key, Annual: t.Annual.StringFixed(2), Lines: t.Lines})
}

// UnmarshalJSON reads a total written by [Total.MarshalJSON].
func (t *Total) UnmarshalJSON(b []byte) error {
	var x totalJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	a, err := money("annual", x.Annual)
	if err != nil {
		return err
	}
	*t = Total{Key: x.Key, Annual: a, Lines: x.Lines}
	return nil
}

// MarshalJSON writes the totals with amounts as two-place strings.
func (t Totals) MarshalJSON() ([]byte, error) {
	return json.Marshal(totalsJSON{ByProgramme: t.ByProgramme, ByPayee: t.ByPayee, ByPayer: t.ByPayer, All: t.All.StringFixed(2)})
}

// UnmarshalJSON reads totals written by [Totals.MarshalJSON].
func (t *Totals) UnmarshalJSON(b []byte) error {
	var x totalsJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	all, err := money("all", x.All)
	if err != nil {
		return err
	}
	*t = Totals{ByProgramme: x.ByProgramme, ByPayee: x.ByPayee, ByPayer: x.ByPayer, All: all}
	return nil
}

func money(field, s string) (decimal.Decimal, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("%s: %q is not a decimal amount", field, s)
	}
	return d, nil
}

// Marshal writes the breakdown as indented JSON: fields in a fixed order,
// money as two-place strings, explanations as their formula and operands
// with both renderings. [json.Unmarshal] reads it back to an equal
// breakdown.
func (b *Breakdown) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
