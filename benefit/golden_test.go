package benefit_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/samples"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden assesses every sample household under the built-in set and
// compares the breakdown, as JSON and as text, with its golden file under
// testdata/. Each golden file was read by hand once against RULES.md's
// worked examples (see testdata/README.md); regenerate with -update and
// read the diff.
func TestGolden(t *testing.T) {
	a := assessor(t)
	for _, name := range samples.Names() {
		t.Run(name, func(t *testing.T) {
			h, err := samples.Household(name)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(h, samples.Date())
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			js, err := b.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			text := textOf(t, b)
			golden(t, filepath.Join("testdata", name+".json"), js)
			golden(t, filepath.Join("testdata", name+".txt"), []byte(text))

			// The same JSON back in gives an equal breakdown.
			var back benefit.Breakdown
			if err := json.Unmarshal(js, &back); err != nil {
				t.Fatalf("Unmarshal: %v", err)
			}
			if diff := cmp.Diff(b, &back, sameValues); diff != "" {
				t.Errorf("JSON round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./benefit -run TestGolden -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s is stale (-want +got):\n%s", path, diff)
	}
}
