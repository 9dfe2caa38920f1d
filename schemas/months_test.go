package schemas_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// TestBreakdownSchemaMonthsInForce: a breakdown of a year some months of
// which have no parameter set in force (the 2018 set of the benefit
// package's test data, loaded from 1 July) carries the check
// benefit.months_in_force, and is valid under the breakdown schema, compact
// and indented.
func TestBreakdownSchemaMonthsInForce(t *testing.T) {
	s := compile(t, "breakdown")
	f, err := os.Open(filepath.Join("..", "benefit", "testdata", "set-2018.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := benefit.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	p.From = household.NewDate(2018, 7, 1)
	a, err := benefit.New(p)
	if err != nil {
		t.Fatal(err)
	}
	h, err := household.Unmarshal([]byte(`{"id":"M1","township":"示例镇","members":[
		{"id":"m1","birth_date":"1958-02-01","relation":"head"}],
		"hardships":[{"id":"e1","type":"fire","date":"2018-03-18","cost":"5000.00","other_aid":"1000.00"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	b, err := a.Assess(h, household.NewDate(2018, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	indented, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	for _, js := range [][]byte{b.AppendJSON(nil), indented} {
		if !strings.Contains(string(js), `"`+benefit.CheckMonthsInForce+`"`) {
			t.Fatalf("the breakdown does not carry the check %s:\n%s", benefit.CheckMonthsInForce, js)
		}
		if err := validate(s, js); err != nil {
			t.Errorf("%v\n%s", err, js)
		}
	}
}

// TestBreakdownSchemaCheckMonths: a breakdown of a year under two sets that
// check differently (the built-in 2017 set, and its values from July with
// the consumption C of 2.2.1 given) carries each set's check with its
// months, and is valid under the breakdown schema.
func TestBreakdownSchemaCheckMonths(t *testing.T) {
	s := compile(t, "breakdown")
	july := benefit.Default2017()
	july.From = household.NewDate(2017, 7, 1)
	july.Tekun.Consumption = policy.New("tekun.consumption", decimal.RequireFromString("8000.00"), policy.Local, "example")
	js := assessJSON(t, []*benefit.Params{benefit.Default2017(), july},
		`{"id":"K1","township":"示例镇","members":[{"id":"m1","birth_date":"1941-08-08","relation":"head"}]}`)
	if !strings.Contains(string(js), `"period":{"from":7,"to":12}`) {
		t.Fatalf("no check names months 7–12:\n%s", js)
	}
	if err := validate(s, js); err != nil {
		t.Errorf("%v\n%s", err, js)
	}
}

// TestBreakdownSchemaAssetsByPeriod: a breakdown whose year's asset tests
// differ (a car refused under January's limit of none, allowed under
// July's of one) is valid under the schema, its "assets_by_period"
// included.
func TestBreakdownSchemaAssetsByPeriod(t *testing.T) {
	s := compile(t, "breakdown")
	limits := func(from time.Month, vehicles int) *benefit.Params {
		p := benefit.Default2017()
		p.From = household.NewDate(2017, from, 1)
		p.LowIncome.Assets.Vehicles = policy.New("lowincome.assets.vehicles", vehicles, policy.Local, "example")
		return p
	}
	js := assessJSON(t, []*benefit.Params{limits(time.January, 0), limits(time.July, 1)},
		`{"id":"K2","township":"示例镇","assets":{"deposits":"0.00","vehicles":1,"extra_housing":0},
		"members":[{"id":"m1","birth_date":"1960-01-01","relation":"head"}]}`)
	if !strings.Contains(string(js), `"assets_by_period":[{"name":"lowincome.assets"`) {
		t.Fatalf("no assets_by_period:\n%s", js)
	}
	if err := validate(s, js); err != nil {
		t.Errorf("%v\n%s", err, js)
	}
	// A list of one is not what the library writes: the schema refuses it.
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	var tests []json.RawMessage
	if err := json.Unmarshal(doc["assets_by_period"], &tests); err != nil || len(tests) != 2 {
		t.Fatalf("assets_by_period: %v, %d tests", err, len(tests))
	}
	doc["assets_by_period"], _ = json.Marshal(tests[:1])
	one, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate(s, one); err == nil {
		t.Error("the schema accepts assets_by_period of one test")
	}
}

// assessJSON is the breakdown JSON of record, under sets, on 2017-09-01.
func assessJSON(t *testing.T, sets []*benefit.Params, record string) []byte {
	t.Helper()
	a, err := benefit.New(sets...)
	if err != nil {
		t.Fatal(err)
	}
	h, err := household.Unmarshal([]byte(record))
	if err != nil {
		t.Fatal(err)
	}
	b, err := a.Assess(h, household.NewDate(2017, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	return b.AppendJSON(nil)
}
