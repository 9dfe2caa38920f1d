package strictjson_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/internal/strictjson"
	"github.com/safetynet-go/safetynet/policy"
)

func ExampleDecode() {
	var income struct {
		Category string          `json:"category"`
		Amount   decimal.Decimal `json:"amount" required:"true"`
	}
	err := strictjson.Decode([]byte(`{"category":"wages","amount":"4500.00"}`), &income)
	fmt.Println(income.Category, income.Amount.StringFixed(2), err)
	// Output: wages 4500.00 <nil>
}

// Every failure is a field error with a type, the path and the bad value,
// shortened.
func ExampleDecode_errors() {
	var record struct {
		ID      string `json:"id" required:"true"`
		Incomes []struct {
			Amount decimal.Decimal `json:"amount" required:"true"`
		} `json:"incomes" max:"20"`
	}
	err := strictjson.Decode([]byte(`{"ID":"H1","incomes":[{"amount":"4500.00"},{"amount":"5."},{"amount":4500},{}]}`), &record)
	for _, fe := range policy.FieldErrors(err) {
		fmt.Printf("%s at %s: %s\n", fe.Type, fe.Path, fe)
	}
	// Output:
	// unknown-field at ID: ID: is not a known field (did you mean "id"?)
	// invalid at incomes[1].amount: incomes[1].amount: "5." is not an amount written as a string of digits with at most two decimal places, no sign and no leading zero (e.g. "1280.50")
	// invalid at incomes[2].amount: incomes[2].amount: 4500 is a JSON number: write an amount as a string of digits, e.g. "1280.50"
	// required at incomes[3].amount: incomes[3].amount: is required
	// required at id: id: is required
}

// A key given twice is refused wherever it is, and the copies are never
// merged.
func ExampleDecode_duplicateKeys() {
	var record struct {
		Members []struct {
			ID string `json:"id"`
		} `json:"members"`
	}
	err := strictjson.Decode([]byte(`{"members":[{"id":"m1"}],"members":[{"id":"m1","id":"m2"}]}`), &record)
	fmt.Println(err)
	// Output:
	// members: "members" is given twice in one object: a key may appear once
	// members[0].id: "id" is given twice in one object: a key may appear once
}

// A slice tagged max:"N" keeps N elements; beyond them one error counts
// them all.
func ExampleDecode_limits() {
	var record struct {
		IDs []string `json:"ids" max:"2"`
	}
	err := strictjson.Decode([]byte(`{"ids":["a","b","c","d"]}`), &record)
	fmt.Println(record.IDs, err)
	// Output: [a b] ids: 4 elements is more than the limit of 2
}

// A bad value is quoted short, however long it is.
func ExampleDecode_longValue() {
	var record struct {
		Amount decimal.Decimal `json:"amount"`
	}
	err := strictjson.Decode([]byte(`{"amount":"`+strings.Repeat("9", 1_000_000)+`"}`), &record)
	fmt.Println(err)
	// Output: amount: "9999999999999999999999999999999999999999…" has more than 15 digits
}
