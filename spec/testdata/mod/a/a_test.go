package a_test

import (
	"testing"

	"example.com/mod/a"
	"example.com/mod/policy"
)

type line struct {
	Item   policy.Item
	Member string
	Annual string
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
	}{
		{name: "two clauses", clauses: []policy.Clause{"0", policy.ClauseStandard}, desc: "两条 / two", n: -3,
			m: map[string]bool{"x": true}},
	}
	_ = other
}
