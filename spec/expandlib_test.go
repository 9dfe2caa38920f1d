package spec

// The library functions and methods the expansion knows by name
// (expand_test.go): constructors a test helper calls, such as
// household.NewDate and decimal.RequireFromString.

import (
	"fmt"
	"go/ast"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// simpleFormat reports whether a format's verbs are all %d and %s (with a
// width), which format the evaluation's values as Go would.
func simpleFormat(f string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			i++
		}
		if i == len(f) || f[i] != 'd' && f[i] != 's' && f[i] != '%' {
			return false
		}
	}
	return true
}

// isDecimal reports whether s is a decimal as decimal.RequireFromString
// reads it without an exponent: an optional sign, digits, a point.
func isDecimal(s string) bool {
	s = strings.TrimLeft(s, "+-")
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point:
			point = true
		default:
			return false
		}
	}
	return digits > 0
}

func (in *interp) library(f libFunc, args []value) (value, error) {
	str := func(i int) (string, error) {
		if i < len(args) {
			if s, ok := args[i].(string); ok {
				return s, nil
			}
		}
		return "", fail("%s: argument %d is not a string", f.name, i+1)
	}
	integer := func(i int) (int64, error) {
		if i < len(args) {
			if n, ok := args[i].(intV); ok {
				return n.n, nil
			}
		}
		return 0, fail("%s: argument %d is not an integer", f.name, i+1)
	}
	switch f.dir + "." + f.name {
	case "ext:github.com/shopspring/decimal.RequireFromString":
		s, err := str(0)
		if err != nil {
			return nil, err
		}
		if !isDecimal(s) {
			return nil, fail("%q is not a decimal", s)
		}
		return decV(s), nil
	case "ext:github.com/shopspring/decimal.New":
		v, err := integer(0)
		if err != nil {
			return nil, err
		}
		exp, err := integer(1)
		if err != nil {
			return nil, err
		}
		return decV(scaled(v, exp)), nil
	case "ext:github.com/shopspring/decimal.NewFromInt":
		v, err := integer(0)
		if err != nil {
			return nil, err
		}
		return decV(strconv.FormatInt(v, 10)), nil
	case "ext:strconv.Itoa":
		v, err := integer(0)
		if err != nil {
			return nil, err
		}
		return strconv.FormatInt(v, 10), nil
	case "ext:strings.Repeat":
		s, err := str(0)
		if err != nil {
			return nil, err
		}
		n, err := integer(1)
		if err != nil {
			return nil, err
		}
		if n < 0 || int64(len(s))*n > 64<<20 {
			return nil, errStop
		}
		return strings.Repeat(s, int(n)), nil
	case "ext:strings.TrimSuffix", "ext:strings.TrimPrefix":
		s, err := str(0)
		if err != nil {
			return nil, err
		}
		t, err := str(1)
		if err != nil {
			return nil, err
		}
		if f.name == "TrimSuffix" {
			return strings.TrimSuffix(s, t), nil
		}
		return strings.TrimPrefix(s, t), nil
	case "ext:strings.Join":
		l, ok := args[0].(*sliceV)
		if !ok {
			return nil, fail("strings.Join of %T", args[0])
		}
		sep, err := str(1)
		if err != nil {
			return nil, err
		}
		var parts []string
		for _, e := range l.elems {
			p, ok := e.(string)
			if !ok {
				return nil, fail("strings.Join of %T", e)
			}
			parts = append(parts, p)
		}
		return strings.Join(parts, sep), nil
	case "ext:fmt.Sprintf", "ext:fmt.Sprint":
		var goArgs []any
		start := 0
		if f.name == "Sprintf" {
			start = 1
		}
		for _, a := range args[start:] {
			switch a := a.(type) {
			case string:
				goArgs = append(goArgs, a)
			case intV:
				if a.typ == "time.Month" {
					goArgs = append(goArgs, monthNames[a.n%13])
				} else {
					goArgs = append(goArgs, a.n)
				}
			case bool, float64:
				goArgs = append(goArgs, a)
			case decV:
				goArgs = append(goArgs, string(a))
			default:
				return nil, fail("fmt of %T", a)
			}
		}
		if f.name == "Sprint" {
			return fmt.Sprint(goArgs...), nil
		}
		s, err := str(0)
		if err != nil {
			return nil, err
		}
		if !simpleFormat(s) {
			return nil, fail("fmt verb in %q", s)
		}
		return fmt.Sprintf(s, goArgs...), nil
	case "household.NewDate":
		y, err := integer(0)
		if err != nil {
			return nil, err
		}
		m, err := integer(1)
		if err != nil {
			return nil, err
		}
		d, err := integer(2)
		if err != nil {
			return nil, err
		}
		return in.date(y, m, d)
	case "household.ParseDate":
		s, err := str(0)
		if err != nil {
			return nil, err
		}
		var y, m, d int64
		if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n != 3 || len(s) != 10 || m < 1 || m > 12 || d < 1 || d > 31 {
			return nil, fail("%q is not a date", s)
		}
		v, err := in.date(y, m, d)
		return tupleV{v, nilV{}}, err
	case "household.NewYearMonth":
		y, err := integer(0)
		if err != nil {
			return nil, err
		}
		m, err := integer(1)
		if err != nil {
			return nil, err
		}
		return in.libStruct("household", "YearMonth", map[string]value{"Year": intV{n: y}, "Month": intV{m, "time.Month"}})
	case "policy.New":
		if len(args) != 4 {
			return nil, fail("policy.New with %d arguments", len(args))
		}
		return in.libStruct("policy", "Param", map[string]value{"Name": args[0], "Value": args[1],
			"Provenance": args[2], "Source": args[3], "Set": true})
	case "policy.Unset":
		if len(args) != 2 {
			return nil, fail("policy.Unset with %d arguments", len(args))
		}
		return in.libStruct("policy", "Param", map[string]value{"Name": args[0], "Source": args[1]})
	case "policy.MoneyOf", "policy.RatioOf":
		d, ok := args[0].(decV)
		if !ok {
			return nil, fail("%s of %T", f.name, args[0])
		}
		r, ok := new(big.Rat).SetString(string(d))
		if !ok {
			return nil, fail("%s of %s", f.name, d)
		}
		scale, typ := int64(100), "policy.Money"
		if f.name == "RatioOf" {
			scale, typ = 10000, "policy.Ratio"
		}
		r.Mul(r, new(big.Rat).SetInt64(scale))
		if !r.IsInt() || !r.Num().IsInt64() {
			return tupleV{intV{typ: typ}, false}, nil
		}
		return tupleV{intV{r.Num().Int64(), typ}, true}, nil
	case "policy.PerYear", "policy.PerMonth":
		m, ok := args[0].(intV)
		if !ok {
			return nil, fail("%s of %T", f.name, args[0])
		}
		per := " a year"
		if f.name == "PerMonth" {
			per = " a month"
		}
		return exprV{scaled(m.n, -2) + per}, nil
	case "policy.Month":
		m, err := integer(0)
		if err != nil {
			return nil, err
		}
		return in.libStruct("policy", "Period", map[string]value{"From": intV{m, "time.Month"}, "To": intV{m, "time.Month"}})
	}
	if f.name == "Default2017" && !strings.HasPrefix(f.dir, "ext:") && len(args) == 0 {
		return &opaqueV{name: "Default2017", sets: &[]override{}}, nil
	}
	if strings.HasPrefix(f.dir, "ext:") {
		return nil, fail("%s.%s", strings.TrimPrefix(f.dir, "ext:"), f.name)
	}
	return nil, fail("%s.%s is library code", f.dir, f.name)
}

// libraryMethod calls one of the few library methods a test helper uses.
func (in *interp) libraryMethod(m libMethod, args []value) (value, error) {
	switch r := m.recv.(type) {
	case exprV:
		if len(args) != 1 {
			break
		}
		a, ok := args[0].(intV)
		if !ok {
			break
		}
		switch m.name {
		case "Div":
			return exprV{r.text + " ÷ " + strconv.FormatInt(a.n, 10)}, nil
		case "Times":
			t, _ := render(intV{a.n, "policy.Ratio"})
			return exprV{r.text + " × " + t}, nil
		}
	case *structV:
		if r.info.name == "household.YearMonth" && m.name == "UnmarshalText" && len(args) == 1 {
			s, ok := args[0].(string)
			var y, mo int64
			if n, _ := fmt.Sscanf(s, "%4d-%2d", &y, &mo); !ok || n != 2 || len(s) != 7 || mo < 1 || mo > 12 {
				return nil, fail("%q is not a year and month", s)
			}
			r.vals["Year"], r.vals["Month"] = intV{n: y}, intV{mo, "time.Month"}
			return nilV{}, nil
		}
	}
	return nil, fail("method %s of a library value", m.name)
}

// scaled is v × 10^exp written out, or as v "E" exp when written out it
// would run past maxValue digits (decimal.New(1, 2_000_000) is 1E2000000,
// as the library quotes it): a field that long is cut at maxValue runes in
// any case, and writing out millions of digits costs seconds.
func scaled(v, exp int64) string {
	if absInt(exp) > maxValue {
		if v == 0 {
			return "0"
		}
		return strconv.FormatInt(v, 10) + "E" + strconv.FormatInt(exp, 10)
	}
	r := new(big.Rat).SetInt64(v)
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(absInt(exp)), nil))
	if exp < 0 {
		r.Quo(r, p)
		return r.FloatString(int(-exp))
	}
	r.Mul(r, p)
	return r.FloatString(0)
}

func absInt(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func (in *interp) date(y, m, d int64) (value, error) {
	return in.libStruct("household", "Date", map[string]value{"Year": intV{n: y}, "Month": intV{m, "time.Month"}, "Day": intV{n: d}})
}

// libStruct is a value of a struct type of a library package.
func (in *interp) libStruct(dir, name string, vals map[string]value) (value, error) {
	d := in.repo.pkgs[pkgKey{dir, in.repo.pkgName[dir]}]
	if d == nil {
		return nil, fail("package %s is not known", dir)
	}
	td, ok := d.types[name]
	if !ok {
		return nil, fail("type %s.%s is not known", dir, name)
	}
	st, ok := td.spec.Type.(*ast.StructType)
	if !ok {
		return nil, fail("%s.%s is not a struct", dir, name)
	}
	si := in.structInfo(resolved{dir + "." + name, td.file, name, typeRef{td.spec.Type, td.file, nil}}, st)
	s := &structV{info: si, vals: map[string]value{}}
	for k, v := range vals {
		if !slices.Contains(si.fields, k) {
			return nil, fail("%s.%s has no field %s", dir, name, k)
		}
		s.vals[k] = v
	}
	return s, nil
}
