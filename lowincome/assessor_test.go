package lowincome_test

import (
	"encoding/json"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

// TestPeriod is section 0 on the assessed period: each recurring line
// covers the months of Inputs.Period and pays its annual rate over them,
// rounded once (round(R × k / 12)); the zero Period is the whole year.
func TestPeriod(t *testing.T) {
	born2010 := household.NewDate(2010, 5, 1)
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		period policy.Period
		want   []pline
	}{
		{name: "whole year", clause: "0", desc: "零值期间即全年 / the zero Period is the whole year",
			h:      home("4500.00", classed(adult("a1", ""), household.ClassA), adult("a2", ""), adult("a3", "")),
			period: policy.Period{},
			want: []pline{{Item: lowincome.ItemBase, Annual: "6366.00", Period: "01–12", Month: "530.50"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "1086.60", Period: "01–12", Month: "90.55"}}},
		{name: "second half", clause: "0", desc: "7–12月：6366×6÷12=3183，月530.50 / July–December: 3183.00, 530.50 a month",
			h:      home("4500.00", classed(adult("a1", ""), household.ClassA), adult("a2", ""), adult("a3", "")),
			period: policy.Period{From: time.July, To: time.December},
			want: []pline{{Item: lowincome.ItemBase, Annual: "3183.00", Period: "07–12", Month: "530.50"},
				{Item: lowincome.ItemUpliftA, Member: "a1", Annual: "543.30", Period: "07–12", Month: "90.55"}}},
		{name: "five months rounded once", clause: "0", desc: "1–5月：3622×5÷12=1509.1666…→1509.17，只舍入一次 / January–May: 3622 × 5 ÷ 12 = 1509.1666… → 1509.17, rounded once",
			h:      home("", adults(1)...),
			period: policy.Period{From: time.January, To: time.May},
			want:   []pline{{Item: lowincome.ItemBase, Annual: "1509.17", Period: "01–05", Month: "301.83"}}},
		{name: "one month", clause: "0", desc: "单月：一次付清 / a single month pays it all",
			h:      home("", adults(1)...),
			period: policy.Month(time.December),
			want:   []pline{{Item: lowincome.ItemBase, Annual: "301.83", Period: "12–12", Month: "301.83"}}},
		{name: "children share one rounding over the period", clause: "2.2.3",
			desc: "两名儿童、6个月：2×250.005×6÷12=250.005→250.01 / two children over six months share 250.01",
			h: home("1000.02", adult("a1", ""), adult("a2", ""),
				kid("c1", born2010, household.ChildInDifficulty), kid("c2", born2010, household.ChildInDifficultHome)),
			period: policy.Period{From: time.July, To: time.December},
			want: []pline{{Item: lowincome.ItemBase, Annual: "6743.99", Period: "07–12", Month: "1124.00"},
				{Item: lowincome.ItemChild, Member: "c1", Annual: "125.01", Period: "07–12", Month: "20.84"},
				{Item: lowincome.ItemChild, Member: "c2", Annual: "125.00", Period: "07–12", Month: "20.83"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assessIn(t, tc.h, nil, lowincome.Inputs{Period: tc.period})
			if diff := cmp.Diff(tc.want, plinesOf(r)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestIncomes is 2.1.2–2.1.3: the breakdown of I, every entry of the
// members outside 特困 support with whether the parameters count it.
func TestIncomes(t *testing.T) {
	tekun := func(m household.Member) household.Member {
		m.Tekun = household.Tekun{Mode: household.TekunDispersed}
		return m
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		want   []lowincome.Counted
		income string
	}{
		{name: "counted and not", clause: "2.1.3", desc: "工资计入，残疾人补贴不计入 / wages counted, a disability subsidy not",
			h: func() *household.Household {
				h := home("4500.00", adults(2)...)
				h.Members[1].Incomes = []household.Income{{Category: household.DisabilityPay, Amount: d("800.00")},
					{Category: household.Agriculture, Amount: d("500.00")}}
				return h
			}(),
			want: []lowincome.Counted{
				{Member: "a1", Category: household.Wages, Amount: d("4500.00"), Counted: true},
				{Member: "a2", Category: household.DisabilityPay, Amount: d("800.00"), Counted: false},
				{Member: "a2", Category: household.Agriculture, Amount: d("500.00"), Counted: true},
			},
			income: "5000.00"},
		{name: "tekun member left out", clause: "0", desc: "特困成员的收入不列入 / a 特困 member's income is not listed",
			h: home("4500.00", adult("a1", ""), tekun(adult("a2", "9000.00"))),
			want: []lowincome.Counted{
				{Member: "a1", Category: household.Wages, Amount: d("4500.00"), Counted: true},
			},
			income: "4500.00"},
		{name: "tekun member from 2018 listed", clause: "0",
			desc: "2018-01起特困：2017年为普通成员，收入列入 / 特困 from January 2018: an ordinary member in 2017, his income listed",
			h: func() *household.Household {
				h := home("4500.00", adult("a1", ""), tekun(adult("a2", "9000.00")))
				h.Members[1].Tekun.Period = &household.MonthPeriod{From: household.NewYearMonth(2018, 1)}
				return h
			}(),
			want: []lowincome.Counted{
				{Member: "a1", Category: household.Wages, Amount: d("4500.00"), Counted: true},
				{Member: "a2", Category: household.Wages, Amount: d("9000.00"), Counted: true},
			},
			income: "13500.00"},
		{name: "no income", clause: "2.1.3", desc: "无收入 / no income", h: home("", adults(2)...), want: nil, income: "0.00"},
	}
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.h.Check(on)
			if err != nil {
				t.Fatal(err)
			}
			entries, err := as.Incomes(c, lowincome.Inputs{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, entries); diff != "" {
				t.Errorf("%s\nIncomes (-want +got):\n%s", tc.desc, diff)
			}
			r, err := as.Assess(c, lowincome.Inputs{})
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Income().StringFixed(2); got != tc.income {
				t.Errorf("%s\nI = %s, want %s", tc.desc, got, tc.income)
			}
		})
	}
	if got, err := as.Incomes(household.Checked{}, lowincome.Inputs{}); got != nil || !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("Incomes(zero Checked) = %v, %v; want nil and the error of the zero Checked", got, err)
	}
}

// TestEveryMemberIncome is 2.4.2: the 救急难 medical comparison reads every
// member's counted income, 特困 members included, counted by the same rules
// as I (which leaves them out, section 0).
func TestEveryMemberIncome(t *testing.T) {
	tekun := func(m household.Member) household.Member {
		m.Tekun = household.Tekun{Mode: household.TekunDispersed}
		return m
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		h      *household.Household
		income string // I
		every  string // EveryMemberIncome
	}{
		{
			name: "no tekun member", clause: "2.4.2",
			desc: "无特困成员：全员收入即 I = 4500.00 / no 特困 member: every member's income is I = 4500.00",
			h:    home("4500.00", adults(3)...), income: "4500.00", every: "4500.00",
		},
		{
			name: "tekun member's income counted", clause: "2.4.2",
			desc: "特困成员工资9000元：I = 4500.00，全员 4500 + 9000 = 13500.00 / a 特困 member with wages 9000.00: I = 4500.00, every member 13500.00",
			h:    home("4500.00", adult("a1", ""), tekun(adult("a2", "9000.00"))), income: "4500.00", every: "13500.00",
		},
		{
			name: "same counting rules", clause: "2.4.2",
			desc: "特困成员工资1000元、残疾人补贴800元（不计入）：全员 4500 + 1000 = 5500.00 / a 特困 member's disability subsidy is not counted: 5500.00",
			h: func() *household.Household {
				h := home("4500.00", adult("a1", ""), tekun(adult("a2", "1000.00")))
				h.Members[1].Incomes = append(h.Members[1].Incomes,
					household.Income{Category: household.DisabilityPay, Amount: d("800.00")})
				return h
			}(),
			income: "4500.00", every: "5500.00",
		},
		{
			name: "every member under tekun", clause: "2.4.2",
			desc: "全部成员为特困人员：I = 0.00，全员 3000.00 / every member under 特困 support: I = 0.00, every member 3000.00",
			h:    home("", tekun(adult("a1", "3000.00"))), income: "0.00", every: "3000.00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := assess(t, tc.h, nil)
			got := []string{r.Income().StringFixed(2), r.EveryMemberIncome().StringFixed(2),
				r.EveryMemberIncomeFen().Decimal().StringFixed(2)}
			if diff := cmp.Diff([]string{tc.income, tc.every, tc.every}, got); diff != "" {
				t.Errorf("%s\nI, every member, in fen (-want +got):\n%s", tc.desc, diff)
			}
		})
	}
}

// TestNew: New validates the parameters once and copies them, so later
// changes to the Params given, or to those Params() hands out, do not
// reach the Assessor.
func TestNew(t *testing.T) {
	p := lowincome.Default2017()
	as, err := lowincome.New(p)
	if err != nil {
		t.Fatal(err)
	}
	p.Standard.Value = d("1.00")
	p.Counted[household.DisabilityPay] = policy.New("lowincome.counted.disability-subsidy", true, policy.Local, "")
	got := as.Params()
	got.Counted[household.Wages] = policy.New("lowincome.counted.wages", false, policy.Local, "")
	h := home("4500.00", adults(3)...)
	h.Members[1].Incomes = []household.Income{{Category: household.DisabilityPay, Amount: d("800.00")}}
	c, err := h.Check(on)
	if err != nil {
		t.Fatal(err)
	}
	r, err := as.Assess(c, lowincome.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Line().StringFixed(2) != "10866.00" || r.Income().StringFixed(2) != "4500.00" {
		t.Errorf("changing the Params after New reached the Assessor: S×n %s, I %s", r.Line(), r.Income())
	}
	if !as.Params().Standard.Value.Equal(d("3622.00")) || !as.Params().Counted[household.Wages].Value {
		t.Error("Params() hands out the Assessor's own parameters")
	}
	if _, err := lowincome.New(nil); !errors.Is(err, policy.ErrInvalid) {
		t.Errorf("New(nil) = %v, want ErrInvalid", err)
	}
}

// TestConcurrent: one Assessor serves many goroutines (run under -race);
// every result is the one assessed alone.
func TestConcurrent(t *testing.T) {
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	households := []*household.Household{
		home("4500.00", classed(adult("a1", ""), household.ClassA), classed(adult("a2", ""), household.ClassB), adult("a3", "")),
		home("1000.02", adult("a1", ""), adult("a2", ""), kid("c1", household.NewDate(2010, 5, 1), household.ChildInDifficulty),
			kid("c2", household.NewDate(2011, 5, 1), household.ChildInDifficulty)),
		benchHousehold(),
		home("12000.00", adults(3)...),
	}
	var checked []household.Checked
	var want []string
	for _, h := range households {
		c, err := h.Check(on)
		if err != nil {
			t.Fatal(err)
		}
		checked = append(checked, c)
		r, err := as.Assess(c, lowincome.Inputs{})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, resultJSON(&r))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Go(func() {
			for i := range 50 {
				k := (g + i) % len(checked)
				r, err := as.Assess(checked[k], lowincome.Inputs{})
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := resultJSON(&r); got != want[k] {
					errs <- "household " + households[k].Members[0].ID + ": " + got
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("a concurrent result differs from the one assessed alone: %s", e)
	}
}

// TestResultImmutable: a result shares nothing mutable with another result
// or with the Assessor: editing what one result's accessors return, or
// its own slices, changes no other result.
func TestResultImmutable(t *testing.T) {
	as, err := lowincome.New(lowincome.Default2017())
	if err != nil {
		t.Fatal(err)
	}
	h := home("4500.00", classed(adult("a1", ""), household.ClassA), adult("a2", ""), adult("a3", ""))
	h.Current.LowIncome = true
	h.Current.Payments = []household.Payment{{Programme: policy.LowIncome, Item: lowincome.ItemBase, Monthly: d("500.00")}}
	c, err := h.Check(on)
	if err != nil {
		t.Fatal(err)
	}
	first, err := as.Assess(c, lowincome.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	want := resultJSON(&first)
	// Edit everything the first result hands out.
	for _, l := range first.Lines {
		l.Params()[0].Value = "0.00"
		l.Clauses()[0] = "9.9"
		l.Explanation().Args()[0] = policy.M("S", 1)
	}
	first.Decisions[0].Params()[0].Value = "0.00"
	first.Findings[0].Explanation().Args()[0] = policy.M("paid", 1)
	first.Assets().Clauses()[0] = "9.9"
	first.Lines[0] = first.Lines[1]
	first.Lines = append(first.Lines[:1], first.Lines...)
	second, err := as.Assess(c, lowincome.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, resultJSON(&second)); diff != "" {
		t.Errorf("editing one result changed the next (-want +got):\n%s", diff)
	}
	if u := as.Params().Standard.Used(); u.Value != "3622.00" {
		t.Errorf("editing a result reached the Assessor's parameters: %+v", u)
	}
}

// resultJSON writes a result's lines, decisions, findings and figures (it
// may run on any goroutine, so it reports a failure in what it returns).
func resultJSON(r *lowincome.Result) string {
	b, err := json.Marshal(struct {
		Lines     []policy.Line
		Decisions []policy.Decision
		Findings  []policy.Finding
		Assets    policy.Check
		N         int
		I, L      string
	}{r.Lines, r.Decisions, r.Findings, r.Assets(), r.Size(), r.Income().String(), r.Line().String()})
	if err != nil {
		return "marshal: " + err.Error()
	}
	return string(b)
}
