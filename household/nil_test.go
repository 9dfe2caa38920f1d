package household_test

import (
	"testing"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/nilcheck"
)

// TestNilReceivers calls every pointer method of every exported struct type
// of package household on a nil receiver: each returns a zero result or an
// error, never a panic.
func TestNilReceivers(t *testing.T) {
	types := []any{
		(*household.Assets)(nil), (*household.Checked)(nil), (*household.Claim)(nil), (*household.Current)(nil),
		(*household.Date)(nil), (*household.Disability)(nil), (*household.Hardship)(nil),
		(*household.Household)(nil), (*household.Income)(nil), (*household.Member)(nil),
		(*household.MonthPeriod)(nil), (*household.Needs)(nil), (*household.Payment)(nil),
		(*household.Tekun)(nil), (*household.YearMonth)(nil),
	}
	for _, p := range nilcheck.Check(".", types, nil) {
		t.Error(p)
	}
}
