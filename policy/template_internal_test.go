package policy

import (
	"strconv"
	"testing"
)

// TestWithsKept: however many records With is called with, a template
// keeps at most keptWiths of the templates it made — the latest, the
// latest first — so that neither its memory nor a lookup grows with a
// county's records.
func TestWithsKept(t *testing.T) {
	f := &Formula{ID: "test.with", ZH: "S", EN: "S"}
	lt := NewLineTemplate(Pay{Programme: LowIncome, Item: "base"}, f)
	dt := NewDecisionTemplate(Decide{Programme: LowIncome, Outcome: Eligible}, f)
	var last Used
	for i := range 3 * keptWiths {
		last = New("test.counted.r"+strconv.Itoa(i), false, Provisional, "test").Used()
		lt.With(last)
		dt.With(last)
	}
	for name, kept := range map[string]int{"line": len(*lt.with.last.Load()), "decision": len(*dt.with.last.Load())} {
		if kept != keptWiths {
			t.Errorf("%s template keeps %d templates, want %d", name, kept, keptWiths)
		}
	}
	if got := (*lt.with.last.Load())[0].pay.Params; len(got) != 1 || got[0] != last {
		t.Errorf("the first template kept rests on %v, want the latest records [%v]", got, last)
	}
}
