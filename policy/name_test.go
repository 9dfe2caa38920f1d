package policy_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/policy"
)

// nameSet is a parameter set as the programmes write theirs: parameters,
// a nested group, a map by key, a group that names itself, and one the
// JSON leaves out.
type nameSet struct {
	Standard policy.Param[decimal.Decimal] `json:"standard"`
	Group    struct {
		Ratio policy.Param[decimal.Decimal] `json:"ratio"`
	} `json:"group"`
	Counted map[string]policy.Param[bool] `json:"counted"`
	Tiers   selfNamed                     `json:"tiers"`
	Hidden  policy.Param[int]             `json:"-"`
}

// selfNamed is a group of parameters with a SetName of its own.
type selfNamed struct {
	Grade1 policy.Param[int] `json:"grade1"`
}

func (s *selfNamed) SetName(path string) { s.Grade1.Name = path + ".first" }

// names lists every name in s, in field order, the map's by key.
func (s *nameSet) names() []string {
	return []string{s.Standard.Name, s.Group.Ratio.Name, s.Counted["wages"].Name, s.Counted["other"].Name,
		s.Tiers.Grade1.Name, s.Hidden.Name}
}

// newNameSet returns a set whose standard and wages rule are unnamed and
// whose ratio carries a name of its own.
func newNameSet() *nameSet {
	s := &nameSet{Counted: map[string]policy.Param[bool]{"wages": {}, "other": {Name: "kept.other"}}}
	s.Group.Ratio.Name = "my.ratio"
	return s
}

// TestNamed: policy.Named names the parameters that have no name by their
// JSON paths, on a copy, and hands back a set that needs none unchanged.
func TestNamed(t *testing.T) {
	tests := []struct {
		name, desc  string
		set         *nameSet
		same        bool     // Named returns the set itself
		want, after []string // the names of the result, and of the set afterwards
	}{
		{name: "unnamed", desc: "未命名的参数按路径命名，已命名的保留，原参数不变 / the unnamed are named by path, the named keep their names, the set is unchanged",
			set:   newNameSet(),
			want:  []string{"p.standard", "my.ratio", "p.counted.wages", "kept.other", "", ""},
			after: []string{"", "my.ratio", "", "kept.other", "", ""}},
		{name: "all named", desc: "全部已命名：原样返回 / every parameter named: the set itself",
			set: func() *nameSet {
				s := newNameSet()
				policy.Name(s, "p")
				return s
			}(), same: true,
			want:  []string{"p.standard", "p.group.ratio", "p.counted.wages", "p.counted.other", "p.tiers.first", ""},
			after: []string{"p.standard", "p.group.ratio", "p.counted.wages", "p.counted.other", "p.tiers.first", ""}},
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
	if got := policy.Named[nameSet](nil, "p"); got != nil {
		t.Errorf("nil 参数集 / a nil set: Named = %v, want nil", got)
	}
}

// TestName: policy.Name names every parameter by its JSON path whatever it
// was called, groups by their own SetName, and gives the set a new map, so
// that another set sharing the old one keeps its names; a map named so
// already is kept.
func TestName(t *testing.T) {
	s := newNameSet()
	shared := s.Counted
	policy.Name(s, "p")
	want := []string{"p.standard", "p.group.ratio", "p.counted.wages", "p.counted.other", "p.tiers.first", ""}
	if diff := cmp.Diff(want, s.names()); diff != "" {
		t.Errorf("全部按路径命名 / every parameter named by path (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"", "kept.other"}, []string{shared["wages"].Name, shared["other"].Name}); diff != "" {
		t.Errorf("共用的映射不变 / the map shared before is unchanged (-want +got):\n%s", diff)
	}
	named := s.Counted
	policy.Name(s, "p")
	if reflect.ValueOf(named).Pointer() != reflect.ValueOf(s.Counted).Pointer() {
		t.Errorf("已按路径命名的映射原样保留 / a map already named by path is kept as it is: Name replaced it")
	}
	policy.Name(nil, "p")            // a nil set is left alone
	policy.Name(nameSet{}, "p")      // so is a set not given by pointer
	policy.Name((*nameSet)(nil), "") // and a nil pointer
}
