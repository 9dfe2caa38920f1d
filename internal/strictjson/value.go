package strictjson

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// value reads one JSON value into v, whose plan is p; f is the struct field
// v is (for its tags), or the zero field.
func (d *decoder) value(v reflect.Value, p *plan, f field) {
	if f.personal && !d.withhold {
		d.withhold = true
		defer func() { d.withhold = false }()
	}
	if d.peek() == 'n' && p.kind != kJSON {
		d.literal("null")
		if f.required {
			d.fail(&policy.FieldError{Type: policy.ErrorRequired, Value: "null", Detail: "is not allowed: the field is required"})
		}
		return // an optional field given as null is left out
	}
	switch p.kind {
	case kStruct:
		d.object(v, p)
	case kPointer:
		e := reflect.New(p.typ.Elem())
		d.value(e.Elem(), p.elem, f)
		v.Set(e)
	case kSlice:
		d.array(v, p, f.max)
	case kMap:
		d.mapping(v, p, f.max)
	case kString:
		if s, ok := d.text(); ok {
			v.SetString(string(s))
		}
	case kBool:
		switch d.peek() {
		case 't':
			d.literal("true")
			v.SetBool(true)
		case 'f':
			d.literal("false")
		default:
			d.mismatch("is not true or false")
		}
	case kInt:
		d.integer(v)
	case kDecimal:
		if m, ok := d.decimal(f.places); ok {
			*v.Addr().Interface().(*decimal.Decimal) = m // no allocation, as v.Set(reflect.ValueOf(m)) would make
		}
	case kText:
		// The text is handed over as read, a slice of the input: an
		// UnmarshalText copies what it keeps.
		if s, ok := d.text(); ok {
			d.leafError(v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(s), s)
		}
	case kJSON:
		start := d.pos
		d.faulty, d.fault = false, nil
		d.skip()
		switch {
		case d.fatal != nil:
		case d.faulty && d.fault == nil: // past MaxErrors: counted only
			d.more++
		case d.faulty: // the value's first bad string, at its own path
			d.add(d.fault)
		default:
			raw := d.data[start:d.pos:d.pos]
			d.leafError(v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw), raw)
		}
	default:
		d.mismatch("cannot be read")
	}
}

// mismatch reports a value of the wrong JSON type and skips it. A scalar
// is quoted (shortened); an object or array is named by its kind only, for
// it may hold a whole sub-record, personal data and all.
func (d *decoder) mismatch(detail string) {
	start := d.pos
	d.skip()
	value := d.show(d.data[start:d.pos], false)
	if d.pos > start {
		switch d.data[start] {
		case '{':
			value = "(an object)"
		case '[':
			value = "(an array)"
		}
	}
	d.fail(&policy.FieldError{Type: policy.ErrorInvalid, Value: value, Detail: detail})
}

// show writes the bad value raw for an error: shortened, and quoted when
// quote is true, or only its length when it is personal data.
func (d *decoder) show(raw []byte, quote bool) string {
	switch {
	case d.withhold:
		return policy.Withheld(len(raw))
	case quote:
		return policy.Quote(string(head(raw)))
	}
	return policy.Shorten(string(head(raw)))
}

// leafError records the error of a self-decoding value: a FieldError keeps
// its type and relative path, anything else is invalid.
func (d *decoder) leafError(err error, raw []byte) {
	if err == nil {
		return
	}
	var fe *policy.FieldError
	if errors.As(err, &fe) {
		e := *fe
		if e.Value == "" && e.Type != policy.ErrorRequired && e.Type != policy.ErrorUnknown {
			e.Value = d.show(raw, true)
		}
		d.fail(&e)
		return
	}
	d.fail(&policy.FieldError{Type: policy.ErrorInvalid, Value: d.show(raw, true), Detail: "is not a valid value"})
}

// text reads a string of valid UTF-8 without control characters, as
// [scanner.str] returns it: to be copied if kept.
func (d *decoder) text() ([]byte, bool) {
	if d.peek() != '"' {
		d.mismatch("is not a string")
		return nil, false
	}
	t, ok := d.str()
	if !ok || d.badText(t) {
		return nil, false
	}
	return t.value, true
}

// badText reports a string holding invalid UTF-8, a lone surrogate or a
// control character, and returns whether it did.
func (d *decoder) badText(t text) bool {
	switch {
	case t.badUTF8:
		d.fail(&policy.FieldError{Type: policy.ErrorInvalid, Value: d.show(t.value, true),
			Detail: "is not valid UTF-8 (or holds a lone surrogate escape)"})
	case t.control:
		d.fail(&policy.FieldError{Type: policy.ErrorInvalid, Value: d.show(t.value, true),
			Detail: "holds a control character"})
	default:
		return false
	}
	return true
}

// integer reads a whole JSON number that fits v.
func (d *decoder) integer(v reflect.Value) {
	c := d.peek()
	if c != '-' && (c < '0' || c > '9') {
		d.mismatch("is not a whole number")
		return
	}
	num, ok := d.number()
	if !ok {
		return
	}
	n, err := strconv.ParseInt(string(num), 10, 64)
	if err != nil || v.OverflowInt(n) {
		d.fail(&policy.FieldError{Type: policy.ErrorInvalid, Value: d.show(num, false), Detail: "is not a whole number in range"})
		return
	}
	v.SetInt(n)
}

// decimal reads an amount in the one syntax records and parameter sets
// allow: a JSON string of digits, with no sign, no leading zero, and at most
// places digits after a point, at most policy.MaxDigits digits in all
// ("3622.00", "0.3", "12"). Anything else — a JSON number, "5.", ".5",
// "+3", "00012", "3e-2" — is refused, naming the field.
func (d *decoder) decimal(places int) (decimal.Decimal, bool) {
	if d.peek() != '"' {
		detail := "is not an amount: write it as a string of digits, e.g. \"1280.50\""
		if c := d.peek(); c == '-' || '0' <= c && c <= '9' {
			detail = "is a JSON number: write an amount as a string of digits, e.g. \"1280.50\""
		}
		d.mismatch(detail)
		return decimal.Decimal{}, false
	}
	t, ok := d.str()
	if !ok {
		return decimal.Decimal{}, false
	}
	// An amount that parses has at most policy.MaxDigits+1 bytes: the
	// conversion to a string for ParseAmount needs no allocation.
	coef, exp, ok := policy.ParseAmount(string(t.value), places)
	if !ok {
		d.fail(&policy.FieldError{Type: policy.ErrorInvalid, Value: d.show(t.value, true),
			Detail: policy.AmountProblem(string(head(t.value)), places)}) // a head longer than any amount tells what a longer value does
		return decimal.Decimal{}, false
	}
	return decimal.New(coef, -exp), true
}

// object reads a JSON object into the struct v.
func (d *decoder) object(v reflect.Value, p *plan) {
	if d.peek() != '{' {
		d.mismatch("is not an object")
		return
	}
	if !d.enter() {
		return
	}
	d.pos++
	var seen uint64 // fields given, by index in p.fields (structs have at most 64)
	next := 0       // where to look first: keys usually come in the order of the fields
	d.members(func(k text) bool {
		d.path = append(d.path, segment{key: k.value, index: -1})
		i := p.field(k.value, next)
		if i >= 0 {
			f := &p.fields[i]
			seen |= 1 << i
			next = i + 1
			d.value(v.Field(f.index), f.plan, *f)
		} else {
			d.skip()
			detail := "is not a known field"
			if len(d.errs) < MaxErrors { // an error kept: name the field meant, if one is near
				if near := p.near(k.value); near != "" {
					detail += " (did you mean " + strconv.Quote(near) + "?)"
				}
			}
			d.fail(&policy.FieldError{Type: policy.ErrorUnknown, Detail: detail})
		}
		d.path = d.path[:len(d.path)-1]
		return d.fatal == nil
	})
	d.leave()
	for i := range p.fields {
		if f := &p.fields[i]; f.required && seen&(1<<i) == 0 {
			d.fail(&policy.FieldError{Type: policy.ErrorRequired, Path: f.name, Detail: "is required"})
		}
	}
}

// field returns the index of the field named key, looking from index from
// on first, or -1.
func (p *plan) field(key []byte, from int) int {
	for i := from; i < len(p.fields); i++ {
		if p.fields[i].name == string(key) {
			return i
		}
	}
	for i := range min(from, len(p.fields)) {
		if p.fields[i].name == string(key) {
			return i
		}
	}
	return -1
}

// near returns the name of the field an unknown key most likely meant: the
// one it matches but for case, "-" for "_" or one slip (a letter added,
// left out, changed, or two swapped), or two slips for a name of more than
// six bytes; "" when none is that near, or the key is longer than
// maxNear. It allocates nothing, and only a kept error asks, so its cost
// is bounded by MaxErrors × the fields × maxNear².
func (p *plan) near(key []byte) string {
	if len(key) > maxNear {
		return ""
	}
	var buf [maxNear]byte
	k := buf[:len(key)]
	for i, c := range key {
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '-':
			c = '_'
		}
		k[i] = c
	}
	best, bestD := "", 3
	for i := range p.fields {
		name := p.fields[i].name
		limit := 1
		if len(name) > 6 {
			limit = 2
		}
		if d := slips(k, name); d <= limit && d < bestD {
			best, bestD = name, d
		}
	}
	return best
}

// maxNear is the longest unknown key a field is suggested for, in bytes.
const maxNear = 64

// slips is the optimal string alignment distance between a and b: the
// fewest letters added, left out, changed or swapped with the next to turn
// one into the other; more than 2 (3) for a b longer than maxNear.
func slips(a []byte, b string) int {
	if len(b) > maxNear {
		return 3
	}
	var rows [3][maxNear + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := range len(b) + 1 {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// array reads a JSON array into the slice v, keeping at most max elements
// (0: any number): beyond them it reports one error and skips the rest.
// The elements are decoded in place, the slice growing as append grows it.
func (d *decoder) array(v reflect.Value, p *plan, max int) {
	if d.peek() != '[' {
		d.mismatch("is not an array")
		return
	}
	if !d.enter() {
		return
	}
	d.pos++
	v.Set(reflect.Zero(p.typ))
	over := 0
	d.elements(func(i int) {
		if max > 0 && i >= max {
			d.at(segment{index: i}, d.skip)
			over++
			return
		}
		if v.Len() == v.Cap() {
			v.Grow(1)
		}
		v.SetLen(i + 1)
		d.path = append(d.path, segment{index: i})
		if !d.nullElement(p.elem) {
			d.value(v.Index(i), p.elem, field{places: 2})
		}
		d.path = d.path[:len(d.path)-1]
	})
	d.leave()
	if over > 0 {
		d.fail(&policy.FieldError{Type: policy.ErrorTooMany, Value: strconv.Itoa(max + over),
			Detail: "elements is more than the limit of " + strconv.Itoa(max)})
	}
	if v.IsNil() { // [] is an empty slice, not a missing one
		v.Set(reflect.MakeSlice(p.typ, 0, 0))
	}
}

// nullElement reports, and reads, a null given for an element of an array
// or a value of a map whose type has no null (all but pointers and
// self-decoding values): an element is a value, and a zero one in its
// place would pass its required fields unchecked.
func (d *decoder) nullElement(elem *plan) bool {
	if d.peek() != 'n' || elem.kind == kPointer || elem.kind == kJSON {
		return false
	}
	d.literal("null")
	d.fail(&policy.FieldError{Type: policy.ErrorRequired, Value: "null", Detail: "is not allowed: give a value"})
	return true
}

// mapping reads a JSON object into the map v; keys are read as the key
// type reads text, and like every string must be valid UTF-8 without
// control characters. It keeps at most max keys (0: any number), counting
// those v holds already: beyond them it reports one error and skips the
// values of new keys, as array does.
func (d *decoder) mapping(v reflect.Value, p *plan, max int) {
	if d.peek() != '{' {
		d.mismatch("is not an object")
		return
	}
	if !d.enter() {
		return
	}
	d.pos++
	m := v // a map that holds entries already (a parameter set over a base) keeps those not given
	if m.IsNil() {
		m = reflect.MakeMap(p.typ)
	}
	over := 0
	d.members(func(kt text) bool {
		key := kt.value
		d.path = append(d.path, segment{key: key, index: -1})
		defer func() { d.path = d.path[:len(d.path)-1] }()
		if d.badText(kt) {
			d.skip()
			return d.fatal == nil
		}
		k := reflect.New(p.typ.Key()).Elem()
		switch p.key.kind {
		case kText:
			if err := k.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(key); err != nil {
				d.skip()
				d.leafError(err, key)
				return d.fatal == nil
			}
		case kString:
			k.SetString(string(key))
		default:
			d.skip()
			d.fail(&policy.FieldError{Type: policy.ErrorInvalid, Detail: "cannot be a key"})
			return d.fatal == nil
		}
		if max > 0 && m.Len() >= max && !m.MapIndex(k).IsValid() { // a new key past the limit
			d.skip()
			over++
			return d.fatal == nil
		}
		if d.nullElement(p.elem) {
			return d.fatal == nil
		}
		e := reflect.New(p.typ.Elem()).Elem()
		d.value(e, p.elem, field{places: 2})
		m.SetMapIndex(k, e)
		return d.fatal == nil
	})
	d.leave()
	if over > 0 {
		d.fail(&policy.FieldError{Type: policy.ErrorTooMany, Value: strconv.Itoa(m.Len() + over),
			Detail: "keys is more than the limit of " + strconv.Itoa(max)})
	}
	v.Set(m)
}
