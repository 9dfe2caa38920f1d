package household_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/samples"
)

// TestUnmarshalKeepsNoInput: the decoder reads strings, enums, dates and
// amounts where they lie in the input, but the record it returns holds
// copies: overwriting the input afterwards changes nothing in it.
func TestUnmarshalKeepsNoInput(t *testing.T) {
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		data := append([]byte(nil), raw...)
		h, err := household.Unmarshal(data)
		if err != nil {
			t.Fatal(err)
		}
		want, err := household.Unmarshal(raw)
		if err != nil {
			t.Fatal(err)
		}
		for i := range data {
			data[i] = 'x'
		}
		if diff := cmp.Diff(want, h); diff != "" {
			t.Errorf("%s: the record changed with its input (-want +got):\n%s", name, diff)
		}
	}
}
