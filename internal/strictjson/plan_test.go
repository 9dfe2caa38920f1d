package strictjson

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// TestPlanConcurrentFirstUse: goroutines that decode a type for the first
// time at once all decode it right. A plan is published only when it is
// complete; before, a goroutine could find another's plan half made and
// decode every key as unknown. Each round makes a new type
// (reflect.StructOf), so the first use is a first use again under -count.
func TestPlanConcurrentFirstUse(t *testing.T) {
	inner := reflect.StructOf([]reflect.StructField{{Name: "Grade", Type: reflect.TypeFor[int](), Tag: `json:"grade"`}})
	for round := range 20 {
		typ := reflect.StructOf([]reflect.StructField{
			{Name: fmt.Sprintf("ID%d", round), Type: reflect.TypeFor[string](), Tag: `json:"id"`},
			{Name: "Members", Type: reflect.SliceOf(inner), Tag: `json:"members"`},
		})
		var wg sync.WaitGroup
		errs := make([]error, 16)
		start := make(chan struct{})
		for g := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				v := reflect.New(typ)
				errs[g] = Decode([]byte(`{"id":"h1","members":[{"grade":2}]}`), v.Interface())
				if errs[g] == nil && v.Elem().Field(1).Index(0).Field(0).Int() != 2 {
					errs[g] = fmt.Errorf("decoded %v", v.Elem())
				}
			}()
		}
		close(start)
		wg.Wait()
		for g, err := range errs {
			if err != nil {
				t.Fatalf("round %d, goroutine %d: %v", round, g, err)
			}
		}
	}
}

// TestNearAllocates: naming the field an unknown key meant allocates
// nothing, so that a record of many unknown keys costs no more to refuse
// than before it did (FuzzCost found 1,805 allocations for 505 bytes when
// it did).
func TestNearAllocates(t *testing.T) {
	type rec struct {
		Standard    string `json:"standard"`
		PovertyLine string `json:"poverty_line"`
	}
	p := planOf(reflect.TypeFor[rec]())
	if got := p.near([]byte("Standerd")); got != "standard" {
		t.Fatalf("near(Standerd) = %q, want standard", got)
	}
	if n := testing.AllocsPerRun(100, func() { p.near([]byte("poverty-lime")) }); n != 0 {
		t.Errorf("near allocates %v times, want 0", n)
	}
}

// TestSixtyFourFields: a struct of 64 fields, the most an object's set of
// fields given holds (one bit each in a uint64), decodes, its 64th field
// seen or missing as its first is; one of 65 is refused when its plan is
// made.
func TestSixtyFourFields(t *testing.T) {
	structOf := func(n int) reflect.Type {
		fs := make([]reflect.StructField, n)
		for i := range fs {
			fs[i] = reflect.StructField{Name: fmt.Sprintf("F%d", i), Type: reflect.TypeFor[string](),
				Tag: reflect.StructTag(fmt.Sprintf(`json:"f%d" required:"true"`, i))}
		}
		return reflect.StructOf(fs)
	}
	var all, but63 strings.Builder
	for i := range 64 {
		fmt.Fprintf(&all, `,"f%d":"v"`, i)
		if i != 63 {
			fmt.Fprintf(&but63, `,"f%d":"v"`, i)
		}
	}
	typ := structOf(64)
	v := reflect.New(typ)
	if err := Decode([]byte("{"+all.String()[1:]+"}"), v.Interface()); err != nil || v.Elem().Field(63).String() != "v" {
		t.Errorf("64 fields given: %v, the 64th %q; want no error and \"v\"", err, v.Elem().Field(63).String())
	}
	if err := Decode([]byte("{"+but63.String()[1:]+"}"), reflect.New(typ).Interface()); err == nil || err.Error() != "f63: is required" {
		t.Errorf("the 64th field missing: %v, want f63: is required", err)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "more than 64 fields") {
			t.Errorf("a struct of 65 fields: panic %v, want one saying more than 64 fields", r)
		}
	}()
	_ = Decode([]byte(`{}`), reflect.New(structOf(65)).Interface())
}
