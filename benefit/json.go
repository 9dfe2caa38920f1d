package benefit

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// The breakdown on the wire. It is written in one pass by appending to a
// byte slice (each line, decision, finding and check writes itself), with
// money as two-place strings; [Breakdown.Marshal] indents it.

// AppendJSON appends the breakdown as compact JSON.
func (b *Breakdown) AppendJSON(buf []byte) []byte {
	buf = append(buf, `{"household":`...)
	buf = appendString(buf, b.Household)
	buf = append(buf, `,"township":`...)
	buf = appendString(buf, b.Township)
	if b.Village != "" {
		buf = append(buf, `,"village":`...)
		buf = appendString(buf, b.Village)
	}
	buf = append(buf, `,"date":"`...)
	buf = append(buf, b.Date.String()...)
	buf = append(buf, `","year":`...)
	buf = strconv.AppendInt(buf, int64(b.Year), 10)
	buf = append(buf, `,"sets":`...)
	buf = appendAll(buf, b.sets, true, SetUsed.appendJSON)
	buf = append(buf, `,"lowincome":{"size":`...)
	buf = strconv.AppendInt(buf, int64(b.size), 10)
	buf = append(buf, `,"income":"`...)
	buf = b.income.AppendFixed(buf)
	buf = append(buf, `"},"lines":`...)
	buf = appendAll(buf, b.Lines, false, policy.Line.AppendJSON)
	buf = append(buf, `,"decisions":`...)
	buf = appendAll(buf, b.Decisions, false, policy.Decision.AppendJSON)
	buf = append(buf, `,"findings":`...)
	buf = appendAll(buf, b.Findings, true, policy.Finding.AppendJSON)
	buf = append(buf, `,"referrals":`...)
	buf = appendAll(buf, b.Referrals, true, Referral.appendJSON)
	buf = append(buf, `,"assets":`...)
	buf = b.Assets.AppendJSON(buf)
	buf = append(buf, `,"checks":`...)
	buf = appendAll(buf, b.checks, true, policy.Check.AppendJSON)
	buf = append(buf, `,"totals":`...)
	buf = b.Totals.appendJSON(buf)
	buf = append(buf, `,"provisional":`...)
	buf = appendAll(buf, b.Provisional(), true, policy.Used.AppendJSON)
	return append(buf, '}')
}

// appendAll appends the elements as a JSON array; an empty one is null
// when nullEmpty is true and [] otherwise.
func appendAll[T any](buf []byte, xs []T, nullEmpty bool, write func(T, []byte) []byte) []byte {
	if len(xs) == 0 && nullEmpty {
		return append(buf, "null"...)
	}
	buf = append(buf, '[')
	for i := range xs {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = write(xs[i], buf)
	}
	return append(buf, ']')
}

// appendString appends s as a JSON string, escaped as encoding/json does.
func appendString(buf []byte, s string) []byte { return policy.AppendJSONString(buf, s) }

func (u SetUsed) appendJSON(buf []byte) []byte {
	buf = append(buf, `{"year":`...)
	buf = strconv.AppendInt(buf, int64(u.Year), 10)
	buf = append(buf, `,"from":"`...)
	buf = append(buf, u.From.String()...)
	buf = append(buf, `","name":`...)
	buf = appendString(buf, u.Name)
	return append(buf, '}')
}

func (r Referral) appendJSON(buf []byte) []byte {
	buf = append(buf, `{"department":`...)
	buf = appendString(buf, string(r.Department))
	buf = append(buf, `,"service":`...)
	buf = appendString(buf, r.Service)
	if r.Member != "" {
		buf = append(buf, `,"member":`...)
		buf = appendString(buf, r.Member)
	}
	buf = append(buf, `,"clauses":`...)
	buf = appendAll(buf, r.Clauses, true, func(c policy.Clause, buf []byte) []byte {
		return appendString(buf, string(c))
	})
	buf = append(buf, `,"explanation":`...)
	buf = r.Explanation.AppendJSON(buf)
	return append(buf, '}')
}

func (t *Totals) appendJSON(buf []byte) []byte {
	write := func(buf []byte, ts []Total) []byte {
		return appendAll(buf, ts, true, func(x Total, buf []byte) []byte {
			buf = append(buf, `{"key":`...)
			buf = appendString(buf, x.Key)
			buf = append(buf, `,"annual":"`...)
			buf = append(buf, x.Annual.StringFixed(2)...)
			buf = append(buf, `","lines":`...)
			buf = strconv.AppendInt(buf, int64(x.Lines), 10)
			return append(buf, '}')
		})
	}
	buf = append(buf, `{"by_programme":`...)
	buf = write(buf, t.ByProgramme())
	buf = append(buf, `,"by_payee":`...)
	buf = write(buf, t.ByPayee())
	buf = append(buf, `,"by_payer":`...)
	buf = write(buf, t.ByPayer())
	buf = append(buf, `,"all":"`...)
	buf = t.all.AppendFixed(buf)
	return append(buf, `"}`...)
}

// MarshalJSON writes the breakdown as compact JSON.
func (b *Breakdown) MarshalJSON() ([]byte, error) { return b.AppendJSON(nil), nil }

// Marshal writes the breakdown as indented JSON: fields in a fixed order,
// money as two-place strings, explanations as their formula and operands
// with both renderings. [Breakdown.UnmarshalJSON] reads it back to a
// breakdown that writes the same JSON.
func (b *Breakdown) Marshal() ([]byte, error) {
	var out bytes.Buffer
	if err := json.Indent(&out, b.AppendJSON(nil), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

type breakdownJSON struct {
	Household string         `json:"household"`
	Township  string         `json:"township"`
	Village   string         `json:"village"`
	Date      household.Date `json:"date"`
	Year      int            `json:"year"`
	Sets      []struct {
		Year int            `json:"year"`
		From household.Date `json:"from"`
		Name string         `json:"name"`
	} `json:"sets"`
	LowIncome struct {
		Size   int    `json:"size"`
		Income string `json:"income"`
	} `json:"lowincome"`
	Lines     []policy.Line     `json:"lines"`
	Decisions []policy.Decision `json:"decisions"`
	Findings  []policy.Finding  `json:"findings"`
	Referrals []referralJSON    `json:"referrals"`
	Assets    policy.Check      `json:"assets"`
	Checks    []policy.Check    `json:"checks"`
}

type referralJSON struct {
	Department  Department         `json:"department"`
	Service     string             `json:"service"`
	Member      string             `json:"member"`
	Clauses     []policy.Clause    `json:"clauses"`
	Explanation policy.Explanation `json:"explanation"`
}

// UnmarshalJSON reads a breakdown written by [Breakdown.MarshalJSON]. The
// totals are worked out again from the lines, which they always equal.
func (b *Breakdown) UnmarshalJSON(data []byte) error {
	var x breakdownJSON
	if err := json.Unmarshal(data, &x); err != nil {
		return err
	}
	income, err := money("lowincome.income", x.LowIncome.Income)
	if err != nil {
		return err
	}
	n := Breakdown{Household: x.Household, Township: x.Township, Village: x.Village, Date: x.Date, Year: x.Year,
		Assets: x.Assets, size: x.LowIncome.Size, income: income, checks: x.Checks}
	n.Lines, n.Decisions, n.Findings = x.Lines, x.Decisions, x.Findings
	for _, u := range x.Sets {
		n.sets = append(n.sets, SetUsed(u))
	}
	for _, r := range x.Referrals {
		n.Referrals = append(n.Referrals, Referral(r))
	}
	n.Totals = totalsOf(n.Lines)
	*b = n
	return nil
}

func money(path, s string) (policy.Money, error) {
	d, err := decimal.NewFromString(s)
	m, ok := policy.MoneyOf(d)
	if err != nil || !ok {
		return 0, policy.Path(path).Invalid(policy.Quote(s), "is not an amount")
	}
	return m, nil
}
