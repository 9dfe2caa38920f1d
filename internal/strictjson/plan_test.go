package strictjson

import (
	"fmt"
	"reflect"
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
