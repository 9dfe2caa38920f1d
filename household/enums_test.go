package household_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
)

// enumRow is one of the record's enums as TestEnumLists states it.
type enumRow struct {
	name, desc string
	list       []string
	want       []string
	valid      func(string) bool
	zeroValid  bool        // the zero value, not listed, is a record's "none" or "unrecorded"
	copies     func() bool // whether changing a list returned changes none returned after
}

// enum makes the row of an enum from its list.
func enum[T interface {
	~string
	Valid() bool
}](name, desc string, list func() []T, zeroValid bool, want ...string) enumRow {
	r := enumRow{name: name, desc: desc, want: want, zeroValid: zeroValid, valid: func(s string) bool { return T(s).Valid() }}
	for _, v := range list() {
		r.list = append(r.list, string(v))
	}
	r.copies = func() bool {
		l := list()
		l[0] = "rumour"
		return list()[0] != "rumour"
	}
	return r
}

// TestEnumLists: every value a record may name in an enum field is listed,
// in a fixed order, by a function a form can range over; the zero value,
// where it means none or unrecorded, is valid and not listed; Valid takes
// nothing else; and the lists are copies.
func TestEnumLists(t *testing.T) {
	tests := []enumRow{
		enum("relations", "与户主关系，空为未登记 / relations to the head; empty is unrecorded", household.Relations, true,
			"head", "spouse", "child", "parent", "grandchild", "sibling", "other"),
		enum("classes", "低保分类（2.1.2），空为无 / 低保 classes (2.1.2); empty is none", household.Classes, true,
			"A", "B", "C"),
		enum("tekun modes", "特困供养方式（2.2.1），空为非特困 / 特困 modes (2.2.1); empty is not supported", household.TekunModes, true,
			"dispersed", "centralized"),
		enum("home classes", "敬老院等级（2.2.2），空为未填 / nursing-home ratings (2.2.2); empty is unset", household.HomeClasses, true,
			"1", "2", "3", "unrated"),
		enum("self-care levels", "自理能力（2.2.1），空为未登记 / self-care levels (2.2.1); empty is unrecorded", household.SelfCareLevels, true,
			"full", "partial", "none"),
		enum("child categories", "困境儿童类别（2.2.3），空为皆非 / child categories (2.2.3); empty is neither", household.ChildCategories, true,
			"in-difficulty", "in-difficult-family"),
		enum("disability types", "残疾类别：证上必填 / disability types: a certificate names one", household.DisabilityTypes, false,
			"visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple"),
		enum("diseases", "儿童重大疾病病种（2.3.4），空为其他 / child-disease codes (2.3.4); empty is any other", household.Diseases, true,
			"acute-leukaemia", "congenital-heart"),
		enum("income categories", "收入类别：必填 / income categories: one is required", household.IncomeCategories, false,
			"wages", "agriculture", "business", "property", "transfers", "other", "disability-subsidy", "lowincome-payment",
			"bravery-award", "scholarship", "tekun-support", "temporary-aid", "medical-aid", "children-allowance"),
		enum("hardship types", "困难事件类别（2.4.1）：必填 / hardship types (2.4.1): one is required", household.HardshipTypes, false,
			"fire", "disaster", "accident", "sudden-illness", "emergency-other", "medical", "education",
			"expenditure-other"),
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.list); diff != "" {
				t.Errorf("%s: the list (-want +got):\n%s", tc.desc, diff)
			}
			for _, v := range tc.list {
				if !tc.valid(v) {
					t.Errorf("%s: %q is listed, and not Valid", tc.desc, v)
				}
			}
			if got := tc.valid(""); got != tc.zeroValid {
				t.Errorf("%s: the zero value's Valid = %v, want %v", tc.desc, got, tc.zeroValid)
			}
			if tc.valid("rumour") || tc.valid(" "+tc.want[0]) {
				t.Errorf("%s: a value not listed is Valid", tc.desc)
			}
			if !tc.copies() {
				t.Errorf("%s: changing the list returned changed the next one", tc.desc)
			}
		})
	}
}
