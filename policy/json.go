package policy

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
)

// Money goes on the wire as a fixed two-place string ("6366.00"); an amount
// with more places (an exact intermediate such as S/12) keeps them all.
func fixed(d decimal.Decimal) string {
	if d.Round(2).Equal(d) {
		return d.StringFixed(2)
	}
	return d.String()
}

func parseMoney(field, s string) (decimal.Decimal, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, &FieldError{Path: field, Value: fmt.Sprintf("%q", s), Msg: "is not a decimal amount"}
	}
	return d, nil
}

type explanationJSON struct {
	Formula Formula `json:"formula"`
	Args    []Arg   `json:"args"`
	ZH      string  `json:"zh"`
	EN      string  `json:"en"`
}

// MarshalJSON writes the formula, its arguments and both renderings.
func (e Explanation) MarshalJSON() ([]byte, error) {
	return json.Marshal(explanationJSON{Formula: e.Formula, Args: e.Args, ZH: e.Render(ZH), EN: e.Render(EN)})
}

// UnmarshalJSON reads the formula and arguments; the renderings are
// derived from them and ignored.
func (e *Explanation) UnmarshalJSON(b []byte) error {
	var x explanationJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	*e = Explanation{Formula: x.Formula, Args: x.Args}
	return nil
}

type scheduleJSON struct {
	Months int    `json:"months"`
	Month  string `json:"month"`
	Last   string `json:"last"`
}

type lineJSON struct {
	Programme   Programme     `json:"programme"`
	Item        Item          `json:"item"`
	Member      string        `json:"member,omitempty"`
	Payee       Payee         `json:"payee"`
	Payer       Payer         `json:"payer"`
	Form        Form          `json:"form"`
	Service     string        `json:"service,omitempty"`
	Annual      string        `json:"annual"`
	Months      int           `json:"months"`
	Lump        bool          `json:"lump,omitempty"`
	Schedule    *scheduleJSON `json:"schedule,omitempty"`
	Rounding    Rounding      `json:"rounding"`
	Clauses     []Clause      `json:"clauses"`
	Params      []Used        `json:"params"`
	Provisional bool          `json:"provisional"`
	Explanation Explanation   `json:"explanation"`
}

// MarshalJSON writes the line with money as two-place strings and its
// monthly schedule spelled out.
func (l Line) MarshalJSON() ([]byte, error) {
	x := lineJSON{
		Programme: l.Programme, Item: l.Item, Member: l.Member, Payee: l.Payee, Payer: l.Payer,
		Form: l.Form, Service: l.Service, Annual: fixed(l.Annual), Months: l.Months, Lump: l.Lump,
		Rounding: l.Rounding, Clauses: l.Clauses, Params: l.Params, Provisional: l.Provisional,
		Explanation: l.Explanation,
	}
	if !l.Lump {
		s := l.Schedule()
		x.Schedule = &scheduleJSON{Months: s.Months, Month: fixed(s.Month), Last: fixed(s.Last)}
	}
	return json.Marshal(x)
}

// UnmarshalJSON reads a line written by [Line.MarshalJSON]; the schedule is
// derived from the annual amount and ignored.
func (l *Line) UnmarshalJSON(b []byte) error {
	var x lineJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	annual, err := parseMoney("annual", x.Annual)
	if err != nil {
		return err
	}
	*l = Line{
		Programme: x.Programme, Item: x.Item, Member: x.Member, Payee: x.Payee, Payer: x.Payer,
		Form: x.Form, Service: x.Service, Annual: annual, Months: x.Months, Lump: x.Lump,
		Rounding: x.Rounding, Clauses: x.Clauses, Params: x.Params, Provisional: x.Provisional,
		Explanation: x.Explanation,
	}
	return nil
}

type findingJSON struct {
	Kind        FindingKind `json:"kind"`
	Programme   Programme   `json:"programme"`
	Item        Item        `json:"item,omitempty"`
	Member      string      `json:"member,omitempty"`
	Clauses     []Clause    `json:"clauses"`
	Amount      string      `json:"amount"`
	Explanation Explanation `json:"explanation"`
}

// MarshalJSON writes the finding with its amount as a two-place string.
func (f Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(findingJSON{
		Kind: f.Kind, Programme: f.Programme, Item: f.Item, Member: f.Member,
		Clauses: f.Clauses, Amount: fixed(f.Amount), Explanation: f.Explanation,
	})
}

// UnmarshalJSON reads a finding written by [Finding.MarshalJSON].
func (f *Finding) UnmarshalJSON(b []byte) error {
	var x findingJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	amount, err := parseMoney("amount", x.Amount)
	if err != nil {
		return err
	}
	*f = Finding{
		Kind: x.Kind, Programme: x.Programme, Item: x.Item, Member: x.Member,
		Clauses: x.Clauses, Amount: amount, Explanation: x.Explanation,
	}
	return nil
}

type decisionJSON struct {
	Programme   Programme   `json:"programme"`
	Member      string      `json:"member,omitempty"`
	Outcome     Outcome     `json:"outcome"`
	Clauses     []Clause    `json:"clauses"`
	Params      []Used      `json:"params,omitempty"`
	Explanation Explanation `json:"explanation"`
}

// MarshalJSON writes the decision with lower-case keys.
func (d Decision) MarshalJSON() ([]byte, error) {
	return json.Marshal(decisionJSON(d))
}

// UnmarshalJSON reads a decision written by [Decision.MarshalJSON].
func (d *Decision) UnmarshalJSON(b []byte) error {
	var x decisionJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	*d = Decision(x)
	return nil
}

type checkJSON struct {
	Name        string      `json:"name"`
	Clauses     []Clause    `json:"clauses"`
	Status      CheckStatus `json:"status"`
	Explanation Explanation `json:"explanation"`
}

// MarshalJSON writes the check with lower-case keys.
func (c Check) MarshalJSON() ([]byte, error) { return json.Marshal(checkJSON(c)) }

// UnmarshalJSON reads a check written by [Check.MarshalJSON].
func (c *Check) UnmarshalJSON(b []byte) error {
	var x checkJSON
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	*c = Check(x)
	return nil
}
