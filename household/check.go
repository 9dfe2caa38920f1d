package household

import (
	"errors"
	"strconv"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// validator collects field errors, at most [MaxErrors] of them and then a
// count of the rest. It keeps the path to the field being checked as a
// stack of segments and writes a path out only when it reports an error, so
// validating a sound record allocates nothing.
type validator struct {
	errs  []error
	more  int
	root  policy.Path // where the paths start: "" for a record
	stack [4]segment
	depth int
}

// segment is one step of a path: a field name, with an index when the
// field is a slice element (index ≥ 0).
type segment struct {
	name  string
	index int
}

// enter steps into element index of the slice field name (index -1 for a
// plain field); leave steps back out.
func (v *validator) enter(name string, index int) {
	v.stack[v.depth] = segment{name, index}
	v.depth++
}

func (v *validator) leave() { v.depth-- }

// path writes the current path with field appended.
func (v *validator) path(field string) policy.Path {
	p := v.root
	for _, s := range v.stack[:v.depth] {
		p = p.Field(s.name)
		if s.index >= 0 {
			p = p.Index(s.index)
		}
	}
	if field != "" {
		p = p.Field(field)
	}
	return p
}

// add records an error made at the current path (by mk, so that nothing is
// built once the cap is reached).
func (v *validator) add(mk func(policy.Path) *policy.FieldError, field string) {
	if len(v.errs) >= MaxErrors {
		v.more++
		return
	}
	v.errs = append(v.errs, mk(v.path(field)))
}

func (v *validator) fail(field, value, msg string) {
	v.add(func(p policy.Path) *policy.FieldError { return p.Invalid(value, msg) }, field)
}

func (v *validator) required(field, msg string) {
	v.add(func(p policy.Path) *policy.FieldError { return p.Required(msg) }, field)
}

// money checks an amount — at most two places, at most 10^12 元, not
// negative — and returns it in fen, as [policy.MoneyOf] does: 0 when it is
// not money, and a negative amount as it is (both reported). An amount
// left out, the commonest in a record, is zero and sound, and is passed
// over without a call.
func (v *validator) money(field string, d decimal.Decimal) policy.Money {
	m, _ := v.moneyOK(field, d)
	return m
}

// moneyOK is money that also says, as [policy.MoneyOf] does, whether the
// amount is money at all (a negative amount is, though reported), for a
// rule that compares amounts only when they are.
func (v *validator) moneyOK(field string, d decimal.Decimal) (policy.Money, bool) {
	if d == (decimal.Decimal{}) {
		return 0, true
	}
	m, ok := policy.MoneyOf(d)
	if !ok || m < 0 {
		v.add(func(p policy.Path) *policy.FieldError { return policy.CheckMoney(p, d).(*policy.FieldError) }, field)
	}
	return m, ok
}

// date checks a required date: present and a calendar date.
func (v *validator) date(field string, d Date) {
	if !d.Valid() {
		v.badDate(field, d)
	}
}

// badDate reports a date that is not valid: missing, or not a calendar
// date.
func (v *validator) badDate(field string, d Date) {
	if d.IsZero() {
		v.required(field, "is required")
		return
	}
	v.fail(field, d.String(), "is not a calendar date from 1900 to 9999")
}

func (v *validator) enum(field string, ok bool, value, msg string) {
	if !ok {
		v.add(func(p policy.Path) *policy.FieldError { return p.NotSupported(policy.Quote(value), msg) }, field)
	}
}

// count checks a list's length against its limit, and reports whether its
// elements are to be checked: a list over its limit is reported once, not
// walked, so a hostile record costs no more than the limit.
func (v *validator) count(field string, n, limit int) bool {
	if n <= limit {
		return true
	}
	v.tooMany(field, n, limit)
	return false
}

// tooMany reports a list of n elements over its limit.
func (v *validator) tooMany(field string, n, limit int) {
	v.add(func(p policy.Path) *policy.FieldError {
		return p.TooMany(strconv.Itoa(n), "elements is more than the limit of "+strconv.Itoa(limit))
	}, field)
}

// id checks an id: present unless optional, at most MaxIDLength bytes of
// visible text ([visibleFault]: valid UTF-8 of graphic characters, no
// space but U+0020 and none at either end), so that two ids that differ
// are never read as one.
func (v *validator) id(field, id string, optional bool) {
	if id != "" || !optional { // an optional id left out is passed over without a call
		v.checkID(field, id)
	}
}

// checkID checks an id that is given or required: an empty one is
// reported as required.
func (v *validator) checkID(field, id string) {
	switch {
	case id == "":
		v.required(field, "is required")
	case len(id) > MaxIDLength:
		v.add(func(p policy.Path) *policy.FieldError {
			return p.TooLong(policy.Quote(id), "is longer than "+strconv.Itoa(MaxIDLength)+" bytes")
		}, field)
	default:
		v.visible(field, id)
	}
}

// place checks a place name (township, village) as an id is checked,
// [visibleFault], at most MaxTextLength bytes: " 尧渡镇" and "尧渡镇" would
// be two townships to a budget that groups by township. The empty string
// is passed over without a call.
func (v *validator) place(field, s string) {
	switch {
	case s == "":
	case len(s) > MaxTextLength:
		v.scan(field, s, policy.Quote) // reports the length
	default:
		v.visible(field, s)
	}
}

// visible reports an id or place name s, not empty and within its
// limit, that [visibleFault] finds fault with, quoting it with every
// character that shows nothing escaped (policy.Quote), so the error shows
// them.
func (v *validator) visible(field, s string) {
	if fault := visibleFault(s); fault != "" {
		v.fail(field, policy.Quote(s), fault)
	}
}

// text checks a string of the record: valid UTF-8 without control
// characters, at most MaxTextLength bytes. The empty string is passed over
// without a call.
func (v *validator) text(field, s string) {
	if s != "" {
		v.words(field, s)
	}
}

// personal checks a text that is personal data (a member's name) as text
// does, but an error never quotes it: it says how long it is instead.
func (v *validator) personal(field, s string) {
	if s != "" {
		v.scan(field, s, withheld)
	}
}

// withheld is what an error says of personal data s: its length.
func withheld(s string) string { return policy.Withheld(len(s)) }

// words checks a string that is not empty, as [validator.text] says.
func (v *validator) words(field, s string) { v.scan(field, s, policy.Quote) }

// scan checks a string that is not empty: at most MaxTextLength bytes,
// valid UTF-8 without control characters. An error gives the value shown
// makes of s, made only for a bad s (it allocates).
func (v *validator) scan(field, s string, shown func(string) string) {
	if len(s) > MaxTextLength {
		v.add(func(p policy.Path) *policy.FieldError {
			return p.TooLong(shown(s), "is longer than "+strconv.Itoa(MaxTextLength)+" bytes")
		}, field)
		return
	}
	switch valid, control := policy.ScanText(s); {
	case !valid:
		v.fail(field, shown(s), "is not valid UTF-8")
	case control:
		v.fail(field, shown(s), "holds a control character")
	}
}

// err returns the errors collected, joined, with one more that counts the
// errors beyond the cap.
func (v *validator) err() error {
	if v.more > 0 {
		v.errs = append(v.errs, &policy.FieldError{Type: policy.ErrorTooMany, Path: "(record)",
			Value: "and " + strconv.Itoa(v.more) + " more", Detail: "errors were found and not shown"})
	}
	return errors.Join(v.errs...)
}

// ValidateOn runs [Household.Validate] and the checks that need the
// assessment date: no member born after it; a child category (2.2.3) only
// for a member who is under 18 on 1 January of its year (one who turns 18
// during the year keeps the category on the record, and is a child only
// until then: ages are full years on the date); each claim (2.3.4) admitted in the
// assessment year; each hardship event (2.4) dated in the assessment year.
// The record is assessed for the calendar year of the date (section 0), so
// a claim or event of another year does not belong in it, while one dated
// after the date is part of the year's entitlement and is assessed in its
// month, as the recurring lines are.
func (h *Household) ValidateOn(on Date) error {
	if err := h.Validate(); err != nil {
		return err
	}
	var v validator
	for i := range h.Members {
		m := &h.Members[i]
		v.enter("members", i)
		if m.BirthDate.After(on) {
			v.fail("birth_date", m.BirthDate.String(), "is after the assessment date "+on.String())
		}
		if jan1 := NewDate(on.Year, time.January, 1); m.Child != ChildNone && m.BirthDate.AgeOn(jan1) >= childAge {
			v.fail("child", policy.Quote(string(m.Child)), "is a category for a person under 18; the member is "+
				strconv.Itoa(m.BirthDate.AgeOn(jan1))+" on "+jan1.String())
		}
		for j := range m.Claims {
			v.enter("claims", j)
			v.inYear("admission", m.Claims[j].Admission, on)
			v.leave()
		}
		v.leave()
	}
	for i := range h.Hardships {
		v.enter("hardships", i)
		v.inYear("date", h.Hardships[i].Date, on)
		v.leave()
	}
	return v.err()
}

// inYear reports a date outside the year of the assessment date on.
func (v *validator) inYear(field string, d, on Date) {
	if d.Year != on.Year {
		v.fail(field, d.String(), "is outside the assessment year "+strconv.Itoa(on.Year))
	}
}

// Checked is a household record that [Household.Check] has validated for
// one assessment date: the one way into every programme's Assessor, which
// does not validate the record again (one record goes through every
// programme). The record must not change while a Checked of it is in use.
// The zero Checked holds no record, and every Assessor refuses it.
type Checked struct {
	h  *Household
	on Date
}

// Check validates h for assessment on date on, as [Household.ValidateOn]
// does, and returns it as a [Checked]. It returns a [policy.FieldError] at
// "date" for an invalid date, and the errors of ValidateOn.
func (h *Household) Check(on Date) (Checked, error) {
	if !on.Valid() {
		return Checked{}, policy.Path("date").Invalid(on.String(), "is not a valid assessment date")
	}
	if err := h.ValidateOn(on); err != nil {
		return Checked{}, err
	}
	return Checked{h: h, on: on}, nil
}

// Household returns the record, nil for the zero Checked.
func (c Checked) Household() *Household { return c.h }

// Date returns the assessment date the record was checked for.
func (c Checked) Date() Date { return c.on }

// Err returns nil for a Checked made by [Household.Check], and a
// [policy.FieldError] at "household" for the zero Checked.
func (c Checked) Err() error {
	if c.h == nil {
		return policy.Path("household").Required("has not been checked (the zero household.Checked)")
	}
	return nil
}
