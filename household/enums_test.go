package household_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/enumtest"
)

// TestEnumLists: every value a record may name in an enum field is listed,
// in a fixed order, by a function a form can range over; the zero value,
// where it means none or unrecorded, is valid and not listed; Valid takes
// nothing else; and the lists are copies.
func TestEnumLists(t *testing.T) {
	enumtest.Run(t, []enumtest.Case{
		enumtest.Of("relations", "与户主关系，空为未登记 / relations to the head; empty is unrecorded", household.Relations, true, "rumour",
			"head", "spouse", "child", "parent", "grandchild", "sibling", "other"),
		enumtest.Of("classes", "低保分类（2.1.2），空为无 / 低保 classes (2.1.2); empty is none", household.Classes, true, "rumour",
			"A", "B", "C"),
		enumtest.Of("tekun modes", "特困供养方式（2.2.1），空为非特困 / 特困 modes (2.2.1); empty is not supported", household.TekunModes, true, "rumour",
			"dispersed", "centralized"),
		enumtest.Of("home classes", "敬老院等级（2.2.2），空为未填 / nursing-home ratings (2.2.2); empty is unset", household.HomeClasses, true, "rumour",
			"1", "2", "3", "unrated"),
		enumtest.Of("self-care levels", "自理能力（2.2.1），空为未登记 / self-care levels (2.2.1); empty is unrecorded", household.SelfCareLevels, true, "rumour",
			"full", "partial", "none"),
		enumtest.Of("child categories", "困境儿童类别（2.2.3），空为皆非 / child categories (2.2.3); empty is neither", household.ChildCategories, true, "rumour",
			"in-difficulty", "in-difficult-family"),
		enumtest.Of("disability types", "残疾类别：证上必填 / disability types: a certificate names one", household.DisabilityTypes, false, "rumour",
			"visual", "hearing", "speech", "physical", "intellectual", "mental", "multiple"),
		enumtest.Of("diseases", "儿童重大疾病病种（2.3.4），空为其他 / child-disease codes (2.3.4); empty is any other", household.Diseases, true, "rumour",
			"acute-leukaemia", "congenital-heart"),
		enumtest.Of("income categories", "收入类别：必填 / income categories: one is required", household.IncomeCategories, false, "rumour",
			"wages", "agriculture", "business", "property", "transfers", "other", "disability-subsidy", "lowincome-payment",
			"bravery-award", "scholarship", "tekun-support", "temporary-aid", "medical-aid", "children-allowance"),
		enumtest.Of("hardship types", "困难事件类别（2.4.1）：必填 / hardship types (2.4.1): one is required", household.HardshipTypes, false, "rumour",
			"fire", "disaster", "accident", "sudden-illness", "emergency-other", "medical", "education",
			"expenditure-other"),
	})
}
