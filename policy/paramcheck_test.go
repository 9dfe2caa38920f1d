package policy_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// TestCheckParamsSources: policy.CheckParams holds every parameter of a
// set built in Go, wherever it is — at the top, in a nested group, in a
// map, in a group that names itself and in a map of such groups — to the
// length a source read from JSON may have, and reports each one over it at
// its name followed by ".source": a parameter without a name, and those
// of a group that names itself, by their JSON paths, as policy.Name names
// them. Errors come in field order, a map's entries by path. It reads
// lengths only: that a source is plain text is checked where it is read
// from JSON (TestCheckText).
func TestCheckParamsSources(t *testing.T) {
	long := strings.Repeat("源", policy.MaxSourceLength/3+1) // 3 bytes each: 1002 bytes
	tests := []struct {
		name, desc string
		edit       func(*nameSet)
		want       []checked // the errors, in order
	}{
		{name: "at the limit", desc: "来源正好 1000 字节：无错误 / a source of exactly 1000 bytes: no error",
			edit: func(s *nameSet) { s.Standard.Source = strings.Repeat("x", policy.MaxSourceLength) }},
		{name: "top level", desc: "顶层参数来源 1002 字节，按其名称报告 / a source at the top of 1002 bytes, reported at its name",
			edit: func(s *nameSet) { s.Standard.Source = long },
			want: []checked{{policy.ErrorTooLong, "own.standard.source: (1002 bytes) is longer than 1000 bytes"}}},
		{name: "everywhere", desc: "嵌套组、映射、自命名组及其映射中的来源都被检查，按字段与路径的顺序报告；自命名组按路径命名 / " +
			"sources in a nested group, a map, a self-named group and a map of them are all checked, reported in field and path order; " +
			"a self-named group's parameters named by their path",
			edit: func(s *nameSet) {
				s.Group.Ratio.Source = long
				s.Counted["wages"] = withSource(s.Counted["wages"], long+"x")
				s.Counted["other"] = withSource(s.Counted["other"], long)
				s.Tiers.Grade1.Source = long
				k := s.ByKey["k"]
				k.Grade1.Source = long
				s.ByKey["k"] = k
			},
			want: []checked{
				{policy.ErrorTooLong, "own.ratio.source: (1002 bytes) is longer than 1000 bytes"},
				{policy.ErrorTooLong, "own.other.source: (1002 bytes) is longer than 1000 bytes"},
				{policy.ErrorTooLong, "own.wages.source: (1003 bytes) is longer than 1000 bytes"},
				{policy.ErrorTooLong, "p.tiers.first.source: (1002 bytes) is longer than 1000 bytes"},
				{policy.ErrorTooLong, "p.by_key.k.first.source: (1002 bytes) is longer than 1000 bytes"},
			}},
		{name: "unnamed", desc: "未命名的参数按 JSON 路径报告，映射中各项按路径排序 / unnamed parameters reported at their JSON paths, a map's entries in path order",
			edit: func(s *nameSet) {
				s.Standard = policy.Param[decimal.Decimal]{Source: long}
				s.Counted["wages"] = policy.Param[bool]{Source: long}
				s.Counted["other"] = policy.Param[bool]{Source: long}
				s.ByKey = map[string]selfNamed{"b": {Grade1: policy.Param[int]{Source: long}}, "a": {Grade1: policy.Param[int]{Source: long}}}
			},
			want: []checked{
				{policy.ErrorTooLong, "p.standard.source: (1002 bytes) is longer than 1000 bytes"},
				{policy.ErrorTooLong, "p.counted.other.source: (1002 bytes) is longer than 1000 bytes"},
				{policy.ErrorTooLong, "p.counted.wages.source: (1002 bytes) is longer than 1000 bytes"},
				{policy.ErrorTooLong, "p.by_key.a.first.source: (1002 bytes) is longer than 1000 bytes"},
				{policy.ErrorTooLong, "p.by_key.b.first.source: (1002 bytes) is longer than 1000 bytes"},
			}},
		{name: "lengths only", desc: "只查长度：控制字符留给 JSON 读取时检查 / lengths only: a control character is for the JSON reader to refuse",
			edit: func(s *nameSet) { s.Standard.Source = "a\nb\x00" }},
		{name: "left out of json", desc: "JSON 不写的字段不检查 / a field the JSON leaves out is not checked",
			edit: func(s *nameSet) { s.Hidden.Source = long; s.Hidden.Set = true }},
	}
	for _, tc := range tests {
		checkParamsRow(t, tc.name, tc.desc, tc.edit, tc.want)
	}
}

// TestCheckParamsProvenance: policy.CheckParams holds every parameter a
// set built in Go sets, wherever it is, to a provenance of the five
// classes of section 0, as the JSON reader of a parameter does, and
// reports each other one at its name followed by ".provenance", in the
// order of TestCheckParamsSources, before the parameter's source. An unset
// parameter's provenance is not checked: whether it must be set is for its
// programme's checks to say.
func TestCheckParamsProvenance(t *testing.T) {
	long := strings.Repeat("源", policy.MaxSourceLength/3+1) // 3 bytes each: 1002 bytes
	tests := []struct {
		name, desc, clause string
		edit               func(*nameSet)
		want               []checked // the errors, in order
	}{
		{name: "no provenance", clause: "0", desc: "已设定的参数无来源类别：报必填 / a set parameter with no provenance: required",
			edit: func(s *nameSet) {
				s.Standard = policy.New("own.standard", decimal.RequireFromString("3622.00"), "", "x")
			},
			want: []checked{{policy.ErrorRequired, "own.standard.provenance: is required"}}},
		{name: "unknown provenance everywhere", clause: "0",
			desc: "嵌套组、映射、自命名组及其映射中的来源类别都被检查，按字段与路径的顺序报告 / " +
				"provenances in a nested group, a map, a self-named group and a map of them are all checked, in field and path order",
			edit: func(s *nameSet) {
				s.Group.Ratio = policy.New("own.ratio", decimal.RequireFromString("0.30"), "Seed", "")
				s.Counted["wages"] = policy.New("", true, "bogus", "")
				s.Counted["other"] = policy.New("own.other", false, policy.Law, "")
				s.Tiers.Grade1 = policy.New("", 800, "暂定", "")
				s.ByKey = map[string]selfNamed{"b": {Grade1: policy.New("", 900, "", "")}, "a": {Grade1: policy.New("", 900, policy.Local, "")}}
			},
			want: []checked{
				{policy.ErrorNotSupported, `own.ratio.provenance: "Seed" is not one of seed, derived, law, provisional, local`},
				{policy.ErrorNotSupported, `p.counted.wages.provenance: "bogus" is not one of seed, derived, law, provisional, local`},
				{policy.ErrorNotSupported, `p.tiers.first.provenance: "暂定" is not one of seed, derived, law, provisional, local`},
				{policy.ErrorRequired, "p.by_key.b.first.provenance: is required"},
			}},
		{name: "provenance before source", clause: "0", desc: "同一参数来源类别与出处都有误：先报来源类别 / a parameter with a bad provenance and a long source: the provenance first",
			edit: func(s *nameSet) {
				s.Standard = policy.New("own.standard", decimal.RequireFromString("3622.00"), "", long)
			},
			want: []checked{
				{policy.ErrorRequired, "own.standard.provenance: is required"},
				{policy.ErrorTooLong, "own.standard.source: (1002 bytes) is longer than 1000 bytes"},
			}},
		{name: "bad provenance, source at the limit", clause: "0", desc: "来源类别有误、出处正好 1000 字节：只报来源类别 / a bad provenance and a source of exactly 1000 bytes: the provenance alone",
			edit: func(s *nameSet) {
				s.Standard = policy.New("own.standard", decimal.RequireFromString("3622.00"), "", strings.Repeat("x", 1000))
			},
			want: []checked{{policy.ErrorRequired, "own.standard.provenance: is required"}}},
		{name: "unset of any provenance", clause: "0", desc: "未设定的参数（标为 seed 或无效类别 bogus）不查来源类别：是否必须设定由其所属项目检查，列出时记为地方 / " +
			"an unset parameter's provenance (seed, or the word bogus) is not checked: whether it must be set is its programme's check, and it is listed as local",
			edit: func(s *nameSet) {
				s.Standard.Provenance, s.Counted["wages"] = policy.Seed, policy.Param[bool]{Name: "own.wages", Provenance: "bogus"}
			}},
		{name: "every class", clause: "0", desc: "五种来源类别都通过 / each of the five classes passes",
			edit: func(s *nameSet) {
				s.Standard = policy.New("own.standard", decimal.RequireFromString("3622.00"), policy.Seed, "")
				s.Group.Ratio = policy.New("own.ratio", decimal.RequireFromString("0.30"), policy.Derived, "")
				s.Counted["wages"] = policy.New("own.wages", true, policy.Law, "")
				s.Counted["other"] = policy.New("own.other", false, policy.Provisional, "")
				s.Tiers.Grade1 = policy.New("own.tiers", 800, policy.Local, "")
			}},
	}
	for _, tc := range tests {
		checkParamsRow(t, tc.name, tc.desc, tc.edit, tc.want)
	}
}

// checkParamsRow runs one row of a table of policy.CheckParams: an edit of
// newNameSet's set, and the errors it gives, in order; CheckParams names no
// parameter.
func checkParamsRow(t *testing.T, name, desc string, edit func(*nameSet), want []checked) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		s := newNameSet(nil)
		edit(s)
		before := s.names()
		var got []checked
		for _, fe := range policy.FieldErrors(policy.CheckParams(s, "p")) {
			got = append(got, checked{fe.Type, fe.Error()})
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", desc, diff)
		}
		if diff := cmp.Diff(before, s.names()); diff != "" {
			t.Errorf("%s: CheckParams changed the set's names (-before +after):\n%s", desc, diff)
		}
	})
}

// checked is an error of policy.CheckParams: its type and its text.
type checked struct {
	Type policy.ErrorType
	Text string
}

// withSource returns p with source s.
func withSource[T any](p policy.Param[T], s string) policy.Param[T] {
	p.Source = s
	return p
}

// loop is a group of parameters that holds groups of its own kind.
type loop struct {
	A policy.Param[int] `json:"a"`
	M map[string]loop   `json:"m"`
}

func (l *loop) SetName(path string) { l.A.Name = path + ".a" }

// TestCheckParamsEnds: anything but a pointer to a struct has nothing to
// check, and a group holding groups of its own kind, even one whose map
// holds itself, is checked in its own parameters and no deeper.
func TestCheckParamsEnds(t *testing.T) {
	for _, set := range []any{nil, (*nameSet)(nil), nameSet{}, new(int), "set"} {
		if err := policy.CheckParams(set, "p"); err != nil {
			t.Errorf("CheckParams(%T) = %v, want nil", set, err)
		}
	}
	m := map[string]loop{}
	m["x"] = loop{A: policy.Param[int]{Source: strings.Repeat("x", policy.MaxSourceLength+1)}, M: m}
	set := struct {
		Loops map[string]loop `json:"loops"`
	}{m}
	want := "p.loops.x.a.source: (1001 bytes) is longer than 1000 bytes"
	if err := policy.CheckParams(&set, "p"); err == nil || err.Error() != want {
		t.Errorf("CheckParams of a map that holds itself = %v, want %s", err, want)
	}
}
