package household_test

import (
	"testing"
	"time"

	"github.com/safetynet-go/safetynet/household"
)

// FuzzParseDate: ParseDate reads exactly what time.Parse(time.DateOnly)
// reads, to the same date — it only does so faster.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2017-09-01", "2016-02-29", "2017-02-29", "1900-02-29", "2000-02-29", "0000-02-29", "9999-12-31",
		"2017-04-31", "2017-13-01", "2017-00-10", "2017-01-00", "2017-1-01", "2017-01-1", "17-01-01",
		"+017-01-01", "2017-+1-01", "2017-01-+1", "2017/01/01", "2017-01-01 ", " 2017-01-01", "2017-01-01x",
		"２０１７-01-01", "", "2017-01-3a",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := household.ParseDate(s)
		want, werr := time.Parse(time.DateOnly, s)
		switch {
		case (err == nil) != (werr == nil):
			t.Fatalf("ParseDate(%q) error %v; time.Parse error %v", s, err, werr)
		case err == nil && got != household.NewDate(want.Year(), want.Month(), want.Day()):
			t.Fatalf("ParseDate(%q) = %v; time.Parse gives %v", s, got, want)
		}
		var d household.Date
		if uerr := d.UnmarshalText([]byte(s)); (uerr == nil) != (err == nil) || d != got {
			t.Fatalf("UnmarshalText(%q) = %v, %v; ParseDate gives %v, %v", s, d, uerr, got, err)
		}
	})
}
