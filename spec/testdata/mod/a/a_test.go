package a_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"example.com/mod/a"
	"example.com/mod/policy"
)

type line struct {
	Item   policy.Item
	Member string
	Annual string
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// adults returns n members a1…an.
func adults(n int) []a.Member {
	ms := make([]a.Member, n)
	for i := range ms {
		ms[i] = a.Member{ID: "a" + string(rune('1'+i))}
	}
	return ms
}

// home returns a household of the members, the first with income w.
func home(w string, members ...a.Member) *a.Household {
	if w != "" {
		members[0].Incomes = []string{w}
	}
	return &a.Household{ID: "H", Members: members}
}

// TestBase shows every shape a spec table takes.
func TestBase(t *testing.T) {
	const none = ""
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		in     string
		want   []line
		f      func()
	}{
		{
			name: "keyed", clause: policy.ClauseStandard,
			desc: "中文 / English",
			in:   d("4500.00"),
			want: []line{{a.ItemBase, none, "6366.00"}},
			f:    func() {},
		},
		{name: "no clause", desc: "not a case"},
		{"positional", "2.1.2", "位置 / positional", "a" +
			"b", nil, nil},
	}
	_ = tests
	other := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		n       int
		m       map[string]bool
		cents   decimal.Decimal
		huge    decimal.Decimal
		nought  decimal.Decimal
	}{
		{name: "two clauses", clauses: []policy.Clause{"0", policy.ClauseStandard}, desc: "两条 / two", n: -3,
			m: map[string]bool{"x": true}, cents: decimal.New(7, -2), huge: decimal.New(1, 2_000_000),
			nought: decimal.New(0, 3000)},
	}
	_ = other
}

// TestExpand shows what the expansion follows.
func TestExpand(t *testing.T) {
	poor := func(h *a.Household) *a.Household { h.Poor = true; return h }
	classed := a.Member{ID: "c1", Class: "A"}
	p := a.Default2017()
	p.Uplift = "share"
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *a.Household
		p      *a.Params
		edit   func(h *a.Household)
		check  func(t *testing.T, h *a.Household)
	}{
		{name: "helpers", clause: "2.1.2", desc: "助手 / helpers",
			h: poor(home("4500.00", adults(2)...)), p: a.Default2017()},
		{name: "variables", clause: "2.1.2", desc: "变量 / variables",
			h: home("", classed, a.Member{ID: "x", Born: a.Date{Year: 1970, Month: 3, Day: 1}}), p: p},
		{name: "edit", clause: "2.1.2", desc: "修改 / an edit",
			edit:  func(h *a.Household) { h.Members = adults(1); h.Members[0].ID = "" },
			check: func(t *testing.T, h *a.Household) {}},
		{name: "library", clause: "2.1.2", desc: "库函数 / library code",
			h: a.Lookup("H1")},
	}
	_ = tests
}
