package nilcheck_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/internal/nilcheck"
)

// Counter counts; testdata/counter declares it for Check.
type Counter struct{ n int }

// N returns the count.
func (c *Counter) N() int { return c.n }

// Add counts one; it panics on a nil receiver, as there is nowhere to count.
func (c *Counter) Add() { c.n++ }

func ExampleCheck() {
	except := nilcheck.Except(nil, "Counter", "there is nowhere to count", "Add")
	for _, p := range nilcheck.Check("testdata/counter", []any{(*Counter)(nil)}, except) {
		fmt.Println(p)
	}
	// Output:
	// (*nilcheck_test.Counter)(nil).N panics: runtime error: invalid memory address or nil pointer dereference
}

func ExampleExcept() {
	except := nilcheck.Except(nil, "Sum", "there is nowhere to add", "Add", "Merge")
	fmt.Println(except)
	// Output:
	// map[Sum.Add:there is nowhere to add Sum.Merge:there is nowhere to add]
}
