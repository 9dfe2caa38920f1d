package policy_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/safetynet-go/safetynet/policy"
)

// Shorten cuts a value for an error to 40 bytes, at a character boundary.
func ExampleShorten() {
	fmt.Println(policy.Shorten("m1"))
	fmt.Println(policy.Shorten(strings.Repeat("东至县", 5)))
	// Output:
	// m1
	// 东至县东至县东至县东至县东…
}

// Withheld stands for a bad value that is personal data, a member's name:
// the error says how long it is, never what it says.
func ExampleWithheld() {
	name := "示例甲\t"
	fe := policy.Path("members").Index(0).Field("name").Invalid(policy.Withheld(len(name)), "holds a control character")
	fmt.Println(fe)
	// Output:
	// members[0].name: (10 bytes, not quoted: personal data) holds a control character
}

// ErrorList turns any error into field errors for a service or a batch to
// write out: an error that holds none (a failed read, say) becomes one of
// type invalid with no path.
func ExampleErrorList() {
	err := errors.Join(
		policy.Path("members").Index(0).Field("id").Required("is required"),
		policy.Path("members").Index(2).Field("disability").Field("grade").Invalid("7", "is not 1–4"))
	for _, fe := range policy.ErrorList(err) {
		fmt.Printf("%s %q %q\n", fe.Type, fe.Path, fe.Detail)
	}
	for _, fe := range policy.ErrorList(errors.New("unexpected end of input")) {
		fmt.Printf("%s %q %q\n", fe.Type, fe.Path, fe.Detail)
	}
	// One field error, wrapped, is that field error.
	wrapped := fmt.Errorf("record H-1: %w", policy.Path("township").Required("is required"))
	for _, fe := range policy.ErrorList(wrapped) {
		fmt.Printf("%s %q %q\n", fe.Type, fe.Path, fe.Detail)
	}
	// Output:
	// required "members[0].id" "is required"
	// invalid "members[2].disability.grade" "is not 1–4"
	// invalid "" "unexpected end of input"
	// required "township" "is required"
}

// A field below the empty path is the field's name alone, so a parameter
// set's paths start at its first key.
func ExamplePath_Field() {
	var set policy.Path
	fmt.Println(set.Field("lowincome").Field("standard"))
	fmt.Println(set.Field("temporary").Field("multiple").Field("fire"))
	// Output:
	// lowincome.standard
	// temporary.multiple.fire
}

// A map's key stands in a path as it is, unless it holds a path's marks or
// a character that is not printable: then it is quoted, so that it never
// reads as another path.
func ExamplePath_Key() {
	tiers := policy.Path("disability").Field("living").Field("by_hardship")
	fmt.Println(tiers.Key("lowincome").Field("grade1"))
	fmt.Println(tiers.Key("一类").Field("grade1"))
	fmt.Println(tiers.Key("x.grade1").Field("grade1"))
	fmt.Println(tiers.Key("a\nb"))
	fmt.Println(tiers.Key(""))
	// Output:
	// disability.living.by_hardship.lowincome.grade1
	// disability.living.by_hardship.一类.grade1
	// disability.living.by_hardship."x.grade1".grade1
	// disability.living.by_hardship."a\nb"
	// disability.living.by_hardship.""
}

// The kinds of field error, each made at its path.
func ExamplePath_Required() {
	m := policy.Path("members")
	for _, fe := range []*policy.FieldError{
		m.Index(0).Field("birth_date").Required("is required"),
		m.Index(1).Field("relation").NotSupported(policy.Quote("cousin"), "is not a relation"),
		m.Index(2).Field("id").Duplicate(policy.Quote("m1"), "is also the id of members[0]"),
		policy.Path("claims").Index(0).Field("member").NotFound(policy.Quote("m9"), "is not the id of a member"),
		m.TooMany("51", "elements is more than the limit of 50"),
		m.Index(0).Field("id").TooLong(policy.Quote(strings.Repeat("x", 80)), "is longer than 64 bytes"),
	} {
		fmt.Println(fe.Type, fe)
	}
	// Output:
	// required members[0].birth_date: is required
	// not-supported members[1].relation: "cousin" is not a relation
	// duplicate members[2].id: "m1" is also the id of members[0]
	// not-found claims[0].member: "m9" is not the id of a member
	// too-many members: 51 elements is more than the limit of 50
	// too-long members[0].id: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" is longer than 64 bytes
}
