package samples_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/samples"
)

// TestSamplesDecode: every sample is a valid record on the sample date.
func TestSamplesDecode(t *testing.T) {
	hs, err := samples.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 7 {
		t.Fatalf("%d samples, want 7", len(hs))
	}
	for _, h := range hs {
		if err := h.ValidateOn(samples.Date()); err != nil {
			t.Errorf("%s: %v", h.ID, err)
		}
	}
}
