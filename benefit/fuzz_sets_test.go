package benefit_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// setsSeeds are households whose year a second or third set splits into
// runs that join again (policy.Assessment.AppendRun): 特困 support that
// starts or ends in the year, a lowincome_period, certificate periods,
// children in difficulty with and without income, claims and hardship
// events in several months, and payments recorded now that the audit
// compares with the joined lines.
var setsSeeds = []string{
	// no-income-children-across-sets (sets_test.go): I ÷ n = 0 shared by two children.
	`{"id":"S1","township":"示例镇","members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head"},
		{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty"},
		{"id":"c2","birth_date":"2011-05-01","relation":"child","child":"in-difficulty"}]}`,
	// The same with payments recorded now, one child under 特困 support from May.
	`{"id":"S2","township":"示例镇","current":{"lowincome":true,"payments":[
		{"programme":"lowincome","item":"base","monthly":"905.50"},
		{"programme":"lowincome","item":"child","member":"c1","monthly":"0.00"},
		{"programme":"lowincome","item":"child","member":"c2","monthly":"10.00"}]},"members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head"},
		{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty"},
		{"id":"c2","birth_date":"2011-05-01","relation":"child","child":"in-difficulty","tekun":{"mode":"dispersed","period":{"from":"2017-05"}}},
		{"id":"c3","birth_date":"2012-05-01","relation":"child","child":"in-difficulty"}]}`,
	// Children in difficulty with some income, 低保 from March.
	`{"id":"S3","township":"示例镇","lowincome_period":{"from":"2017-03","to":"2017-11"},"members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"wages","amount":"1000.00"}]},
		{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty"},
		{"id":"c2","birth_date":"2011-05-01","relation":"child","child":"in-difficulty"},
		{"id":"c3","birth_date":"2012-05-01","relation":"child","child":"in-difficult-family"}]}`,
	// uplift-and-subsidies-across-tekun-months (coverage_test.go).
	`{"id":"AJ1","township":"示例镇","current":{"lowincome":true,"payments":[
		{"programme":"lowincome","item":"base","monthly":"135.17"},
		{"programme":"lowincome","item":"uplift-b","member":"a","monthly":"60.00"}]},"members":[
		{"id":"a","birth_date":"1970-01-01","relation":"head","class":"B",
		 "disability":{"type":"physical","grade":2,"long_term_care":true},"incomes":[{"category":"wages","amount":"2000.00"}]},
		{"id":"b","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-04","to":"2017-10"}}}]}`,
	// subsidy-paid-its-regular-month (coverage_test.go).
	`{"id":"AJ2","township":"示例镇","current":{"lowincome":true,"payments":[
		{"programme":"lowincome","item":"base","monthly":"135.17"},
		{"programme":"disability","item":"living","member":"a","monthly":"33.33"}]},"members":[
		{"id":"a","birth_date":"1970-01-01","relation":"head","disability":{"type":"physical","grade":3},
		 "incomes":[{"category":"wages","amount":"2000.00"}]},
		{"id":"b","birth_date":"1940-01-01","relation":"parent","tekun":{"mode":"dispersed","period":{"from":"2017-11"}}}]}`,
	// lowincome-period-living-subsidy (coverage_test.go), with receipts recorded.
	`{"id":"C1","township":"示例镇","lowincome_period":{"from":"2017-07"},"current":{"lowincome":true,"payments":[
		{"programme":"lowincome","item":"base","monthly":"353.67"},
		{"programme":"disability","item":"living","member":"m1","monthly":"66.67"},
		{"programme":"disability","item":"nursing","member":"m1","monthly":"60.00"},
		{"programme":"disability","item":"nursing","member":"m2","monthly":"60.00"}]},"members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}],
		 "disability":{"type":"physical","grade":1,"long_term_care":true}},
		{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}]}]}`,
	// Certificates of parts of the year, a claim in March and one in August (coverage_test.go).
	`{"id":"C5","township":"示例镇","registered_poor":true,"lowincome_period":{"from":"2017-02","to":"2017-09"},"members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"2000.00"}],
		 "disability":{"type":"physical","grade":1,"long_term_care":true,"period":{"from":"2017-05"}}},
		{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1000.00"}],
		 "disability":{"type":"visual","grade":3,"period":{"from":"2016-01","to":"2017-08"}},
		 "claims":[
		{"id":"c1","admission":"2017-03-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"},
		{"id":"c2","admission":"2017-08-10","total_cost":"27000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]}]}`,
	// tekun-period-dispersed and the nursing home clipped (coverage_test.go), one household.
	`{"id":"C6","township":"示例镇","members":[
		{"id":"m1","birth_date":"1940-01-01","relation":"head","tekun":{"mode":"dispersed","period":{"from":"2017-03","to":"2017-08"}}},
		{"id":"m2","birth_date":"1938-01-01","relation":"spouse",
		 "tekun":{"mode":"centralized","home_id":"JLY-01","home_class":"2","self_care":"none","period":{"from":"2016-05","to":"2017-10"}},
		 "disability":{"type":"physical","grade":1,"long_term_care":true}}]}`,
	// tekun-starts-and-ends (coverage_test.go), with claims and fires in several months.
	`{"id":"TK2","township":"示例镇","members":[
		{"id":"a","birth_date":"1950-01-01","relation":"head","tekun":{"mode":"dispersed","period":{"from":"2017-03","to":"2017-07"}},
		 "claims":[{"id":"c1","admission":"2017-04-01","total_cost":"45000.00","compliant_cost":"40000.00","ncms":"15000.00"}]},
		{"id":"b","birth_date":"1952-01-01","relation":"spouse","tekun":{"mode":"dispersed","period":{"from":"2017-05"}},
		 "claims":[{"id":"c2","admission":"2017-09-01","total_cost":"45000.00","compliant_cost":"40000.00","ncms":"15000.00"}]},
		{"id":"c","birth_date":"1930-01-01","relation":"parent","tekun":{"mode":"dispersed"}}],
		"hardships":[{"id":"e1","type":"fire","date":"2017-03-18","cost":"5000.00","other_aid":"1000.00"},
		{"id":"e2","type":"medical","date":"2017-08-18","cost":"9000.00"}]}`,
	// raise-from-july-fires (sets_test.go).
	`{"id":"S5","township":"示例镇","members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head","class":"A","incomes":[{"category":"agriculture","amount":"3000.00"},{"category":"wages","amount":"1500.00"}]},
		{"id":"m2","birth_date":"1960-05-01","relation":"spouse"},
		{"id":"m3","birth_date":"1985-09-01","relation":"child"}],
		"hardships":[{"id":"e1","type":"fire","date":"2017-03-18","cost":"5000.00","other_aid":"1000.00"},
		{"id":"e2","type":"fire","date":"2017-08-18","cost":"5000.00","other_aid":"1000.00"}]}`,
	// raise-from-july-eligibility (sets_test.go), recorded as covered and paid.
	`{"id":"S6","township":"示例镇","current":{"lowincome":true,"payments":[{"programme":"lowincome","item":"base","monthly":"61.33"}]},"members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"8000.00"},{"category":"wages","amount":"3000.00"}]},
		{"id":"m2","birth_date":"1960-05-01","relation":"spouse"},
		{"id":"m3","birth_date":"1985-09-01","relation":"child"}]}`,
	// raise-from-july-unchanged-lines (sets_test.go).
	`{"id":"S3","township":"示例镇","registered_poor":true,"members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"12000.00"}],
		 "disability":{"type":"physical","grade":1,"long_term_care":true}},
		{"id":"m2","birth_date":"1960-05-01","relation":"spouse"},
		{"id":"m3","birth_date":"1985-09-01","relation":"child"},
		{"id":"m4","birth_date":"1935-01-01","relation":"parent","tekun":{"mode":"centralized","home_id":"JLY-01","home_class":"2"}}]}`,
}

// FuzzAssessSets: FuzzAssess under two or three parameter sets in one
// year (section 0), the built-in 2017 set and others from some month
// (configOf: the July set's values, the reform's, the 2017 values again),
// so that the year is assessed in runs whose lines are joined again
// (policy.Assessment.AppendRun), on a date in any month of 2017. Decoding
// and assessing never panic and fail only with policy.ErrInvalid; a
// breakdown holds breakdownProblem's invariants (amounts ≥ 0 with two
// places, each schedule summing to its line, totals the sum of the lines),
// its lines lie within the record's coverage (coverageProblem), the 低保
// and disability audit agrees with its lines (auditProblem), and its JSON
// reads back to an equal breakdown. Assessing does not change the record.
// Its seeds are each record of setsSeeds under a third of the
// configurations below, in turn (all of them with SAFETYNET_LONG).
func FuzzAssessSets(f *testing.F) {
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw, uint16(setsConfig{first: kindRaised, from1: time.July}.number()), uint8(time.September-1))
	}
	cfgs := []setsConfig{
		{first: kindRaised, from1: time.July},
		{first: kindSame, from1: time.July},
		{first: kindRaised, from1: time.July, second: kindSame, from2: time.October},
		{first: kindReform, from1: time.April, second: kindSame, from2: time.September},
		{first: kindRaised, from1: time.March, second: kindReform, from2: time.November},
		{first: kindReissued, from1: time.July},
		{first: kindConfirmed, from1: time.May, second: kindReissued, from2: time.August},
		{first: kindRaised, from1: time.June, second: kindReissued, from2: time.October},
		{first: kindIndividual, from1: time.July},
		{first: kindRaised, from1: time.July, second: kindReissued, from2: time.October, individual: true},
	}
	for i, s := range setsSeeds {
		if _, err := household.Unmarshal([]byte(s)); err != nil {
			f.Fatalf("setsSeeds[%d]: %v", i, err)
		}
		for k, c := range cfgs {
			if configOf(c.number()) != c {
				f.Fatalf("configOf(%d) = %s, want %s", c.number(), configOf(c.number()), c)
			}
			if !testrun.Long() && (i+k)%3 != 0 {
				continue // the short suite: each seed under a third of the configurations, in turn
			}
			// D on the 1st or the 15th of a month that moves with the seed.
			f.Add([]byte(s), uint16(c.number()), uint8((i+3*k)%12+12*14*(k%2)))
		}
	}
	as := newSetsAssessors(f)
	f.Fuzz(func(t *testing.T, data []byte, cfg uint16, month uint8) {
		c := configOf(int(cfg))
		a, err := as.of(c)
		if err != nil {
			t.Fatal(err)
		}
		date := household.NewDate(2017, time.Month(month%12+1), 1+int(month/12)%28)
		h, err := household.Unmarshal(data)
		if err != nil {
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("household.Unmarshal error %v does not wrap ErrInvalid", err)
			}
			return
		}
		b, err := a.Assess(h, date)
		if err != nil {
			if !errors.Is(err, policy.ErrInvalid) {
				t.Fatalf("%s on %s: Assess error %v does not wrap ErrInvalid", c, date, err)
			}
			return
		}
		if again, err := household.Unmarshal(data); err != nil || !cmp.Equal(again, h) {
			t.Fatalf("Assess changed the record (-before +after):\n%s", cmp.Diff(again, h))
		}
		for _, check := range []func() string{
			func() string { return breakdownProblem(b) },
			func() string { return coverageProblem(h, b) },
			func() string { return auditProblem(h, b) },
			func() string { return readBackProblem(b) },
		} {
			if msg := check(); msg != "" {
				t.Fatalf("%s on %s: %s", c, date, msg)
			}
		}
	})
}
