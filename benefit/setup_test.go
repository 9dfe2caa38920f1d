package benefit_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
)

// TestMain runs the tests with the collector at testrun.GCPercent: they
// make many short-lived records, breakdowns and inputs of up to 4 MiB.
func TestMain(m *testing.M) { testrun.Main(m) }

// on is the assessment date of the tables: a day in 2017, when the built-in
// set is in force.
var on = household.NewDate(2017, 9, 1)

// sameValues compares decimals by value, so 1.5 equals 1.50, and the
// library's result values (breakdowns, lines, decisions, findings, checks),
// whose fields are unexported, by the JSON they write, which holds all of
// them.
var sameValues = cmp.Options{
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	cmp.Comparer(func(a, b *benefit.Breakdown) bool { return sameJSON(a, b) }),
	cmp.Comparer(func(a, b policy.Line) bool { return sameJSON(a, b) }),
	cmp.Comparer(func(a, b policy.Decision) bool { return sameJSON(a, b) }),
	cmp.Comparer(func(a, b policy.Finding) bool { return sameJSON(a, b) }),
	cmp.Comparer(func(a, b policy.Check) bool { return sameJSON(a, b) }),
}

// textOf returns what w writes as text (a breakdown, a budget, a
// comparison, a change), failing t on an error.
func textOf(t testing.TB, w interface{ WriteText(io.Writer) error }) string {
	t.Helper()
	var s strings.Builder
	if err := w.WriteText(&s); err != nil {
		t.Fatal(err)
	}
	return s.String()
}

// sameJSON reports whether a and b marshal to the same JSON.
func sameJSON(a, b json.Marshaler) bool {
	x, errX := a.MarshalJSON()
	y, errY := b.MarshalJSON()
	return errX == nil && errY == nil && bytes.Equal(x, y)
}

// Two records of one adult able to work, which tests of several texts
// share: with I = 5000.00, above S = 3622.00 and 3912.00, paid nothing
// (2.1.2); and a 低保 recipient with I = 3000.00, paid 3622.00 − 3000.00 =
// 622.00 a year and the sponsorship of 180.00 (2.3.3).
const (
	oneAdultI5000     = `{"id":"N1","township":"镇甲","members":[{"id":"m1","birth_date":"1970-01-01","able_to_work":true,"incomes":[{"category":"wages","amount":"5000.00"}]}]}`
	oneRecipientI3000 = `{"id":"N2","township":"镇甲","current":{"lowincome":true},"members":[{"id":"m1","birth_date":"1970-01-01","able_to_work":true,"incomes":[{"category":"wages","amount":"3000.00"}]}]}`
)

// hh decodes a household record written as JSON in a table.
func hh(t testing.TB, js string) *household.Household {
	t.Helper()
	h, err := household.Unmarshal([]byte(js))
	if err != nil {
		t.Fatalf("test household: %v", err)
	}
	return h
}

// readBack returns b written as JSON and read back.
func readBack(t testing.TB, b *benefit.Breakdown) *benefit.Breakdown {
	t.Helper()
	back, _, err := roundTrip(b)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// readBackEdited reads back b's JSON after edit has changed its top-level
// keys.
func readBackEdited(t testing.TB, b *benefit.Breakdown, edit func(map[string]json.RawMessage)) *benefit.Breakdown {
	t.Helper()
	data, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	if data, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	var back benefit.Breakdown
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	return &back
}

// withZeroLine returns a copy of b with the zero policy.Line appended: a
// line naming no programme, payee or payer, which no Assessor makes.
func withZeroLine(b *benefit.Breakdown) *benefit.Breakdown {
	z := *b
	z.Lines = append(slices.Clone(b.Lines), policy.Line{})
	return &z
}

// byHand returns the Pay of a temporary-aid emergency line in cash to the
// household from the civil-affairs fund, and a formula of its amount alone,
// for a line a test adds by hand with the building methods of a
// breakdown's embedded policy.Assessment.
func byHand() (policy.Pay, *policy.Formula) {
	return policy.Pay{Programme: policy.Temporary, Item: "emergency", Payee: policy.PayHousehold,
			Payer: policy.CivilAffairsFund, Form: policy.Cash, Rounding: policy.DefaultRounding},
		&policy.Formula{ID: "test.by_hand", ZH: "{=}", EN: "{=}"}
}

// textSection returns the part of a text that starts at the line that
// begins with title and ends before the next blank line, or at the end,
// with its last newline; the test fails if no line begins with title.
func textSection(t *testing.T, text, title string) string {
	t.Helper()
	_, rest, ok := strings.Cut(text, "\n"+title)
	if !ok {
		t.Fatalf("the text has no line %q:\n%s", title, text)
	}
	section, _, _ := strings.Cut(title+rest, "\n\n")
	return strings.TrimSuffix(section, "\n") + "\n"
}

// roundTrip writes b as JSON and reads it back, returning the breakdown
// read and the JSON.
func roundTrip(b *benefit.Breakdown) (*benefit.Breakdown, []byte, error) {
	js, err := b.MarshalJSON()
	if err != nil {
		return nil, nil, fmt.Errorf("MarshalJSON: %w", err)
	}
	var back benefit.Breakdown
	if err := back.UnmarshalJSON(js); err != nil {
		return nil, js, fmt.Errorf("reading the breakdown's JSON back: %w", err)
	}
	return &back, js, nil
}

// testSet reads a test set of benefit/testdata.
func testSet(t testing.TB, file string) *benefit.Params {
	t.Helper()
	js, err := os.ReadFile("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := benefit.Unmarshal(js)
	if err != nil {
		t.Fatalf("Unmarshal(%s): %v", file, err)
	}
	return p
}

// assessor returns an Assessor for the built-in 2017 set.
func assessor(t testing.TB) *benefit.Assessor {
	t.Helper()
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		t.Fatalf("New(Default2017()): %v", err)
	}
	return a
}

// line is the part of a result line a table states: programme, item,
// member, payer and the annual amount as a two-place literal.
type line struct {
	Programme policy.Programme
	Item      policy.Item
	Member    string
	Payer     policy.Payer
	Annual    string
}

func linesOf(b *benefit.Breakdown) []line {
	out := make([]line, len(b.Lines))
	for i, l := range b.Lines {
		out[i] = line{l.Programme(), l.Item(), l.Member(), l.Payer(), l.Annual().StringFixed(2)}
	}
	return out
}

// fieldErr is a field error as the tables state it: its type and path.
type fieldErr struct {
	Type policy.ErrorType
	Path string
}

// fieldErrs lists the type and path of every field error of err, nil for
// none.
func fieldErrs(err error) []fieldErr { return typedPaths(policy.FieldErrors(err)) }

func typedPaths(fes []*policy.FieldError) []fieldErr {
	var out []fieldErr
	for _, fe := range fes {
		out = append(out, fieldErr{fe.Type, fe.Path})
	}
	return out
}
