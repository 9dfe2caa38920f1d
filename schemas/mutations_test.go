package schemas_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/synthetic"
)

// TestHouseholdMutations: the household schema and household.Unmarshal
// agree, both ways, on every record one small change away from a sound
// one — each field of each sample and synthetic record left out, given as
// null, or (a string) given as "" — so that the schema's required fields,
// nullable fields and empty values are the decoder's exactly.
func TestHouseholdMutations(t *testing.T) {
	s := compile(t, "household")
	var records [][]byte
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, raw)
	}
	n := 20 // synthetic records; 100 with SAFETYNET_LONG=1, 3 under the race detector
	switch {
	case testrun.Long():
		n = 100
	case testrun.Race:
		n = 3
	}
	for _, h := range synthetic.New(synthetic.Config{Seed: 7, Households: n, Date: on}).All() {
		js, err := h.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, js)
	}
	tried := 0
	for _, raw := range records {
		var root any
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if err := dec.Decode(&root); err != nil {
			t.Fatal(err)
		}
		eachMutation(root, "", func(path string, mutated func() any) {
			js, err := json.Marshal(mutated())
			if err != nil {
				t.Fatal(err)
			}
			_, libErr := household.Unmarshal(js)
			schemaErr := validate(s, js)
			if (libErr == nil) != (schemaErr == nil) {
				t.Errorf("%s: the library says %v, the schema %v", path, libErr, schemaErr)
			}
			tried++
		})
	}
	t.Logf("%d mutations tried", tried)
}

// eachMutation calls f with each change at one place of root, in the same
// order every time (an object's members by key): each member of each
// object left out, set to null, or, for a string, set to "". The copy of
// root so changed is made when f calls mutated, so that a caller trying
// some of the changes pays for those only.
func eachMutation(root any, path string, f func(path string, mutated func() any)) {
	var walk func(node any, path string, replace func(any) any)
	walk = func(node any, path string, replace func(v any) any) {
		switch x := node.(type) {
		case map[string]any:
			for _, k := range slices.Sorted(maps.Keys(x)) {
				v := x[k]
				p := path + "." + k
				with := func(v2 any, deleted bool) any {
					c := make(map[string]any, len(x))
					for kk, vv := range x {
						c[kk] = vv
					}
					if deleted {
						delete(c, k)
					} else {
						c[k] = v2
					}
					return replace(c)
				}
				f(p+" left out", func() any { return with(nil, true) })
				f(p+" null", func() any { return with(nil, false) })
				if _, ok := v.(string); ok {
					f(p+` ""`, func() any { return with("", false) })
				}
				walk(v, p, func(v2 any) any { return with(v2, false) })
			}
		case []any:
			for i, v := range x {
				walk(v, fmt.Sprintf("%s[%d]", path, i), func(v2 any) any {
					c := append([]any(nil), x...)
					c[i] = v2
					return replace(c)
				})
			}
		}
	}
	walk(root, path, func(v any) any { return v })
}

// TestParamsMutations: the parameter set's schema and benefit.Unmarshal
// agree, both ways, on every set one small change away from a sound one:
// the built-in set written whole (no base) and the sets of the benefit
// package's test data (over the base), each field left out, null or "".
func TestParamsMutations(t *testing.T) {
	s := compile(t, "params")
	full, err := benefit.Default2017().Marshal()
	if err != nil {
		t.Fatal(err)
	}
	sets := [][]byte{full}
	names, _ := filepath.Glob(filepath.Join("..", "benefit", "testdata", "set-*.json"))
	for _, name := range names {
		js, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		sets = append(sets, js)
	}
	// Each mutation reads a whole set. A set written whole is large: every
	// tenth of its mutations is tried (every one with SAFETYNET_LONG=1,
	// every 25th under the race detector). A set over a base is small, and
	// holds what only such a set has (base, from): every one of its
	// mutations is tried.
	step := 10
	switch {
	case testrun.Long():
		step = 1
	case testrun.Race:
		step = 25
	}
	tried, seen := 0, 0
	for _, raw := range sets {
		var root any
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if err := dec.Decode(&root); err != nil {
			t.Fatal(err)
		}
		every := step
		if m, ok := root.(map[string]any); ok && m["base"] != nil {
			every = 1
		}
		eachMutation(root, "", func(path string, mutated func() any) {
			if seen++; seen%every != 0 {
				return
			}
			js, err := json.Marshal(mutated())
			if err != nil {
				t.Fatal(err)
			}
			_, libErr := benefit.Unmarshal(js)
			schemaErr := validate(s, js)
			// A floor compares two parameters (the 特困 standard with the
			// 低保 standard, say), which a schema cannot.
			if libErr != nil && schemaErr == nil && onlyFloors(libErr) {
				return
			}
			if (libErr == nil) != (schemaErr == nil) {
				t.Errorf("%s: the library says %v, the schema %v", path, libErr, schemaErr)
			}
			tried++
		})
	}
	t.Logf("%d mutations tried", tried)
}

// onlyFloors reports whether every error of err is an amount below a floor
// of the document.
func onlyFloors(err error) bool {
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	for _, e := range errs {
		if !errors.Is(e, benefit.ErrBelowFloor) {
			return false
		}
	}
	return len(errs) > 0
}
