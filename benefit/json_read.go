package benefit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

type breakdownJSON struct {
	SchemaVersion *string           `json:"schema_version"`
	Household     string            `json:"household"`
	Township      string            `json:"township"`
	Village       string            `json:"village"`
	Date          json.RawMessage   `json:"date"`
	Year          int               `json:"year"`
	Sets          []json.RawMessage `json:"sets"`
	// LowIncome and its Income are pointers, nil when left out or null,
	// so that a key left out is an error of its own (required), not an
	// amount "" that is not one.
	LowIncome *struct {
		Size   int     `json:"size"`
		Income *string `json:"income"`
	} `json:"lowincome"`
	Lines     []json.RawMessage `json:"lines"`
	Decisions []json.RawMessage `json:"decisions"`
	Findings  []json.RawMessage `json:"findings"`
	Referrals []json.RawMessage `json:"referrals"`
	Assets    json.RawMessage   `json:"assets"`
	ByPeriod  []json.RawMessage `json:"assets_by_period"`
	Checks    []json.RawMessage `json:"checks"`
}

// setJSON is a set the breakdown used, its start read on its own so that
// an error names it.
type setJSON struct {
	Year int             `json:"year"`
	From json.RawMessage `json:"from"`
	Name string          `json:"name"`
}

type referralJSON struct {
	Department  Department         `json:"department"`
	Service     string             `json:"service"`
	Member      string             `json:"member"`
	Clauses     []policy.Clause    `json:"clauses"`
	Explanation policy.Explanation `json:"explanation"`
}

// check reports a department left out or not one of [Departments], more
// than [policy.MaxClauses] clauses, or a clause not one of the rules', at
// path: what the library never writes, as for a line's clauses.
func (r *referralJSON) check(path policy.Path) error {
	switch {
	case r.Department == "":
		return path.Field("department").Required("is required")
	case !r.Department.Valid():
		return path.Field("department").NotSupported(policy.Quote(string(r.Department)),
			"is not housing, health, human-resources or civil-affairs")
	case len(r.Clauses) > policy.MaxClauses:
		return path.Field("clauses").TooMany(strconv.Itoa(len(r.Clauses)), "clauses, more than "+strconv.Itoa(policy.MaxClauses))
	}
	for i, c := range r.Clauses {
		if !c.Known() {
			return path.Field("clauses").Index(i).NotSupported(policy.Quote(string(c)), "is not a clause of the rules")
		}
	}
	return nil
}

// MaxBreakdownBytes is the most JSON [Breakdown.UnmarshalJSON] reads: six
// times the largest breakdown a valid record makes (50 members with 20
// claims each and 20 hardship events, ids of the longest: 5.5 MB written by
// [Breakdown.Marshal]).
const MaxBreakdownBytes = 32 << 20

// UnmarshalJSON reads a breakdown written by [Breakdown.MarshalJSON],
// [Breakdown.AppendJSON], [Breakdown.WriteJSON] or [Breakdown.Marshal]:
// "schema_version" must be [SchemaVersion] when it is given (a breakdown
// written before the field existed has none, and is read as version 1).
// The totals are worked out again from the lines, which they always equal.
// Amounts are read as the library computed them ([policy.ComputedOf]: at
// most two places, below 10^16 元, so that a household's counted income
// above what one record may hold reads back). Every error wraps
// [policy.ErrInvalid]; one in a line, decision, finding, referral or check
// is a [*policy.FieldError] whose path names it ("lines[3].args.I"). A key
// the breakdown cannot do without, left out or null, is a
// [policy.ErrorRequired] error at its path ("lowincome: is required",
// "lowincome.income", a line's "annual", "payee", "payer" or "form", a
// finding's "amount", a referral's "department"), never an error about an
// empty value; a value of none of its type's names (a line's payee, a
// referral's department or clause) is a [policy.ErrorNotSupported] one, so
// that a [Referral] built in Go with a department not of [Departments], or
// with more than four clauses or one not of the rules, is written but does
// not read back. The
// reader is for JSON the library wrote: it is not a validator of hand-made
// breakdowns (keys match as encoding/json matches them, and a key given
// twice takes the last value), but it does not read null as an empty
// breakdown, nor put U+FFFD in place of a byte that is not UTF-8: each is
// an error at "(input)". Its cost is linear in len(data), which may
// be at most [MaxBreakdownBytes]; an amount's text is at most
// [policy.MaxAmountText] bytes.
func (b *Breakdown) UnmarshalJSON(data []byte) error {
	if b == nil {
		return fmt.Errorf("benefit: UnmarshalJSON into a nil *Breakdown: %w", policy.ErrInvalid)
	}
	if len(data) > MaxBreakdownBytes {
		return policy.Path("(input)").TooLong(fmt.Sprint(len(data)), fmt.Sprintf("is more than %d bytes", MaxBreakdownBytes))
	}
	// encoding/json would read null as an empty breakdown, and put U+FFFD
	// in place of bytes that are not UTF-8: neither is read silently.
	if string(bytes.Trim(data, " \t\r\n")) == "null" { // JSON's white space only
		return policy.Path("(input)").Invalid("null", "is not a breakdown (an object)")
	}
	if !utf8.Valid(data) {
		return policy.Path("(input)").Invalid(fmt.Sprintf("offset %d", validPrefix(data)), "is not UTF-8")
	}
	var x breakdownJSON
	if err := json.Unmarshal(data, &x); err != nil {
		return inputError("", err)
	}
	if v := x.SchemaVersion; v != nil && *v != SchemaVersion {
		return policy.Path("schema_version").NotSupported(policy.Quote(*v), "is not version "+SchemaVersion+" of the breakdown's JSON")
	}
	switch {
	case x.LowIncome == nil:
		return policy.Path("lowincome").Required("is required")
	case x.LowIncome.Income == nil:
		return policy.Path("lowincome.income").Required("is required")
	}
	income, err := money("lowincome.income", *x.LowIncome.Income)
	if err != nil {
		return err
	}
	if x.LowIncome.Size < 0 {
		return policy.Path("lowincome.size").Invalid(strconv.Itoa(x.LowIncome.Size), "is not a number of members of at least 0")
	}
	on, err := dateAt("date", x.Date)
	if err != nil {
		return err
	}
	n := Breakdown{Household: x.Household, Township: x.Township, Village: x.Village, Date: on, Year: x.Year,
		size: x.LowIncome.Size, income: income}
	if n.Lines, err = each[policy.Line]("lines", x.Lines); err != nil {
		return err
	}
	if n.Decisions, err = each[policy.Decision]("decisions", x.Decisions); err != nil {
		return err
	}
	if n.Findings, err = each[policy.Finding]("findings", x.Findings); err != nil {
		return err
	}
	referrals, err := each[referralJSON]("referrals", x.Referrals)
	if err != nil {
		return err
	}
	for i, r := range referrals {
		if err := r.check(policy.Path("referrals").Index(i)); err != nil {
			return err
		}
		n.Referrals = append(n.Referrals, Referral(r))
	}
	if len(x.Assets) > 0 {
		if err := json.Unmarshal(x.Assets, &n.Assets); err != nil {
			return inputError("assets", err)
		}
	}
	byPeriod, err := each[policy.Check]("assets_by_period", x.ByPeriod)
	if err != nil {
		return err
	}
	if len(byPeriod) > 0 {
		n.assets = &byPeriod
	}
	checks, err := each[policy.Check]("checks", x.Checks)
	if err != nil {
		return err
	}
	sets, err := each[setJSON]("sets", x.Sets)
	if err != nil {
		return err
	}
	if sets != nil || checks != nil {
		n.in = &inForce{checks: checks}
		for i, u := range sets {
			from, err := dateAt(policy.Path("sets").Index(i).Field("from"), u.From)
			if err != nil {
				return err
			}
			n.in.sets = append(n.in.sets, SetUsed{Year: u.Year, From: from, Name: u.Name})
		}
		n.in.gaps = gapsOf(n.in.sets)
	}
	n.Totals = totalsOf(n.Lines)
	*b = n
	return nil
}

// dateAt reads the date at path: a valid date, or the zero Date, which the
// library writes "0000-00-00" (a zero Breakdown's), and null or nothing.
func dateAt(path policy.Path, raw json.RawMessage) (household.Date, error) {
	var d household.Date
	if len(raw) == 0 || string(raw) == "null" || string(raw) == `"0000-00-00"` {
		return d, nil
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		return d, inputError(path, err)
	}
	return d, nil
}

// each reads the entries of the array at path one by one, so that an
// error names its entry: nil for no entries, as encoding/json reads them.
func each[T any](path string, raws []json.RawMessage) ([]T, error) {
	if raws == nil {
		return nil, nil
	}
	out := make([]T, len(raws))
	for i, raw := range raws {
		if err := json.Unmarshal(raw, &out[i]); err != nil {
			return nil, inputError(policy.Path(path).Index(i), err)
		}
	}
	return out, nil
}

// validPrefix returns how many bytes of data, from its start, are UTF-8:
// the offset of the first byte that is not.
func validPrefix(data []byte) int {
	n := 0
	for n < len(data) {
		r, size := utf8.DecodeRune(data[n:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		n += size
	}
	return n
}

// inputError is err, met reading the value at path, as an error wrapping
// [policy.ErrInvalid]. A field error's path is put under path; a value of
// the wrong type is a field error at the path of its field, saying what
// the JSON holds and what the field takes (lines[0].annual: a JSON number
// is not a string); any other error (bad JSON syntax) becomes a field
// error at path ("(input)" for the whole) with its message.
func inputError(path policy.Path, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			path = path.Field(te.Field)
		}
		if path == "" {
			path = "(input)"
		}
		value, _, _ := strings.Cut(te.Value, " ") // "number 1e400": the value is not echoed
		want := jsonKind(te.Type)
		if value == "number" && want == "a whole number" {
			return path.Invalid("", "is not a whole number within the field's range")
		}
		return path.Invalid("", fmt.Sprintf("a JSON %s is not %s", value, want))
	}
	var fe *policy.FieldError
	if errors.As(err, &fe) {
		under := *fe
		switch {
		case path == "":
		case under.Path == "":
			under.Path = string(path)
		default:
			under.Path = string(path) + "." + under.Path
		}
		return &under
	}
	if path == "" {
		path = "(input)"
	}
	return path.Invalid("", policy.Shorten(err.Error()))
}

// money reads the amount at path as [policy.ComputedOf] does: a counted
// income is never negative.
func money(path, s string) (policy.Money, error) {
	if len(s) > policy.MaxAmountText {
		return 0, policy.Path(path).TooLong(policy.Shorten(s), fmt.Sprintf("is not an amount: more than %d bytes", policy.MaxAmountText))
	}
	d, err := decimal.NewFromString(s)
	m, ok := policy.ComputedOf(d)
	if err != nil || !ok || m < 0 {
		return 0, policy.Path(path).Invalid(policy.Quote(s), "is not an amount of at least 0")
	}
	return m, nil
}

// jsonKind names, in JSON's terms, what a field of Go type t takes.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "of the field's type"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "of the field's type"
}
