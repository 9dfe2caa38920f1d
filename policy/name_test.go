package policy_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// nameSet is a parameter set as the programmes write theirs: parameters,
// a nested group, a map by key, a group that names itself and a map of
// such groups, a parameter the JSON leaves out, and fields that are no
// parameters: another of policy's types, a map of texts.
type nameSet struct {
	Standard policy.Param[decimal.Decimal] `json:"standard"`
	Group    struct {
		Ratio policy.Param[decimal.Decimal] `json:"ratio"`
	} `json:"group"`
	Counted map[string]policy.Param[bool] `json:"counted"`
	Tiers   selfNamed                     `json:"tiers"`
	ByKey   map[string]selfNamed          `json:"by_key"`
	Hidden  policy.Param[int]             `json:"-"`
	// Rounding and Labels hold no parameter: naming passes them over.
	Rounding policy.Rounding   `json:"rounding"`
	Labels   map[string]string `json:"labels"`
}

// selfNamed is a group of parameters with a SetName of its own.
type selfNamed struct {
	Grade1 policy.Param[int] `json:"grade1"`
}

func (s *selfNamed) SetName(path string) { s.Grade1.Name = path + ".first" }

// names lists every name in s, in field order, the maps' by key; nil for
// a nil s.
func (s *nameSet) names() []string {
	if s == nil {
		return nil
	}
	return []string{s.Standard.Name, s.Group.Ratio.Name, s.Counted["wages"].Name, s.Counted["other"].Name,
		s.Tiers.Grade1.Name, s.ByKey["k"].Grade1.Name, s.Hidden.Name}
}

// newNameSet returns a set whose parameters all have names of their own,
// then applies clear to it.
func newNameSet(clear func(*nameSet)) *nameSet {
	s := &nameSet{Counted: map[string]policy.Param[bool]{"wages": {Name: "own.wages"}, "other": {Name: "own.other"}},
		ByKey: map[string]selfNamed{"k": {Grade1: policy.Param[int]{Name: "own.k"}}}, Labels: map[string]string{"k": "v"}}
	s.Standard.Name, s.Group.Ratio.Name, s.Tiers.Grade1.Name = "own.standard", "own.ratio", "own.tiers"
	if clear != nil {
		clear(s)
	}
	return s
}

// ownNames are the names newNameSet gives.
var ownNames = []string{"own.standard", "own.ratio", "own.wages", "own.other", "own.tiers", "own.k", ""}

// TestNamed: policy.Named names the parameters that have no name by their
// JSON paths, wherever they are, on a copy; a set that needs no naming,
// and a nil one, come back as they are.
func TestNamed(t *testing.T) {
	tests := []struct {
		name, desc  string
		set         *nameSet
		same        bool     // Named returns the set itself
		want, after []string // the names of the result, and of the set afterwards
	}{
		{name: "top level and map", desc: "顶层与映射中未命名的按路径命名，已命名的保留，原参数不变 / " +
			"the unnamed at the top and in a map are named by path, the named keep their names, the set is unchanged",
			set: newNameSet(func(s *nameSet) {
				s.Standard.Name = ""
				s.Counted["wages"] = policy.Param[bool]{}
			}),
			want:  []string{"p.standard", "own.ratio", "p.counted.wages", "own.other", "own.tiers", "own.k", ""},
			after: []string{"", "own.ratio", "", "own.other", "own.tiers", "own.k", ""}},
		{name: "map entry only", desc: "仅映射中一项未命名 / only a map entry is unnamed",
			set:   newNameSet(func(s *nameSet) { s.Counted["other"] = policy.Param[bool]{} }),
			want:  []string{"own.standard", "own.ratio", "own.wages", "p.counted.other", "own.tiers", "own.k", ""},
			after: []string{"own.standard", "own.ratio", "own.wages", "", "own.tiers", "own.k", ""}},
		{name: "nested only", desc: "仅嵌套结构中一项未命名 / only a nested parameter is unnamed",
			set:   newNameSet(func(s *nameSet) { s.Group.Ratio.Name = "" }),
			want:  []string{"own.standard", "p.group.ratio", "own.wages", "own.other", "own.tiers", "own.k", ""},
			after: []string{"own.standard", "", "own.wages", "own.other", "own.tiers", "own.k", ""}},
		{name: "groups and hidden", desc: "自行命名的参数组与 JSON 外的参数留给其所属包 / " +
			"groups that name themselves and a parameter outside the JSON are left to their package",
			set: newNameSet(func(s *nameSet) {
				s.Tiers.Grade1.Name = ""
				s.ByKey["k"] = selfNamed{}
			}), same: true,
			want:  []string{"own.standard", "own.ratio", "own.wages", "own.other", "", "", ""},
			after: []string{"own.standard", "own.ratio", "own.wages", "own.other", "", "", ""}},
		{name: "top level and a group", desc: "顶层参数与映射中的自命名参数组均未命名：只命名顶层参数，参数组留给其所属包 / " +
			"a parameter at the top and a self-naming group in a map unnamed: the parameter is named, the group left to its package",
			set: newNameSet(func(s *nameSet) {
				s.Standard.Name = ""
				s.ByKey["k"] = selfNamed{}
			}),
			want:  []string{"p.standard", "own.ratio", "own.wages", "own.other", "own.tiers", "", ""},
			after: []string{"", "own.ratio", "own.wages", "own.other", "own.tiers", "", ""}},
		{name: "all named", desc: "全部已命名：原样返回 / every parameter named: the set itself",
			set: newNameSet(nil), same: true, want: ownNames, after: ownNames},
		{name: "nil", desc: "nil 参数集：原样返回 / a nil set: itself", same: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := policy.Named(tc.set, "p")
			if (got == tc.set) != tc.same {
				t.Errorf("%s: returned the set itself = %v, want %v", tc.desc, got == tc.set, tc.same)
			}
			if diff := cmp.Diff(tc.want, got.names()); diff != "" {
				t.Errorf("%s: names (-want +got):\n%s", tc.desc, diff)
			}
			if diff := cmp.Diff(tc.after, tc.set.names()); diff != "" {
				t.Errorf("%s: the set's names afterwards (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestName: policy.Name names every parameter by its JSON path whatever it
// was called, and groups by their own SetName; it gives the set new maps
// where it names their entries, so that a set sharing the old ones keeps
// its names, and keeps a map of parameters named so already, but not one
// whose entries are named other than by their paths. It leaves nil maps
// nil, and passes over fields that hold no parameter.
func TestName(t *testing.T) {
	named := []string{"p.standard", "p.group.ratio", "p.counted.wages", "p.counted.other", "p.tiers.first", "p.by_key.k.first", ""}
	tests := []struct {
		name, desc string
		set        *nameSet
		want       []string // the set's names afterwards
		// sameCounted says whether the set keeps its map of parameters;
		// either way the set it was copied from keeps its names.
		sameCounted bool
	}{
		{name: "own names", desc: "自有名称一律改为路径 / names of its own are all replaced by paths",
			set: newNameSet(nil), want: named},
		{name: "unnamed", desc: "未命名的按路径命名 / the unnamed are named by path",
			set: newNameSet(func(s *nameSet) { *s = nameSet{Counted: s.Counted, ByKey: s.ByKey} }), want: named},
		{name: "named by path", desc: "映射已按路径命名：保留原映射 / a map named by path already is kept",
			set: func() *nameSet {
				s := newNameSet(nil)
				policy.Name(s, "p")
				return s
			}(), want: named, sameCounted: true},
		{name: "named under another key", desc: "映射中两项的名称互换：重新命名 / two entries of a map named by each other's key: named again",
			set: mapNamed("p.counted.other", "p.counted.wages"), want: named},
		{name: "named by the map's path", desc: "映射项以映射本身的路径命名：重新命名 / an entry named by the map's own path: named again",
			set: mapNamed("p.counted", "p.counted.other"), want: named},
		{name: "named with the path run on", desc: "映射项名称在路径后接下划线而非点号：重新命名 / an entry named by the path and an underscore, not a dot: named again",
			set: mapNamed("p.counted_wages", "p.counted.other"), want: named},
		{name: "named outside the path", desc: "映射项只以 .wages 命名，不在该路径下：重新命名 / an entry named .wages alone, outside the map's path: named again",
			set: mapNamed(".wages", "p.counted.other"), want: named},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := *tc.set
			wasNamed := before.names()
			policy.Name(tc.set, "p")
			if diff := cmp.Diff(tc.want, tc.set.names()); diff != "" {
				t.Errorf("%s: names (-want +got):\n%s", tc.desc, diff)
			}
			if same := reflect.ValueOf(before.Counted).Pointer() == reflect.ValueOf(tc.set.Counted).Pointer(); same != tc.sameCounted {
				t.Errorf("%s: kept its map of parameters = %v, want %v", tc.desc, same, tc.sameCounted)
			}
			// before shares the maps the set had: their entries are unchanged.
			inMaps := func(n []string) []string { return []string{n[2], n[3], n[5]} }
			if diff := cmp.Diff(inMaps(wasNamed), inMaps(before.names())); diff != "" {
				t.Errorf("%s: the maps the set had (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
	for _, set := range []any{nil, nameSet{}, (*nameSet)(nil), new(int)} {
		policy.Name(set, "p") // left alone: nil, not a pointer, a nil pointer, not a struct
	}
	var empty nameSet // its maps nil: they stay nil
	policy.Name(&empty, "p")
	if empty.Counted != nil || empty.ByKey != nil || empty.Labels != nil {
		t.Errorf("naming made nil maps: %v %v %v", empty.Counted, empty.ByKey, empty.Labels)
	}
	if empty.Standard.Name != "p.standard" || empty.Rounding != (policy.Rounding{}) {
		t.Errorf("a set of nil maps: standard named %q, rounding %v", empty.Standard.Name, empty.Rounding)
	}
}

// mapNamed returns a set named by path p except its map of parameters,
// whose entries wages and other are named as given.
func mapNamed(wages, other string) *nameSet {
	s := newNameSet(nil)
	policy.Name(s, "p")
	s.Counted = map[string]policy.Param[bool]{"wages": {Name: wages}, "other": {Name: other}}
	return s
}

// TestNameKeys: a map key that holds a path's marks is quoted in the names
// of its parameters, as in the paths of errors (policy.Path.Key), so that
// no name reads as another; naming again keeps the map so named.
func TestNameKeys(t *testing.T) {
	s := &nameSet{Counted: map[string]policy.Param[bool]{"a.b": {}, "plain": {}},
		ByKey: map[string]selfNamed{"x[0]": {}}}
	policy.Name(s, "p")
	got := []string{s.Counted["a.b"].Name, s.Counted["plain"].Name, s.ByKey["x[0]"].Grade1.Name}
	want := []string{`p.counted."a.b"`, "p.counted.plain", `p.by_key."x[0]".first`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("键含点号与方括号时加引号 / keys with a dot or brackets quoted: names (-want +got):\n%s", diff)
	}
	counted := reflect.ValueOf(s.Counted).Pointer()
	policy.Name(s, "p")
	if reflect.ValueOf(s.Counted).Pointer() != counted {
		t.Errorf("再次命名换了已按路径命名的映射 / naming again replaced a map named by path already")
	}
}

// TestPathKey: which keys stand in a path as they are, and which are
// quoted.
func TestPathKey(t *testing.T) {
	tests := []struct {
		name, desc, key, want string
	}{
		{name: "plain", desc: "普通键照写 / a plain key as it is", key: "lowincome", want: "m.lowincome"},
		{name: "Chinese", desc: "中文键照写 / a key in Chinese as it is", key: "一类", want: "m.一类"},
		{name: "spaces and dashes", desc: "空格与连字符照写 / spaces and dashes as they are", key: "level 2-a", want: "m.level 2-a"},
		{name: "empty", desc: `空键写作 "" / the empty key is ""`, key: "", want: `m.""`},
		{name: "dot", desc: "点号加引号 / a dot is quoted", key: "a.b", want: `m."a.b"`},
		{name: "brackets", desc: "方括号加引号 / brackets are quoted", key: "y[0]", want: `m."y[0]"`},
		{name: "quote", desc: "引号加引号并转义 / a quote is quoted, escaped", key: `a"b`, want: `m."a\"b"`},
		{name: "backslash", desc: "反斜杠加引号并转义 / a backslash is quoted, escaped", key: `a\b`, want: `m."a\\b"`},
		{name: "control", desc: "控制字符加引号并转义 / a control character is quoted, escaped", key: "a\nb", want: `m."a\nb"`},
		{name: "bidi", desc: "双向控制字符加引号 / a bidi control is quoted", key: "ab\u202e", want: `m."ab\u202e"`},
		{name: "invalid UTF-8", desc: "非UTF-8加引号 / invalid UTF-8 is quoted", key: "a\xff", want: `m."a\xff"`},
		{name: "blank", desc: "不显示的图形字符加引号并转义 / a graphic character that shows nothing is quoted, escaped", key: "一类\u3164", want: `m."一类\u3164"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := policy.Path("m").Key(tc.key); string(got) != tc.want {
				t.Errorf("%s: Key(%q) = %s, want %s", tc.desc, tc.key, got, tc.want)
			}
		})
	}
}
