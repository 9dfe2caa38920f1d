package household_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

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

// TestParseDateErrors: a date written wrong is said to be so; one written
// right that does not exist says which part does not.
func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		name, desc, in, want string
	}{
		{name: "slashes", desc: "格式不对 / written wrong", in: "2017/01/01",
			want: `"2017/01/01" is not a date YYYY-MM-DD`},
		{name: "29 February", desc: "平年无 2 月 29 日 / no 29 February in a common year", in: "2017-02-29",
			want: `"2017-02-29" is not a day of the calendar: February 2017 has days 01 to 28`},
		{name: "31 April", desc: "4 月无 31 日 / April has no 31st", in: "2017-04-31",
			want: `"2017-04-31" is not a day of the calendar: April 2017 has days 01 to 30`},
		{name: "day 0", desc: "日为 00 / day 00", in: "2017-01-00",
			want: `"2017-01-00" is not a day of the calendar: January 2017 has days 01 to 31`},
		{name: "month 13", desc: "无 13 月 / no month 13", in: "2017-13-01",
			want: `"2017-13-01" has no month 13: a date is YYYY-MM-DD`},
		{name: "month 0", desc: "无 00 月 / no month 00", in: "2017-00-10",
			want: `"2017-00-10" has no month 00: a date is YYYY-MM-DD`},
		{name: "32 December", desc: "12 月无 32 日：是日不存在，不是无此月 / December has no 32nd: the day does not exist, not the month", in: "2017-12-32",
			want: `"2017-12-32" is not a day of the calendar: December 2017 has days 01 to 31`},
		{name: "one slash", desc: "只有第二个分隔符写错 / only the second separator written wrong", in: "2017-01/01",
			want: `"2017-01/01" is not a date YYYY-MM-DD`},
		{name: "other slash", desc: "只有第一个分隔符写错 / only the first separator written wrong", in: "2017/01-01",
			want: `"2017/01-01" is not a date YYYY-MM-DD`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := household.ParseDate(tc.in)
			got := "<nil>"
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nParseDate(%q) error (-want +got):\n%s", tc.desc, tc.in, diff)
			}
		})
	}
}
