package sample_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/internal/sample"
)

// TestSamplesDecode: every sample is a valid record on the sample date.
func TestSamplesDecode(t *testing.T) {
	hs, err := sample.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 6 {
		t.Fatalf("%d samples, want 6", len(hs))
	}
	for _, h := range hs {
		if err := h.ValidateOn(sample.Date()); err != nil {
			t.Errorf("%s: %v", h.ID, err)
		}
	}
}
