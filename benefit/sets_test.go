package benefit_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// julySet is a county's second 2017 set, in force from 2017-07-01: the 低保
// standard raised to 3912.00 and the dispersed 特困 standard with it (2.2.1
// holds it to the 低保 standard), as testdata/set-2018.json does for 2018.
func julySet(t testing.TB) *benefit.Params {
	t.Helper()
	return testSet(t, "set-2017-07.json")
}

// setsNamed returns the parameter sets a table names: "2017" is the
// built-in set, "2017-07" the July set, "2017-07-s-only" the July set
// written with S alone, "2017-s3912" the built-in set with S = 3912.00,
// "2017-07-confirmed" and "2017-04-dispersed-confirmed" the 2017 values
// from July and April with a value the county confirms. SPEC.md's "How to
// read a case" names each: a name added here is added there.
func setsNamed(t testing.TB, names []string) []*benefit.Params {
	t.Helper()
	var ps []*benefit.Params
	for _, n := range names {
		switch n {
		case "2017":
			ps = append(ps, benefit.Default2017())
		case "2017-07":
			ps = append(ps, julySet(t))
		case "2017-07-s-only": // the July set naming S alone: the dispersed standard, derived, follows it
			p, err := benefit.Unmarshal([]byte(`{"year": 2017, "base": 2017, "from": "2017-07-01",
				"lowincome": {"standard": {"value": "3912.00", "provenance": "local", "source": "县 2017 年 7 月起（示例）/ county from July 2017 (example)"}}}`))
			if err != nil {
				t.Fatal(err)
			}
			ps = append(ps, p)
		case "2017-s3912": // the 2017 set with S = 3912.00 from 1 January (the dispersed standard, derived, follows it)
			p := benefit.Default2017()
			p.Name = "S 3912.00 from January"
			p.LowIncome.Standard.Value = decimal.RequireFromString("3912.00")
			ps = append(ps, p)
		case "2017-07-confirmed": // the 2017 values from July, the scholarship rule confirmed by the county
			p := benefit.Default2017()
			p.From = household.NewDate(2017, 7, 1)
			p.LowIncome.Counted[household.Scholarship] = policy.New("lowincome.counted.scholarship", false, policy.Local,
				"县民政局确认奖学金不计入收入（示例）/ the county confirms scholarships are not income (example)")
			ps = append(ps, p)
		case "2017-04-dispersed-confirmed": // the 2017 values from April, the dispersed standard confirmed by the county
			p := benefit.Default2017()
			p.From = household.NewDate(2017, 4, 1)
			p.Tekun.Dispersed = policy.New("tekun.dispersed", p.Tekun.Dispersed.Value, policy.Local,
				"县民政局确认分散供养标准（示例）/ the county confirms the dispersed standard (example)")
			ps = append(ps, p)
		default:
			t.Fatalf("no test set %q", n)
		}
	}
	return ps
}

// assessorOf returns an Assessor for the sets a table names.
func assessorOf(t testing.TB, names []string) *benefit.Assessor {
	t.Helper()
	a, err := benefit.New(setsNamed(t, names)...)
	if err != nil {
		t.Fatalf("New(%v): %v", names, err)
	}
	return a
}

// pline is a result line as the tables of the months state it: programme,
// item, member, claim or event id, payer, its months ("01–06") and its
// amount as a two-place literal.
type pline struct {
	Programme policy.Programme
	Item      policy.Item
	Member    string
	ID        string
	Payer     policy.Payer
	Months    string
	Annual    string
}

func plinesOf(b *benefit.Breakdown) []pline {
	out := make([]pline, len(b.Lines))
	for i, l := range b.Lines {
		out[i] = pline{l.Programme(), l.Item(), l.Member(), l.ID(), l.Payer(), l.Period().String(), l.Annual().StringFixed(2)}
	}
	return out
}

// plinesOfProgramme lists the lines of programme p, nil for none.
func plinesOfProgramme(b *benefit.Breakdown, p policy.Programme) []pline {
	var out []pline
	for _, l := range plinesOf(b) {
		if l.Programme == p {
			out = append(out, l)
		}
	}
	return out
}

// pdecision is a decision with the months it holds for.
type pdecision struct {
	Programme policy.Programme
	Item      policy.Item
	Member    string
	Outcome   policy.Outcome
	Months    string
}

// pdecisionsOf lists the decisions of the programmes given.
func pdecisionsOf(b *benefit.Breakdown, progs ...policy.Programme) []pdecision {
	var out []pdecision
	for _, d := range b.Decisions {
		for _, p := range progs {
			if d.Programme() == p {
				out = append(out, pdecision{d.Programme(), d.Item(), d.Member(), d.Outcome(), d.Period().String()})
			}
		}
	}
	return out
}

// setStarts lists the day each set a breakdown used came into force.
func setStarts(b *benefit.Breakdown) []string {
	var out []string
	for _, s := range b.Sets() {
		out = append(out, s.From.String())
	}
	return out
}

// TestSetsInForce is the table of parameter sets in force from a date
// (section 0): the built-in 2017 set and a second set from 2017-07-01 with
// S = 3912.00 (benefit/testdata/set-2017-07.json). Each month uses the set in force
// on its first day; each run of months is assessed under its own parameters
// (eligibility included); a recurring line splits only where a parameter it
// reads changes; a lump sum uses the set of its own month, after D's too, and
// the contribution D's month (2017-09). Every case is assessed as of
// 2017-09-01.
func TestSetsInForce(t *testing.T) {
	const (
		civil   = policy.CivilAffairsFund
		medFund = policy.MedicalAidFund
		county  = policy.CountyFinance
	)
	three := func(incomes string, more string) string {
		return `{"id":"S1","township":"示例镇"` + more + `,"members":[
			{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[` + incomes + `]},
			{"id":"m2","birth_date":"1960-05-01","relation":"spouse"},
			{"id":"m3","birth_date":"1985-09-01","relation":"child"}]}`
	}
	fires := `,"hardships":[{"id":"e1","type":"fire","date":"2017-03-18","cost":"5000.00","other_aid":"1000.00"},
		{"id":"e2","type":"fire","date":"2017-08-18","cost":"5000.00","other_aid":"1000.00"}]`
	tests := []struct {
		name      string
		clauses   []policy.Clause
		desc      string
		sets      []string // the sets loaded: "2017" built in, "2017-07" from July
		h         string
		want      []pline
		decisions []pdecision // of 低保 and medical aid; nil: not stated
		used      []string    // the starts of the sets the breakdown names
	}{
		{
			name:    "raise-from-july-base",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			desc: "7 月起 S = 3912.00：3 人户 I = 4500.00，1–6 月 (3622.00 × 3 − 4500.00) × 6 ÷ 12 = 6366.00 × 6 ÷ 12 = 3183.00，" +
				"7–12 月 (3912.00 × 3 − 4500.00) × 6 ÷ 12 = 7236.00 × 6 ÷ 12 = 3618.00；资助参保 3 × 180.00 在评估日所在的 9 月 / " +
				"S = 3912.00 from July: a household of 3 with I = 4500.00 gets 6366.00 × 6 ÷ 12 = 3183.00 for January–June and " +
				"(3912.00 × 3 − 4500.00) × 6 ÷ 12 = 7236.00 × 6 ÷ 12 = 3618.00 for July–December; the contribution 3 × 180.00 in D's month, September",
			sets: []string{"2017", "2017-07"},
			h:    three(`{"category":"agriculture","amount":"3000.00"},{"category":"wages","amount":"1500.00"}`, ""),
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–06", Annual: "3183.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "3618.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			decisions: []pdecision{
				{Programme: policy.LowIncome, Outcome: policy.Eligible, Months: "01–06"},
				{Programme: policy.LowIncome, Outcome: policy.Eligible, Months: "07–12"},
				{Programme: policy.Medical, Member: "m1", Outcome: policy.Eligible, Months: "01–12"},
				{Programme: policy.Medical, Member: "m2", Outcome: policy.Eligible, Months: "01–12"},
				{Programme: policy.Medical, Member: "m3", Outcome: policy.Eligible, Months: "01–12"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "raise-from-july-eligibility",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "每段按其参数认定资格：3 人户 I = 11000.00，1–6 月 11000.00 ≥ 3622.00 × 3 = 10866.00 不符合，" +
				"7–12 月 11000.00 < 3912.00 × 3 = 11736.00 符合，(11736.00 − 11000.00) × 6 ÷ 12 = 736.00 × 6 ÷ 12 = 368.00；" +
				"两项低保决定各注明月份；医疗救助 1–6 月非救助对象、7–12 月为低保重点对象，评估月资助参保 3 × 180.00 / " +
				"each period under its own parameters, eligibility included: a household of 3 with I = 11000.00 is refused for January–June " +
				"(11000.00 ≥ 10866.00) and covered for July–December (11736.00 − 11000.00 = 736.00 × 6 ÷ 12 = 368.00), two 低保 decisions " +
				"naming their months; for medical aid the members are in no group in January–June and key recipients from July, sponsored in September",
			sets: []string{"2017", "2017-07"},
			h:    three(`{"category":"agriculture","amount":"8000.00"},{"category":"wages","amount":"3000.00"}`, ""),
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "368.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			decisions: []pdecision{
				{Programme: policy.LowIncome, Outcome: policy.Ineligible, Months: "01–06"},
				{Programme: policy.LowIncome, Outcome: policy.Eligible, Months: "07–12"},
				{Programme: policy.Medical, Member: "m1", Outcome: policy.Ineligible, Months: "01–06"},
				{Programme: policy.Medical, Member: "m2", Outcome: policy.Ineligible, Months: "01–06"},
				{Programme: policy.Medical, Member: "m3", Outcome: policy.Ineligible, Months: "01–06"},
				{Programme: policy.Medical, Member: "m1", Outcome: policy.Eligible, Months: "07–12"},
				{Programme: policy.Medical, Member: "m2", Outcome: policy.Eligible, Months: "07–12"},
				{Programme: policy.Medical, Member: "m3", Outcome: policy.Eligible, Months: "07–12"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "raise-from-july-unchanged-lines",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseDisability, policy.ClauseNursingHome},
			desc: "不读变动参数的行全年一行：建档立卡户 I = 12000.00 两段均高于低保线（10866.00、11736.00）；一级肢体残疾需长期照护成员 " +
				"生活补贴 800.00（建档立卡）、护理补贴 60.00 × 12 = 720.00，二类敬老院集中供养成员定额 6000.00，均为 1–12 月一行；" +
				"资助参保：建档立卡 3 × 180.00 由县财政代缴，特困 180.00 由医疗救助资金代缴 / " +
				"lines that read no changed parameter stay one line over the year: a registered-poor household with I = 12000.00, above " +
				"the line in both periods (10866.00, 11736.00); the living subsidy 800.00, the nursing subsidy 60.00 × 12 = 720.00 and the " +
				"class-2 quota 6000.00 are each one line for months 1–12; sponsorship 3 × 180.00 by county finance, 180.00 for the 特困 member",
			sets: []string{"2017", "2017-07"},
			h: `{"id":"S3","township":"示例镇","registered_poor":true,"members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"12000.00"}],
				 "disability":{"type":"physical","grade":1,"long_term_care":true}},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse"},
				{"id":"m3","birth_date":"1985-09-01","relation":"child"},
				{"id":"m4","birth_date":"1935-01-01","relation":"parent","tekun":{"mode":"centralized","home_id":"JLY-01","home_class":"2"}}]}`,
			want: []pline{
				{Programme: policy.Tekun, Item: "quota", Member: "m4", Payer: civil, Months: "01–12", Annual: "6000.00"},
				{Programme: policy.Disability, Item: "living", Member: "m1", Payer: civil, Months: "01–12", Annual: "800.00"},
				{Programme: policy.Disability, Item: "nursing", Member: "m1", Payer: civil, Months: "01–12", Annual: "720.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: county, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: county, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: county, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m4", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "raise-from-july-dispersed",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseTekunStandard},
			desc: "分散供养标准随之提高：1–6 月 3622.00 × 6 ÷ 12 = 1811.00，7–12 月 3912.00 × 6 ÷ 12 = 1956.00 / " +
				"the dispersed standard rises with S: 3622.00 × 6 ÷ 12 = 1811.00 for January–June, 3912.00 × 6 ÷ 12 = 1956.00 for July–December",
			sets: []string{"2017", "2017-07"},
			h: `{"id":"S4","township":"示例镇","members":[
				{"id":"m1","birth_date":"1941-08-08","relation":"head","tekun":{"mode":"dispersed"}}]}`,
			want: []pline{
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: civil, Months: "01–06", Annual: "1811.00"},
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: civil, Months: "07–12", Annual: "1956.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "raise-from-july-stay",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseNursingHome},
			desc: "9 月起入住二类敬老院，7 月起分散标准 3912.00：1–6 月 3622.00 × 6 ÷ 12 = 1811.00、7–8 月 3912.00 × 2 ÷ 12 = 652.00 付本人，" +
				"9–12 月定额 6000.00 × 4 ÷ 12 = 2000.00 付敬老院 / in a class-2 home from September, the dispersed standard 3912.00 from July: " +
				"1811.00 for January–June and 652.00 for July–August to the person, 2000.00 for September–December to the home",
			sets: []string{"2017", "2017-07"},
			h: `{"id":"S5","township":"示例镇","members":[
				{"id":"m1","birth_date":"1941-08-08","relation":"head","tekun":{"mode":"centralized","home_id":"JLY-01","home_class":"2","stay":{"from":"2017-09"}}}]}`,
			want: []pline{
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: civil, Months: "01–06", Annual: "1811.00"},
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: civil, Months: "07–08", Annual: "652.00"},
				{Programme: policy.Tekun, Item: "quota", Member: "m1", Payer: civil, Months: "09–12", Annual: "2000.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "raise-from-july-stay-across",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseNursingHome},
			desc: "4 月起入住二类敬老院：1–3 月分散供养 3622.00 × 3 ÷ 12 = 905.50；定额不读变动参数，4–12 月一行 6000.00 × 9 ÷ 12 = 4500.00 / " +
				"in a class-2 home from April: 905.50 dispersed for January–March; the quota reads no changed parameter and is one line " +
				"for April–December, 4500.00",
			sets: []string{"2017", "2017-07"},
			h: `{"id":"S6","township":"示例镇","members":[
				{"id":"m1","birth_date":"1941-08-08","relation":"head","tekun":{"mode":"centralized","home_id":"JLY-01","home_class":"2","stay":{"from":"2017-04"}}}]}`,
			want: []pline{
				{Programme: policy.Tekun, Item: "dispersed", Member: "m1", Payer: civil, Months: "01–03", Annual: "905.50"},
				{Programme: policy.Tekun, Item: "quota", Member: "m1", Payer: civil, Months: "04–12", Annual: "4500.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "raise-from-july-fires",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseTemporary},
			desc: "一次性救助用其所在月的参数：3 月火灾上限 10 × 3622.00 ÷ 12 = 3018.33，8 月火灾上限 10 × 3912.00 ÷ 12 = 3260.00；" +
				"差额均为 5000.00 − 1000.00 = 4000.00，按上限发放并提交一事一议 / " +
				"a lump sum uses the set of its own month: a fire in March has the maximum 10 × 3622.00 ÷ 12 = 3018.33, one in August " +
				"10 × 3912.00 ÷ 12 = 3260.00; each shortfall 5000.00 − 1000.00 = 4000.00 is paid at the maximum and flagged for the joint meeting",
			sets: []string{"2017", "2017-07"},
			h:    three(`{"category":"agriculture","amount":"3000.00"},{"category":"wages","amount":"1500.00"}`, fires),
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–06", Annual: "3183.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "3618.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Temporary, Item: "emergency", ID: "e1", Payer: civil, Months: "03–03", Annual: "3018.33"},
				{Programme: policy.Temporary, Item: "emergency", ID: "e2", Payer: civil, Months: "08–08", Annual: "3260.00"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "raise-s-only-from-july",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest, policy.ClauseTekunStandard},
			desc: "7 月起的参数集只写 S = 3912.00：分散供养标准为派生值（不低于低保标准），随之为 3912.00；" +
				"3 人户 I = 11000.00 1–6 月不符合（11000.00 ≥ 10866.00），7–12 月 (11736.00 − 11000.00) × 6 ÷ 12 = 368.00；" +
				"分散供养成员 1–6 月 3622.00 × 6 ÷ 12 = 1811.00，7–12 月 3912.00 × 6 ÷ 12 = 1956.00 / " +
				"a set from July that names S = 3912.00 alone: the dispersed standard, derived (not below S), follows it to 3912.00; " +
				"the household of 3 with I = 11000.00 is refused for January–June and paid (11736.00 − 11000.00) × 6 ÷ 12 = 368.00 " +
				"for July–December; the dispersed 特困 member 3622.00 × 6 ÷ 12 = 1811.00, then 3912.00 × 6 ÷ 12 = 1956.00",
			sets: []string{"2017", "2017-07-s-only"},
			h: `{"id":"S4","township":"示例镇","members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"8000.00"},{"category":"wages","amount":"3000.00"}]},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse"},
				{"id":"m3","birth_date":"1985-09-01","relation":"child"},
				{"id":"m4","birth_date":"1935-01-01","relation":"parent","tekun":{"mode":"dispersed"}}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "368.00"},
				{Programme: policy.Tekun, Item: "dispersed", Member: "m4", Payer: civil, Months: "01–06", Annual: "1811.00"},
				{Programme: policy.Tekun, Item: "dispersed", Member: "m4", Payer: civil, Months: "07–12", Annual: "1956.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m4", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "lump-sums-after-d",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseInpatient, policy.ClauseTemporary},
			desc: "评估日（9 月 1 日）后的住院与事件属本年应得，按其所在月的参数评估：10 月住院 R = 25000.00 − 15000.00 − 2000.00 = 8000.00，" +
				"低保对象 70% × 8000.00 = 5600.00；11 月火灾差额 5000.00 − 1000.00 = 4000.00，上限 10 × 3912.00 ÷ 12 = 3260.00，按上限发放 / " +
				"a claim and an event after D (1 September) belong to the year's entitlement, each under the set of its month: an October " +
				"admission with R = 25000.00 − 15000.00 − 2000.00 = 8000.00 is aided 70% × 8000.00 = 5600.00 for a 低保 member; a November " +
				"fire's shortfall 5000.00 − 1000.00 = 4000.00 is paid at the maximum 10 × 3912.00 ÷ 12 = 3260.00",
			sets: []string{"2017", "2017-07"},
			h: `{"id":"S1","township":"示例镇","members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"3000.00"},{"category":"wages","amount":"1500.00"}],
				 "claims":[{"id":"c1","admission":"2017-10-10","total_cost":"25000.00","compliant_cost":"25000.00","ncms":"15000.00","critical_illness":"2000.00"}]},
				{"id":"m2","birth_date":"1960-05-01","relation":"spouse"},
				{"id":"m3","birth_date":"1985-09-01","relation":"child"}],
				"hardships":[{"id":"e1","type":"fire","date":"2017-11-18","cost":"5000.00","other_aid":"1000.00"}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–06", Annual: "3183.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "3618.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "inpatient", Member: "m1", ID: "c1", Payer: medFund, Months: "10–10", Annual: "5600.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Temporary, Item: "emergency", ID: "e1", Payer: civil, Months: "11–11", Annual: "3260.00"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "rule-confirmed-from-july",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseMeansTest},
			desc: "7 月起县里确认奖学金不计入收入（来源与性质变、取值不变）：读 I 的补差仍为全年一行 6366.00，低保决定一项 / " +
				"the county confirms from July that a scholarship is not income (its provenance changes, its value does not): " +
				"the base, which reads I, stays one line of 6366.00 over the year, and the 低保 decision one",
			sets: []string{"2017", "2017-07-confirmed"},
			h:    three(`{"category":"wages","amount":"4500.00"},{"category":"scholarship","amount":"1000.00"}`, ""),
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–12", Annual: "6366.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			decisions: []pdecision{
				{Programme: policy.LowIncome, Outcome: policy.Eligible, Months: "01–12"},
				{Programme: policy.Medical, Member: "m1", Outcome: policy.Eligible, Months: "01–12"},
				{Programme: policy.Medical, Member: "m2", Outcome: policy.Eligible, Months: "01–12"},
				{Programme: policy.Medical, Member: "m3", Outcome: policy.Eligible, Months: "01–12"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
		{
			name:    "set-from-july-alone",
			clauses: []policy.Clause{policy.ClauseConventions},
			desc: "只载入 7 月起的参数集：该年此前无参数集，1–6 月不评估（3 月的火灾也不评估），7–12 月 7236.00 × 6 ÷ 12 = 3618.00 / " +
				"only the set from July loaded: with no earlier set that year, January–June is not assessed (nor the fire of March); " +
				"July–December 7236.00 × 6 ÷ 12 = 3618.00",
			sets: []string{"2017-07"},
			h: three(`{"category":"agriculture","amount":"3000.00"},{"category":"wages","amount":"1500.00"}`,
				`,"hardships":[{"id":"e1","type":"fire","date":"2017-03-18","cost":"5000.00","other_aid":"1000.00"}]`),
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "07–12", Annual: "3618.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m2", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m3", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			decisions: []pdecision{
				{Programme: policy.LowIncome, Outcome: policy.Eligible, Months: "07–12"},
				{Programme: policy.Medical, Member: "m1", Outcome: policy.Eligible, Months: "07–12"},
				{Programme: policy.Medical, Member: "m2", Outcome: policy.Eligible, Months: "07–12"},
				{Programme: policy.Medical, Member: "m3", Outcome: policy.Eligible, Months: "07–12"},
			},
			used: []string{"2017-07-01"},
		},
		{
			name:    "no-income-children-across-sets",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseChildren},
			desc: "7 月起参数值不变的第二个参数集：无收入的 3 人户（两名困境儿童），补差 3622.00 × 3 − 0.00 = 10866.00；" +
				"两名儿童分享 I ÷ n = 0 的一次取整，各 0.00，两段各合为全年一条线（不因无零头可分而出错）/ " +
				"a second set from July with the same values: a household of 3 with no income (two children in difficulty) gets " +
				"3622.00 × 3 − 0.00 = 10866.00; the two children share the rounding of I ÷ n = 0, 0.00 each, each joined into one line " +
				"for the year (no failure for want of a unit to hand out)",
			sets: []string{"2017", "2017-07-confirmed"},
			h: `{"id":"S1","township":"示例镇","members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head"},
				{"id":"c1","birth_date":"2010-05-01","relation":"child","child":"in-difficulty"},
				{"id":"c2","birth_date":"2011-05-01","relation":"child","child":"in-difficulty"}]}`,
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: civil, Months: "01–12", Annual: "10866.00"},
				{Programme: policy.LowIncome, Item: "child", Member: "c1", Payer: civil, Months: "01–12", Annual: "0.00"},
				{Programme: policy.LowIncome, Item: "child", Member: "c2", Payer: civil, Months: "01–12", Annual: "0.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "c1", Payer: medFund, Months: "09–09", Annual: "180.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "c2", Payer: medFund, Months: "09–09", Annual: "180.00"},
			},
			used: []string{"2017-01-01", "2017-07-01"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := assessorOf(t, tc.sets)
			b, err := a.Assess(hh(t, tc.h), on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			if diff := cmp.Diff(tc.want, plinesOf(b)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if tc.decisions != nil {
				if diff := cmp.Diff(tc.decisions, pdecisionsOf(b, policy.LowIncome, policy.Medical)); diff != "" {
					t.Errorf("%s\ndecisions (-want +got):\n%s", tc.desc, diff)
				}
			}
			if diff := cmp.Diff(tc.used, setStarts(b)); diff != "" {
				t.Errorf("%s\nsets named (-want +got):\n%s", tc.desc, diff)
			}
			if b.Year != 2017 {
				t.Errorf("Year = %d, want 2017", b.Year)
			}
			checkTotals(t, b)
		})
	}
}

// TestSetsRefused is the table of what section 0 refuses about sets in
// force from a date: two sets that start on the same day, a start that is
// not the first day of a month of the set's year, and a date no set covers
// (the error names the years loaded).
func TestSetsRefused(t *testing.T) {
	valid := `{"id":"E1","township":"示例镇","members":[{"id":"m1","birth_date":"1970-01-01","relation":"head"}]}`
	tests := []struct {
		name     string
		clause   policy.Clause
		desc     string
		sets     []string // sets loaded with New, when set is empty
		set      string   // a set read with Unmarshal
		on       household.Date
		wantIs   error
		wantErr  []fieldErr
		wantText string
	}{
		{name: "same-start", clause: policy.ClauseConventions,
			desc: "两个参数集同日生效（2017-07-01）：拒绝 / two sets in force from the same day, 2017-07-01, are refused",
			sets: []string{"2017", "2017-07", "2017-07"}, wantIs: policy.ErrInvalid,
			wantErr: []fieldErr{{Type: policy.ErrorDuplicate, Path: "from"}}, wantText: "2017-07-01 is the start of two parameter sets"},
		{name: "same-start-january", clause: policy.ClauseConventions,
			desc: "两个内置 2017 参数集均自 2017-01-01 生效：拒绝 / two built-in 2017 sets, both from 2017-01-01, are refused",
			sets: []string{"2017", "2017"}, wantIs: policy.ErrInvalid,
			wantErr: []fieldErr{{Type: policy.ErrorDuplicate, Path: "from"}}, wantText: "2017-01-01 is the start of two parameter sets"},
		{name: "from-mid-month", clause: policy.ClauseConventions,
			desc: "生效日 2017-07-15 不是月初：拒绝 / a set in force from 2017-07-15, not the first of a month, is refused",
			set:  `{"year":2017,"base":2017,"from":"2017-07-15"}`, wantIs: policy.ErrInvalid,
			wantErr: []fieldErr{{Type: policy.ErrorInvalid, Path: "from"}}, wantText: "is not the first day of a month of the set's year 2017"},
		{name: "from-other-year", clause: policy.ClauseConventions,
			desc: "2017 年参数集自 2018-07-01 生效：不在本年度，拒绝 / a 2017 set in force from 2018-07-01, outside its year, is refused",
			set:  `{"year":2017,"base":2017,"from":"2018-07-01"}`, wantIs: policy.ErrInvalid,
			wantErr: []fieldErr{{Type: policy.ErrorInvalid, Path: "from"}}, wantText: "is not the first day of a month of the set's year 2017"},
		{name: "date-no-set", clause: policy.ClauseConventions,
			desc: "评估日 2018-03-01 无参数集：拒绝并列出已载入年度 2017 / a date no set covers, 2018-03-01, is refused naming the years loaded",
			sets: []string{"2017", "2017-07"}, on: household.NewDate(2018, 3, 1), wantIs: policy.ErrNoParams,
			wantErr: []fieldErr{{Type: policy.ErrorInvalid, Path: "date"}}, wantText: "(loaded: 2017)"},
		{name: "date-before-first-start", clause: policy.ClauseConventions,
			desc: "只载入 7 月起的参数集，评估日 2017-03-20 尚无参数集生效：拒绝 / only the set from July loaded: 2017-03-20 has no set in force and is refused",
			sets: []string{"2017-07"}, on: household.NewDate(2017, 3, 20), wantIs: policy.ErrNoParams,
			wantErr: []fieldErr{{Type: policy.ErrorInvalid, Path: "date"}}, wantText: "2017-03-20 is not covered by any parameter set (loaded: 2017)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			switch {
			case tc.set != "":
				_, err = benefit.Unmarshal([]byte(tc.set))
			case tc.on.IsZero():
				_, err = benefit.New(setsNamed(t, tc.sets)...)
			default:
				var b *benefit.Breakdown
				b, err = assessorOf(t, tc.sets).Assess(hh(t, valid), tc.on)
				if b != nil {
					t.Errorf("%s\na breakdown with the error", tc.desc)
				}
			}
			if !errors.Is(err, tc.wantIs) {
				t.Fatalf("%s\nerror = %v, want %v", tc.desc, err, tc.wantIs)
			}
			if diff := cmp.Diff(tc.wantErr, fieldErrs(err)); diff != "" {
				t.Errorf("%s\nfield errors (-want +got):\n%s", tc.desc, diff)
			}
			if !strings.Contains(err.Error(), tc.wantText) {
				t.Errorf("%s\nerror %q lacks %q", tc.desc, err, tc.wantText)
			}
		})
	}
}

// TestSetsEveryMonth is section 0's bound on the runs of a year: a set may
// come into force on the first day of any month, so a year holds at most
// twelve runs, one a month, each under the standard S of its set (2.1.1).
// Each set is the built-in one with S = 3612.00 + 12.00 × m, m the month it
// starts in (3624.00 from January, 3756.00 from December). A household of
// one with no income gets, for each run of k months, the base S × k ÷ 12
// (2.1.2), and the contribution 180.00 in D's month (2.3.3). Assessed as of
// 2017-09-01.
func TestSetsEveryMonth(t *testing.T) {
	tests := []struct {
		name    string
		clauses []policy.Clause
		desc    string
		starts  []time.Month // the month each set comes into force, S = 3612.00 + 12.00 × month
		want    []pline
	}{
		{
			name:    "twelve-sets-twelve-runs",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			desc: "每月 1 日各有一个参数集生效：全年 12 段，每段一行，1 人户 I = 0.00，m 月 S ÷ 12 = 302.00、303.00 … 313.00，" +
				"合计 (302.00 + 313.00) × 12 ÷ 2 = 3690.00 / a set in force from the first of every month: twelve runs of one month, " +
				"a line each; a household of one with I = 0.00 gets S ÷ 12 in month m, 302.00, 303.00 … 313.00, " +
				"(302.00 + 313.00) × 12 ÷ 2 = 3690.00 in all",
			starts: []time.Month{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "01–01", Annual: "302.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "02–02", Annual: "303.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "03–03", Annual: "304.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "04–04", Annual: "305.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "05–05", Annual: "306.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "06–06", Annual: "307.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "07–07", Annual: "308.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "08–08", Annual: "309.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "09–09", Annual: "310.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "10–10", Annual: "311.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "11–11", Annual: "312.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "12–12", Annual: "313.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: policy.MedicalAidFund, Months: "09–09", Annual: "180.00"},
			},
		},
		{
			name:    "four-sets-by-quarter",
			clauses: []policy.Clause{policy.ClauseConventions, policy.ClauseStandard},
			desc: "1、4、7、10 月 1 日各有一个参数集生效：4 段各 3 个月，1 人户 I = 0.00，S × 3 ÷ 12：3624.00 → 906.00、3660.00 → 915.00、" +
				"3696.00 → 924.00、3732.00 → 933.00，合计 3678.00 / sets in force from the first of January, April, July and October: " +
				"four runs of three months; a household of one with I = 0.00 gets S × 3 ÷ 12 in each: 3624.00 → 906.00, 3660.00 → 915.00, " +
				"3696.00 → 924.00, 3732.00 → 933.00, 3678.00 in all",
			starts: []time.Month{1, 4, 7, 10},
			want: []pline{
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "01–03", Annual: "906.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "04–06", Annual: "915.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "07–09", Annual: "924.00"},
				{Programme: policy.LowIncome, Item: "base", Payer: policy.CivilAffairsFund, Months: "10–12", Annual: "933.00"},
				{Programme: policy.Medical, Item: "sponsorship", Member: "m1", Payer: policy.MedicalAidFund, Months: "09–09", Annual: "180.00"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sets []*benefit.Params
			for _, m := range tc.starts {
				p := benefit.Default2017()
				p.From = household.NewDate(2017, m, 1)
				p.Name = fmt.Sprintf("S = 3612.00 + 12.00 × %d from 2017-%02d-01", m, m)
				p.LowIncome.Standard = policy.New("lowincome.standard", decimal.New(361200+1200*int64(m), -2), policy.Local,
					"县每月调整的标准（示例）/ the county's standard, set each month (example)")
				sets = append(sets, p)
			}
			a, err := benefit.New(sets...)
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			b, err := a.Assess(hh(t, `{"id":"M1","township":"示例镇","members":[
				{"id":"m1","birth_date":"1958-02-01","relation":"head"}]}`), on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			if diff := cmp.Diff(tc.want, plinesOf(b)); diff != "" {
				t.Errorf("%s\nlines (-want +got):\n%s", tc.desc, diff)
			}
			if got := len(b.Sets()); got != len(tc.starts) {
				t.Errorf("%s\n%d sets named, want %d", tc.desc, got, len(tc.starts))
			}
			checkTotals(t, b)
		})
	}
}

// check is a parameter check as the two-lines table states it: its status
// and figures.
type check struct {
	Status                  policy.CheckStatus
	Value, Bound, Shortfall string
	Months                  string // the months it holds for, "" for every month assessed
}

// checkOf is c as a table states it.
func checkOf(c policy.Check) check {
	x := check{Status: c.Status(), Shortfall: c.Shortfall().StringFixed(2)}
	if v, bound, ok := c.Figures(); ok {
		x.Value, x.Bound = v.StringFixed(2), bound.StringFixed(2)
	}
	if p := c.Period(); p != (policy.Period{}) {
		x.Months = p.String()
	}
	return x
}

// TestTwoLinesCheck is 2.1.1 两线合一: S must not be below the poverty line
// P. A set that fails it still loads and assesses (a finding for the
// county, not an error); every breakdown carries the check, failing with
// its shortfall P − S, passing, or not assessed without P.
func TestTwoLinesCheck(t *testing.T) {
	households := []string{
		`{"id":"L1","township":"示例镇","members":[
			{"id":"m1","birth_date":"1958-02-01","relation":"head","incomes":[{"category":"agriculture","amount":"3000.00"}]},
			{"id":"m2","birth_date":"1960-05-01","relation":"spouse","incomes":[{"category":"wages","amount":"1500.00"}]},
			{"id":"m3","birth_date":"1985-09-01","relation":"child"}]}`,
		`{"id":"L2","township":"示例镇","members":[{"id":"m1","birth_date":"1941-08-08","relation":"head","tekun":{"mode":"dispersed"}}]}`,
		`{"id":"L3","township":"示例镇","members":[{"id":"m1","birth_date":"1970-01-01","relation":"head","able_to_work":true,
			"incomes":[{"category":"wages","amount":"9000.00"}]}]}`,
	}
	tests := []struct {
		name        string
		clause      policy.Clause
		desc        string
		povertyLine string   // P in every set loaded, "" for none
		sets        []string // "2017" built in, "2017-07" from July
		want        []check
	}{
		{name: "two-lines", clause: policy.ClauseStandard,
			desc: "两线合一：低保标准 3622.00 低于扶贫标准 3700.00，参数集照常载入，每户结果均报告未通过，差 3700.00 − 3622.00 = 78.00 / " +
				"the standard 3622.00 below a poverty line of 3700.00: the set loads, and every breakdown carries a failing check with the shortfall 3700.00 − 3622.00 = 78.00",
			povertyLine: "3700.00", sets: []string{"2017"},
			want: []check{{Status: policy.Fail, Value: "3622.00", Bound: "3700.00", Shortfall: "78.00"}}},
		{name: "two-lines-equal", clause: policy.ClauseStandard,
			desc:        "低保标准等于扶贫标准 3622.00：通过 / S equal to P = 3622.00 passes",
			povertyLine: "3622.00", sets: []string{"2017"},
			want: []check{{Status: policy.Pass, Value: "3622.00", Bound: "3622.00", Shortfall: "0.00"}}},
		{name: "two-lines-no-poverty-line", clause: policy.ClauseStandard,
			desc:        "未提供扶贫标准（地方参数）：未评估 / no poverty line (a local parameter): not assessed",
			povertyLine: "", sets: []string{"2017"},
			want: []check{{Status: policy.NotChecked, Shortfall: "0.00"}}},
		{name: "two-lines-raise-from-july", clause: policy.ClauseStandard,
			desc: "扶贫标准 3700.00：1–6 月 S = 3622.00 未通过（差 78.00），7 月起 S = 3912.00 通过；分段年度的结果两项均列出 / " +
				"P = 3700.00: S = 3622.00 fails by 78.00 for January–June, S = 3912.00 from July passes; a year split by the two sets carries both",
			povertyLine: "3700.00", sets: []string{"2017", "2017-07"},
			want: []check{{Status: policy.Fail, Value: "3622.00", Bound: "3700.00", Shortfall: "78.00", Months: "01–06"},
				{Status: policy.Pass, Value: "3912.00", Bound: "3700.00", Shortfall: "0.00", Months: "07–12"}}},
		{name: "two-lines-alike-all-year", clause: policy.ClauseStandard,
			desc:        "两个参数集核查结果相同（均未提供扶贫标准）：合为一项，不标月份 / two sets that check alike (no poverty line in either): one check, naming no months",
			povertyLine: "", sets: []string{"2017", "2017-07"},
			want: []check{{Status: policy.NotChecked, Shortfall: "0.00"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := setsNamed(t, tc.sets)
			for _, p := range ps {
				if tc.povertyLine != "" {
					p.LowIncome.PovertyLine.Value = decimal.RequireFromString(tc.povertyLine)
					p.LowIncome.PovertyLine.Set = true
				}
				if err := p.Validate(); err != nil {
					t.Fatalf("%s\nValidate: %v", tc.desc, err)
				}
			}
			a, err := benefit.New(ps...)
			if err != nil {
				t.Fatalf("%s\nNew: %v (a failing two-lines check is not an error)", tc.desc, err)
			}
			for _, js := range households {
				b, err := a.Assess(hh(t, js), on)
				if err != nil {
					t.Fatalf("Assess: %v", err)
				}
				var got []check
				for _, c := range b.Checks() {
					if c.Name() != "lowincome.two_lines" {
						continue
					}
					if !slices.Contains(c.Clauses(), policy.ClauseStandard) {
						t.Errorf("check %s cites %v, not 2.1.1", c.Name(), c.Clauses())
					}
					got = append(got, checkOf(c))
				}
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Errorf("%s\nhousehold %s: two-lines checks (-want +got):\n%s", tc.desc, b.Household, diff)
				}
			}
		})
	}
}

// TestChecksByMonths is section 0 for the sets' checks: each period is
// assessed under its own parameters, checks included, so a year under two
// sets that check differently carries each set's check with the months it
// holds for; a check alike under both is one, naming no months, as is the
// check of a year under one set (even one in force from July, whose
// first months the check benefit.months_in_force names). The sets: "2017"
// built in; "2017-07-c8000" the 2017 values from July with C = 8000.00
// (tekun.consumption, local); "2018-07" set-2018.json from July.
func TestChecksByMonths(t *testing.T) {
	c8000 := func() *benefit.Params {
		p := benefit.Default2017()
		p.From = household.NewDate(2017, 7, 1)
		p.Tekun.Consumption = policy.New("tekun.consumption", decimal.RequireFromString("8000.00"), policy.Local,
			"上年度农村居民人均消费支出（示例）/ last year's rural consumption per capita (example)")
		return p
	}
	tests := []struct {
		name   string
		clause policy.Clause
		desc   string
		sets   func(t *testing.T) []*benefit.Params
		on     household.Date
		want   map[string][]check // by check name, the checks of the names listed
		// params are, by check name, the parameters its one check lists:
		// name, value, provenance.
		params map[string][]string
		// order is every check of the year, in order, as "name months"
		// ("name" alone for one that holds for every month), where the
		// case states it.
		order []string
	}{
		{name: "consumption-from-july", clause: "2.2.1",
			desc: "7 月起提供上年度人均消费支出 C = 8000.00：1–6 月 60% 检查未评估，7–12 月分散供养 3622.00 低于 60% × 8000.00 = 4800.00，差 1178.00；集中供养 4800.00 通过；下限检查两段相同，合为一项；各项检查按首个参数集的顺序，7–12 月的检查紧随同名的 1–6 月检查，不排在最后 / " +
				"C = 8000.00 from July: the 60% test is not assessed for months 1–6, and for months 7–12 the dispersed 3622.00 fails 60% × 8000.00 = 4800.00 by 1178.00 while the centralized 4800.00 passes; the floor checks are alike and one. " +
				"Checks come in the first set's order, each test of months 7–12 right after the same test of months 1–6, not at the end",
			sets: func(*testing.T) []*benefit.Params { return []*benefit.Params{benefit.Default2017(), c8000()} },
			on:   household.NewDate(2017, 9, 1),
			want: map[string][]check{
				"tekun.dispersed.consumption": {{Status: policy.NotChecked, Shortfall: "0.00", Months: "01–06"},
					{Status: policy.Fail, Value: "3622.00", Bound: "4800.00", Shortfall: "1178.00", Months: "07–12"}},
				"tekun.centralized.consumption": {{Status: policy.NotChecked, Shortfall: "0.00", Months: "01–06"},
					{Status: policy.Pass, Value: "4800.00", Bound: "4800.00", Shortfall: "0.00", Months: "07–12"}},
				"tekun.dispersed.floor": {{Status: policy.Pass, Value: "3622.00", Bound: "3622.00", Shortfall: "0.00"}},
			},
			order: []string{"lowincome.two_lines", "tekun.dispersed.floor",
				"tekun.dispersed.consumption 01–06", "tekun.dispersed.consumption 07–12", "tekun.centralized.floor",
				"tekun.centralized.consumption 01–06", "tekun.centralized.consumption 07–12",
				"tekun.quota.class1", "tekun.quota.class2", "tekun.quota.class3"}},
		{name: "provenance-alone-from-april", clause: policy.ClauseConventions,
			desc: "4 月起县确认分散供养标准（数值仍为 3622.00，来源改为本县）：仅来源改变，下限检查不拆分，为一项，列出 1–3 月的记录 / " +
				"the county confirms the dispersed standard from April (still 3622.00, now local): a change of provenance alone does not split the floor check, which is one and lists the record of months 1–3",
			sets: func(t *testing.T) []*benefit.Params {
				return setsNamed(t, []string{"2017", "2017-04-dispersed-confirmed"})
			},
			on: household.NewDate(2017, 9, 1),
			want: map[string][]check{
				"tekun.dispersed.floor": {{Status: policy.Pass, Value: "3622.00", Bound: "3622.00", Shortfall: "0.00"}},
			},
			params: map[string][]string{"tekun.dispersed.floor": {"tekun.dispersed 3622.00 derived", "tekun.dispersed_floor 3600.00 seed"}}},
		{name: "provisional-from-july", clause: policy.ClauseConventions,
			desc: "C = 8000.00 全年，7 月起县改标为暂定：60% 检查仍为一项（分散供养 3622.00 低于 4800.00，差 1178.00），所列 C 为暂定记录 / " +
				"C = 8000.00 all year, marked provisional from July: the 60% test is still one (the dispersed 3622.00 is 1178.00 short of 4800.00), and the C it lists is the provisional record",
			sets: func(*testing.T) []*benefit.Params {
				jan := benefit.Default2017()
				jan.Tekun.Consumption = policy.New("tekun.consumption", decimal.RequireFromString("8000.00"), policy.Local,
					"上年度农村居民人均消费支出（示例）/ last year's rural consumption per capita (example)")
				jul := c8000()
				jul.Tekun.Consumption.Provenance = policy.Provisional
				return []*benefit.Params{jan, jul}
			},
			on: household.NewDate(2017, 9, 1),
			want: map[string][]check{
				"tekun.dispersed.consumption": {{Status: policy.Fail, Value: "3622.00", Bound: "4800.00", Shortfall: "1178.00"}},
			},
			params: map[string][]string{"tekun.dispersed.consumption": {"tekun.dispersed 3622.00 derived",
				"tekun.consumption_share 0.60 seed", "tekun.consumption 8000.00 provisional"}}},
		{name: "one-set-from-july", clause: policy.ClauseConventions,
			desc: "2018 年参数集 7 月起：其检查适用于评估的全部月份，不标月份 / the 2018 set from July: its checks hold for every month assessed and name none",
			sets: func(t *testing.T) []*benefit.Params { return monthsSets(t, []string{"2018-07"}) },
			on:   household.NewDate(2018, 9, 1),
			want: map[string][]check{
				"tekun.dispersed.floor": {{Status: policy.Pass, Value: "3912.00", Bound: "3912.00", Shortfall: "0.00"}},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := benefit.New(tc.sets(t)...)
			if err != nil {
				t.Fatal(err)
			}
			b, err := a.Assess(hh(t, `{"id":"K1","township":"示例镇","members":[{"id":"m1","birth_date":"1941-08-08","relation":"head"}]}`), tc.on)
			if err != nil {
				t.Fatalf("Assess: %v", err)
			}
			got := map[string][]check{}
			for _, c := range b.Checks() {
				if _, ok := tc.want[c.Name()]; ok {
					got[c.Name()] = append(got[c.Name()], checkOf(c))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nchecks (-want +got):\n%s", tc.desc, diff)
			}
			if tc.order != nil {
				var order []string
				for _, c := range b.Checks() {
					x := c.Name()
					if p := c.Period(); p != (policy.Period{}) {
						x += " " + p.String()
					}
					order = append(order, x)
				}
				if diff := cmp.Diff(tc.order, order); diff != "" {
					t.Errorf("%s\nthe checks' order (-want +got):\n%s", tc.desc, diff)
				}
			}
			for name, want := range tc.params {
				var params []string
				for _, c := range b.Checks() {
					if c.Name() == name {
						for _, u := range c.Params() {
							params = append(params, u.Name+" "+u.Value+" "+string(u.Provenance))
						}
					}
				}
				if diff := cmp.Diff(want, params); diff != "" {
					t.Errorf("%s\n%s lists (-want +got):\n%s", tc.desc, name, diff)
				}
			}
			// The assessor states the year's checks without a household:
			// those every breakdown of the year carries.
			year, err := a.Checks(tc.on)
			if err != nil {
				t.Fatal(err)
			}
			var want, have []string
			for _, c := range b.Checks() {
				want = append(want, string(c.AppendJSON(nil)))
			}
			for _, c := range year {
				have = append(have, string(c.AppendJSON(nil)))
			}
			if diff := cmp.Diff(want, have); diff != "" {
				t.Errorf("%s\nAssessor.Checks (-the breakdown's +the assessor's):\n%s", tc.desc, diff)
			}
			js := b.AppendJSON(nil)
			var back benefit.Breakdown
			if err := back.UnmarshalJSON(js); err != nil {
				t.Fatalf("reading the breakdown back: %v", err)
			}
			if diff := cmp.Diff(string(js), string(back.AppendJSON(nil))); diff != "" {
				t.Errorf("%s: the breakdown read back writes other JSON (-written +read back):\n%s", tc.desc, diff)
			}
			text := textOf(t, b)
			for _, c := range b.Checks() {
				if p := c.Period(); p != (policy.Period{}) {
					line := fmt.Sprintf("%s [%s] %d–%d月 / months %d–%d", c.Name(), c.Clauses()[0], p.From, p.To, p.From, p.To)
					if !strings.Contains(text, line) {
						t.Errorf("%s: the text does not name the months of %s: no %q", tc.desc, c.Name(), line)
					}
				}
			}
		})
	}
}

// TestWriteTextSets: the caseworker's text of a year under two sets names
// both sets and the months of each decision and part-year line (section 0).
func TestWriteTextSets(t *testing.T) {
	h, err := household.Unmarshal([]byte(`{"id":"T1","township":"示例镇","members":[
		{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"11000.00"}]},
		{"id":"m2","birth_date":"1962-01-01","relation":"spouse"},
		{"id":"m3","birth_date":"1990-01-01","relation":"child"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	b, err := assessorOf(t, []string{"2017", "2017-07"}).Assess(h, household.NewDate(2017, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	s := textOf(t, b)
	for _, want := range []string{
		"参数集 / parameter sets:",
		"（2017-07-01 起 / from 2017-07-01）",
		"[ineligible] 户 household 1–6月 / months 1–6\n",
		"[eligible] 户 household 7–12月 / months 7–12\n",
		// 3912.00 × 3 − 11000.00 = 736.00 a year, 368.00 for July–December.
		"368.00 元 (7–12月共 6 个月 / months 7–12, 6 months: 61.33 × 5 + 61.35)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the text does not contain %q:\n%s", want, s)
		}
	}
}

// TestWriteTextOneSet: the text names the one set it used (section 0), by
// its name, or by its year when it has none.
func TestWriteTextOneSet(t *testing.T) {
	h, err := household.Unmarshal([]byte(`{"id":"T1","township":"示例镇","members":[
		{"id":"m1","birth_date":"1960-01-01","relation":"head","incomes":[{"category":"wages","amount":"4500.00"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, desc, set, want string
		clause                policy.Clause
	}{
		{name: "named", clause: policy.ClauseConventions, desc: "内置参数集按名称列出 / the built-in set by its name", set: "东至县 2017 (东政办〔2017〕43号)",
			want: "参数集 / parameter set: 东至县 2017 (东政办〔2017〕43号)（2017-01-01 起 / from 2017-01-01）\n"},
		{name: "unnamed", clause: policy.ClauseConventions, desc: "无名称的参数集按年份列出 / a set without a name by its year", set: "",
			want: "参数集 / parameter set: 2017 年参数集 / the 2017 set（2017-01-01 起 / from 2017-01-01）\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := benefit.Default2017()
			p.Name = tc.set
			b, err := benefit.Assess(h, household.NewDate(2017, 9, 1), p)
			if err != nil {
				t.Fatal(err)
			}
			s := textOf(t, b)
			if !strings.Contains(s, tc.want) {
				t.Errorf("%s: 文本不含 / the text does not contain %q:\n%s", tc.desc, tc.want, s)
			}
		})
	}
}

// TestWith: Assessor.With puts a reform's sets into the baseline's, as a
// reform is compared (section 0's sets in force): a set that starts on the
// same day as one of the baseline's replaces it, another is added. On
// worked example 1 (3 members, I = 4500.00, 2.1.2): the built-in set pays
// 3622.00 × 3 − 4500.00 = 6366.00; with S = 3912.00 from July put in,
// January–June pay 6366.00 × 6 ÷ 12 = 3183.00 and July–December
// (3912.00 × 3 − 4500.00) × 6 ÷ 12 = 3618.00, in all 6801.00, where the
// July set alone, as a baseline, pays 3618.00 and leaves January–June
// unassessed; a set of S = 3912.00 from 1 January replaces the built-in one:
// 7236.00.
func TestWith(t *testing.T) {
	h := hh(t, `{"id":"W1","township":"T","members":[
		{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"4500.00"}]},
		{"id":"m2","birth_date":"1960-01-01"},{"id":"m3","birth_date":"1960-01-01"}]}`)
	tests := []struct {
		name, desc string
		clause     policy.Clause
		base       string   // the baseline: "2017" the built-in set, "2017-07" the July set alone, "nil" a nil Assessor, "zero" the zero one
		put        []string // the sets put in, as setsNamed names them; "nil" a nil set
		want       string   // the 低保 total, or "" for an error
		baseline   string   // the baseline's own 低保 total, before and after With
		wantErr    error    // the sentinel the error wraps
	}{
		{name: "added from July", clause: policy.ClauseConventions,
			desc: "7 月起的改革补入基准：1–6 月 3183.00 + 7–12 月 3618.00 = 6801.00 / a reform from July added to the baseline: 3183.00 + 3618.00 = 6801.00",
			base: "2017", put: []string{"2017-07"}, want: "6801.00", baseline: "6366.00"},
		{name: "replaced from January", clause: policy.ClauseConventions,
			desc: "1 月 1 日起的改革替换基准：3912.00 × 3 − 4500.00 = 7236.00 / a reform from 1 January replaces the baseline: 7236.00",
			base: "2017", put: []string{"2017-s3912"}, want: "7236.00", baseline: "6366.00"},
		{name: "both", clause: policy.ClauseConventions,
			desc: "两者都放入：1–6 月按 1 月起的改革，7 月起按 7 月的：3618.00 + 3618.00 = 7236.00 / both put in: the January reform, then the July one: 3618.00 + 3618.00 = 7236.00",
			base: "2017", put: []string{"2017-s3912", "2017-07"}, want: "7236.00", baseline: "6366.00"},
		{name: "none", clause: policy.ClauseConventions, desc: "不放入任何参数集：即基准 6366.00 / no set put in: the baseline, 6366.00",
			base: "2017", want: "6366.00", baseline: "6366.00"},
		{name: "the July set alone", clause: policy.ClauseConventions,
			desc: "7 月参数集单独作基准：1–6 月不评估，只有 7–12 月 (3912.00 × 3 − 4500.00) × 6 ÷ 12 = 3618.00 / " +
				"the July set alone as the baseline: January–June not assessed, July–December 3618.00",
			base: "2017-07", want: "3618.00", baseline: "3618.00"},
		{name: "two from one day", clause: policy.ClauseConventions, desc: "两个改革同日生效：拒绝 / two reform sets from one day: refused",
			base: "2017", put: []string{"2017-07", "2017-07"}, wantErr: policy.ErrInvalid},
		{name: "a nil set", clause: policy.ClauseConventions, desc: "nil 参数集：拒绝 / a nil set: refused",
			base: "2017", put: []string{"nil"}, wantErr: policy.ErrNoParams},
		{name: "nil assessor", clause: policy.ClauseConventions, desc: "nil 评估器没有基准 / a nil Assessor has no baseline",
			base: "nil", put: []string{"2017-07"}, wantErr: policy.ErrNoParams},
		{name: "zero assessor", clause: policy.ClauseConventions, desc: "零值评估器没有基准 / the zero Assessor has no baseline",
			base: "zero", put: []string{"2017-07"}, wantErr: policy.ErrNoParams},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a *benefit.Assessor
			switch tc.base {
			case "2017", "2017-07":
				a = assessorOf(t, []string{tc.base})
			case "zero":
				a = new(benefit.Assessor)
			}
			var put []*benefit.Params
			for _, n := range tc.put {
				if n == "nil" {
					put = append(put, nil)
				} else {
					put = append(put, setsNamed(t, []string{n})...)
				}
			}
			r, err := a.With(put...)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || r != nil {
					t.Fatalf("%s: With = %v, %v; want an error wrapping %v", tc.desc, r, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("%s: With: %v", tc.desc, err)
			}
			for _, c := range []struct {
				what string
				a    *benefit.Assessor
				want string
			}{{"改革 / the reform", r, tc.want}, {"其后的基准，不变 / the baseline afterwards, unchanged", a, tc.baseline}} {
				b, err := c.a.Assess(h, on)
				if err != nil {
					t.Fatal(err)
				}
				if got := b.Total(policy.LowIncome).StringFixed(2); got != c.want {
					t.Errorf("%s: %s pays 低保 %s, want %s", tc.desc, c.what, got, c.want)
				}
			}
		})
	}
}
