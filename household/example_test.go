package household_test

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

func ExampleDecode() {
	h, err := household.Decode(strings.NewReader(`{"id":"H-EX","township":"尧渡镇","members":[
		{"id":"m1","birth_date":"1958-04-02","class":"A","incomes":[{"category":"agriculture","amount":"4500.00"}]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.ID, len(h.Members), h.Members[0].Class, h.Members[0].Incomes[0].Amount.StringFixed(2))
	// Output: H-EX 1 A 4500.00
}

func ExampleDecode_errors() {
	_, err := household.Decode(strings.NewReader(`{"id":"H-EX","township":"T","members":[
		{"id":"m1","birth_date":"1958-04-02","disability":{"type":"physical","grade":7}}]}`))
	fmt.Println(err)
	// Output: members[0].disability.grade: 7 is not 1–4
}

func ExampleUnmarshal() {
	_, err := household.Unmarshal([]byte(`{"id":"H-EX","township":"T","members":[{"id":"m1","birth_date":"1958-04-02"}],"pets":2}`))
	fmt.Println(err)
	// Output: pets: is not a known field
}

func ExampleHousehold_Marshal() {
	h := &household.Household{ID: "H-EX", Township: "T", Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1958, 4, 2)}}}
	b, _ := h.Marshal()
	fmt.Println(string(b))
	// Output:
	// {
	//   "id": "H-EX",
	//   "township": "T",
	//   "members": [
	//     {
	//       "id": "m1",
	//       "birth_date": "1958-04-02"
	//     }
	//   ]
	// }
}

func ExampleCurrent_IsZero() {
	h, err := household.Unmarshal([]byte(`{"id":"H-EX","township":"T","current":{"payments":[]},
		"members":[{"id":"m1","birth_date":"1958-04-02"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := h.Marshal()
	fmt.Println(h.Current.IsZero(), strings.Contains(string(b), `"current"`))
	fmt.Println(household.Current{LowIncome: true}.IsZero())
	// Output:
	// true false
	// false
}

func ExampleHousehold_Validate() {
	h := &household.Household{ID: "H-EX", Township: "T", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1958, 4, 2)},
		{ID: "m1", BirthDate: household.NewDate(1960, 1, 1), Class: "D"},
	}}
	fmt.Println(h.Validate())
	// Output:
	// members[1].id: "m1" is also the id of members[0]
	// members[1].class: "D" is not A, B, C or empty
}

func ExampleHousehold_ValidateOn() {
	h := &household.Household{ID: "H-EX", Township: "T", Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(2018, 1, 1)}}}
	fmt.Println(h.ValidateOn(household.NewDate(2017, 9, 1)))
	// Output: members[0].birth_date: 2018-01-01 is after the assessment date 2017-09-01
}

func ExampleHousehold_Member() {
	h := &household.Household{Members: []household.Member{{ID: "m1"}, {ID: "m2", Class: household.ClassB}}}
	m, ok := h.Member("m2")
	fmt.Println(ok, m.Class)
	_, ok = h.Member("m1") // the first member
	fmt.Println(ok)
	_, ok = h.Member("m9") // no member
	fmt.Println(ok)
	// Output:
	// true B
	// true
	// false
}

func ExampleHousehold_CheckMemberIDs() {
	h := &household.Household{Members: []household.Member{{ID: "m1"}, {ID: "m2"}}}
	for _, err := range h.CheckMemberIDs("inputs.lowincome_members", []string{"m2", "m9", "m2"}) {
		fmt.Println(err)
	}
	// Output:
	// inputs.lowincome_members[1]: "m9" is not the id of a member
	// inputs.lowincome_members[2]: "m2" is listed twice
}

func ExampleHousehold_CheckSameHousehold() {
	h := &household.Household{ID: "H", Members: []household.Member{{ID: "m1"}, {ID: "m2"}}}
	same := &household.Household{ID: "H", Members: []household.Member{{ID: "m1"}, {ID: "m2"}}}
	fewer := &household.Household{ID: "H", Members: []household.Member{{ID: "m1"}}}
	fmt.Println(h.CheckSameHousehold("inputs.before", same))
	fmt.Println(h.CheckSameHousehold("inputs.before", fewer))
	// Output:
	// <nil>
	// inputs.before: "H" is the result of another household or other members
}

func ExampleParseDate() {
	d, err := household.ParseDate("2017-02-29")
	fmt.Println(d, err)
	d, _ = household.ParseDate("2000-02-29")
	fmt.Println(d.AgeOn(household.NewDate(2017, 9, 1)))
	// Output:
	// 0000-00-00 "2017-02-29" is not a day of the calendar: February 2017 has days 01 to 28
	// 17
}

func ExampleDate_AgeOn() {
	born := household.NewDate(2002, 9, 2)
	fmt.Println(born.AgeOn(household.NewDate(2017, 9, 1)), born.AgeOn(household.NewDate(2017, 9, 2)))
	// Output: 14 15
}

func ExampleHardshipType_Emergency() {
	fmt.Println(household.Fire.Emergency(), household.EducationExpense.Emergency())
	// Output: true false
}

func ExampleIncomeCategories() {
	fmt.Println(len(household.IncomeCategories()), household.IncomeCategories()[0])
	// Output: 14 wages
}

func ExampleClaim_InsurancePaid() {
	c := household.Claim{NCMS: decimal.RequireFromString("15000"), CriticalIllness: decimal.RequireFromString("2000")}
	fmt.Println(c.InsurancePaid())
	// Output: 17000
}

func ExampleHousehold_Check() {
	h := &household.Household{ID: "H-EX", Township: "尧渡镇", Members: []household.Member{
		{ID: "m1", BirthDate: household.NewDate(1958, 4, 2)}}}
	c, err := h.Check(household.NewDate(2017, 9, 1))
	fmt.Println(err, c.Household().ID, c.Date(), c.Err())
	_, err = h.Check(household.NewDate(1950, 1, 1))
	fmt.Println(err)
	fmt.Println(household.Checked{}.Err())
	// Output:
	// <nil> H-EX 2017-09-01 <nil>
	// members[0].birth_date: 1958-04-02 is after the assessment date 1950-01-01
	// household: has not been checked (the zero household.Checked)
}

func ExampleHousehold_ValidateOn_claims() {
	h := &household.Household{ID: "H-EX", Township: "T", Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1958, 4, 2),
		Claims: []household.Claim{
			{ID: "c1", Admission: household.NewDate(2016, 12, 30)},
			{ID: "c2", Admission: household.NewDate(2017, 10, 1)}, // after the date, in its year: assessed
			{ID: "c3", Admission: household.NewDate(2018, 1, 2)},
		}}}}
	for _, fe := range policy.FieldErrors(h.ValidateOn(household.NewDate(2017, 9, 1))) {
		fmt.Println(fe.Type, fe)
	}
	// A claim id given twice is an error of the record itself, which
	// ValidateOn reports first, alone.
	h.Members[0].Claims[1].ID = "c1"
	for _, fe := range policy.FieldErrors(h.ValidateOn(household.NewDate(2017, 9, 1))) {
		fmt.Println(fe.Type, fe)
	}
	// Output:
	// invalid members[0].claims[0].admission: 2016-12-30 is outside the assessment year 2017
	// invalid members[0].claims[2].admission: 2018-01-02 is outside the assessment year 2017
	// duplicate members[0].claims[1].id: "c1" is also the id of claims[0]
}

// A key given twice is refused, never merged: the record is not read.
func ExampleUnmarshal_duplicateKeys() {
	h, err := household.Unmarshal([]byte(`{"id":"H-EX","township":"T",
		"members":[{"id":"m1","birth_date":"1958-04-02"}],
		"members":[{"id":"m1","birth_date":"1958-04-02","tekun":{"mode":"dispersed"}}]}`))
	fmt.Println(h)
	for _, fe := range policy.FieldErrors(err) {
		fmt.Println(fe.Type, fe.Path)
	}
	// Output:
	// <nil>
	// duplicate members
}

// A list over its limit is one error, and its elements are not checked;
// at most household.MaxErrors errors are reported, then a count of the
// rest.
func ExampleHousehold_Validate_limits() {
	h := &household.Household{ID: "H-EX", Township: "T",
		Members:   []household.Member{{ID: "m1", BirthDate: household.NewDate(1958, 4, 2)}},
		Hardships: make([]household.Hardship, 40_000),
	}
	fmt.Println(h.Validate())
	h.Hardships = nil
	h.Members = make([]household.Member, household.MaxMembers) // each without id or birth date
	h.Members[0].Relation = "boss"
	fes := policy.FieldErrors(h.Validate())
	fmt.Println(len(fes), fes[len(fes)-1])
	// Output:
	// hardships: 40000 elements is more than the limit of 20
	// 101 (record): and 1 more errors were found and not shown
}

// json.Unmarshal reads a record as Unmarshal does: a misspelt key is an
// error, never dropped, and so is a number for an amount.
func ExampleHousehold_UnmarshalJSON() {
	var h household.Household
	err := json.Unmarshal([]byte(`{"id":"H-EX","township":"尧渡镇","registred_poor":true,
		"members":[{"id":"m1","birth_date":"1958-04-02","incomes":[{"category":"wages","amount":4500}]}]}`), &h)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":"H-EX","township":"尧渡镇","registered_poor":true,
		"members":[{"id":"m1","birth_date":"1958-04-02","incomes":[{"category":"wages","amount":"4500.00"}]}]}`), &h)
	fmt.Println(err, h.ID, h.RegisteredPoor, h.Members[0].Incomes[0].Amount.StringFixed(2))
	// Output:
	// registred_poor: is not a known field (did you mean "registered_poor"?)
	// members[0].incomes[0].amount: 4500 is a JSON number: write an amount as a string of digits, e.g. "1280.50"
	// <nil> H-EX true 4500.00
}

// IDFault checks a text by the rule of a record's ids and place names, for
// a key that names one elsewhere: a tier keyed by a hardship level that
// looks like 一类 but ends in a zero-width space could never match a
// member's level.
func ExampleIDFault() {
	for _, s := range []string{"一类", "一类\u200b", " 尧渡镇"} {
		fmt.Printf("%q: %q\n", s, household.IDFault(s))
	}
	// Output:
	// "一类": ""
	// "一类\u200b": "has an invisible character U+200B at byte 6"
	// " 尧渡镇": "has a space at its start"
}
