package benefit_test

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/synthetic"
)

// TestCompareTiesByID: households with equal gains (or equal losses) rank
// by id, then township, then baseline total, so the largest gains and
// losses of merged shards are those of one pass whatever the shards.
// Dispersed 特困 persons each gain 3912.00 − 3622.00 = 290.00 under the
// reform (2.2.1), and lose as much compared the other way round.
func TestCompareTiesByID(t *testing.T) {
	base, reform := baselineAndReform(t)
	// person is a dispersed 特困 person; "id township grade1" is one with a
	// grade-1 disability needing long-term care, whose nursing subsidy of
	// 720.00 (2.2.4) the reform leaves as it is.
	person := func(id, township, disability string) *household.Household {
		d := ""
		if disability == "grade1" {
			d = `,"disability":{"type":"physical","grade":1,"long_term_care":true}`
		}
		return hh(t, fmt.Sprintf(`{"id":%q,"township":%q,"members":[
			{"id":"m1","birth_date":"1945-01-01","relation":"head","tekun":{"mode":"dispersed"}%s}]}`, id, township, d))
	}
	// The last rows give one id in three townships, in the order 甲, 乙,
	// 丙: by township (byte order) 丙 (U+4E19) < 乙 (U+4E59) < 甲 (U+7532).
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		records   []string // each a dispersed 特困 person: "id township", "id township grade1"
		reversed  bool     // compare the reform as the baseline: every mover loses
		baselines bool     // the movers kept show their baseline totals too
		want      []string // the movers kept, in order: "id township" (and the baseline total)
	}{
		{name: "gains-by-id", clause: policy.ClauseTekunStandard,
			desc:    "30 名分散供养特困人员各增 290.00：保留编号最小的 10 户 / thirty dispersed 特困 persons each gain 290.00: the ten smallest ids are kept",
			records: []string{"T-17 镇乙", "T-03 镇乙", "T-29 镇乙", "T-11 镇乙", "T-05 镇乙", "T-23 镇乙", "T-08 镇乙", "T-14 镇乙", "T-26 镇乙", "T-02 镇乙", "T-20 镇乙", "T-09 镇乙", "T-30 镇乙", "T-01 镇乙", "T-12 镇乙", "T-27 镇乙", "T-06 镇乙", "T-18 镇乙", "T-24 镇乙", "T-04 镇乙", "T-15 镇乙", "T-10 镇乙", "T-21 镇乙", "T-07 镇乙", "T-28 镇乙", "T-13 镇乙", "T-19 镇乙", "T-16 镇乙", "T-25 镇乙", "T-22 镇乙"},
			want: []string{"T-01 镇乙", "T-02 镇乙", "T-03 镇乙", "T-04 镇乙", "T-05 镇乙", "T-06 镇乙", "T-07 镇乙", "T-08 镇乙",
				"T-09 镇乙", "T-10 镇乙"}},
		{name: "losses-by-id", clause: policy.ClauseTekunStandard,
			desc:    "反向对比，30 人各减 290.00：减少最多的也按编号，保留最小的 10 户 / compared the other way round, each loses 290.00: the largest losses also rank by id, the ten smallest kept",
			records: []string{"T-17 镇乙", "T-03 镇乙", "T-29 镇乙", "T-11 镇乙", "T-05 镇乙", "T-23 镇乙", "T-08 镇乙", "T-14 镇乙", "T-26 镇乙", "T-02 镇乙", "T-20 镇乙", "T-09 镇乙", "T-30 镇乙", "T-01 镇乙", "T-12 镇乙", "T-27 镇乙", "T-06 镇乙", "T-18 镇乙", "T-24 镇乙", "T-04 镇乙", "T-15 镇乙", "T-10 镇乙", "T-21 镇乙", "T-07 镇乙", "T-28 镇乙", "T-13 镇乙", "T-19 镇乙", "T-16 镇乙", "T-25 镇乙", "T-22 镇乙"}, reversed: true,
			want: []string{"T-01 镇乙", "T-02 镇乙", "T-03 镇乙", "T-04 镇乙", "T-05 镇乙", "T-06 镇乙", "T-07 镇乙", "T-08 镇乙",
				"T-09 镇乙", "T-10 镇乙"}},
		{name: "one-id-by-township", clause: policy.ClauseTekunStandard,
			desc:    "同一编号见于三个乡镇，各增 290.00：按乡镇排序 / one id in three townships, each gaining 290.00: ranked by township",
			records: []string{"T-01 镇甲", "T-01 镇乙", "T-01 镇丙"}, want: []string{"T-01 镇丙", "T-01 镇乙", "T-01 镇甲"}},
		{name: "one-id-by-township-losses", clause: policy.ClauseTekunStandard,
			desc:    "同一编号见于三个乡镇，反向对比各减 290.00：按乡镇排序 / one id in three townships, each losing 290.00 compared the other way round: ranked by township",
			records: []string{"T-01 镇甲", "T-01 镇乙", "T-01 镇丙"}, reversed: true, want: []string{"T-01 镇丙", "T-01 镇乙", "T-01 镇甲"}},
		{name: "one-id-one-township-by-baseline", clause: policy.ClauseTekunStandard,
			desc:    "同一乡镇同一编号两户，各增 290.00：基准合计 3802.00 的在 4522.00（另有护理补贴 720.00）的之前 / two households of one id in one township, each gaining 290.00: the baseline total 3802.00 before 4522.00 (with a nursing subsidy of 720.00)",
			records: []string{"T-01 镇乙 grade1", "T-01 镇乙"}, baselines: true, want: []string{"T-01 镇乙 3802.00", "T-01 镇乙 4522.00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from, to, change, movers := base, reform, "290.00", (*benefit.Comparison).Gains
			if tc.reversed {
				from, to, change, movers = reform, base, "-290.00", (*benefit.Comparison).Losses
			}
			for shards := 1; shards <= 4; shards++ {
				var m benefit.Comparison
				for k := range shards {
					var part []*household.Household
					for i, r := range tc.records {
						if i%shards == k {
							f := append(strings.Fields(r), "")
							part = append(part, person(f[0], f[1], f[2]))
						}
					}
					c, err := benefit.Compare(from, to, slices.Values(part), on, benefit.BatchOptions{Workers: 2, Window: 4})
					if err != nil {
						t.Fatal(err)
					}
					m.Merge(c)
				}
				var got []string
				for _, mv := range movers(&m) {
					if mv.Change.StringFixed(2) != change {
						t.Errorf("%s %s changes by %s, want %s", mv.Household, mv.Township, mv.Change.StringFixed(2), change)
					}
					s := mv.Household + " " + mv.Township
					if tc.baselines {
						s += " " + mv.Baseline.StringFixed(2)
					}
					got = append(got, s)
				}
				if d := cmp.Diff(tc.want, got); d != "" {
					t.Errorf("%s\n%d shards: movers kept (-want +got):\n%s", tc.desc, shards, d)
				}
			}
		})
	}
}

// TestCompareReversed: comparing the other way round swaps the sides:
// the gains become the losses, the entrants the leavers, each difference
// changes sign.
func TestCompareReversed(t *testing.T) {
	base, reform := baselineAndReform(t)
	hs := countyRecords(800)
	fwd, err := benefit.Compare(base, reform, slices.Values(hs), on, benefit.BatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rev, err := benefit.Compare(reform, base, slices.Values(hs), on, benefit.BatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if fwd.Gainers != rev.Losers || fwd.Losers != rev.Gainers || fwd.Unchanged != rev.Unchanged ||
		!fwd.Gained().Equal(rev.Lost().Neg()) {
		t.Errorf("gainers %d losers %d gained %s; reversed: losers %d gainers %d lost %s", fwd.Gainers, fwd.Losers,
			fwd.Gained(), rev.Losers, rev.Gainers, rev.Lost())
	}
	for i, k := range fwd.Coverage() {
		r := rev.Coverage()[i]
		if k.Entrants != r.Leavers || k.Leavers != r.Entrants || k.Baseline != r.Reform || k.Reform != r.Baseline {
			t.Errorf("%s: coverage %+v, reversed %+v", k.Programme, k, r)
		}
	}
	for _, d := range []benefit.Dimension{benefit.ByProgramme, benefit.ByItem, benefit.ByTownship, benefit.ByPayer} {
		f, r := fwd.Rows(d), rev.Rows(d)
		if len(f) != len(r) {
			t.Fatalf("%s: %d rows, reversed %d", d, len(f), len(r))
		}
		for i := range f {
			if f[i].Key != r[i].Key || !f[i].Difference.Equal(r[i].Difference.Neg()) {
				t.Errorf("%s %s: difference %s, reversed %s %s", d, f[i].Key, f[i].Difference, r[i].Key, r[i].Difference)
			}
		}
	}
	if g, l := fwd.Gains(), rev.Losses(); len(g) != len(l) || len(g) > 0 && g[0].Household != l[0].Household {
		t.Errorf("largest gain %v, reversed largest loss %v", g, l)
	}
}

// TestCompareSame: a set compared with itself changes nothing.
func TestCompareSame(t *testing.T) {
	a := assessor(t)
	c, err := benefit.Compare(a, a, slices.Values(countyRecords(300)), on, benefit.BatchOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Unchanged != 300 || c.Gainers+c.Losers != 0 || !c.All().Difference.IsZero() {
		t.Errorf("unchanged %d, gainers %d, losers %d, difference %s", c.Unchanged, c.Gainers, c.Losers, c.All().Difference)
	}
	for _, k := range c.Coverage() {
		if k.Entrants+k.Leavers != 0 || k.Baseline != k.Reform {
			t.Errorf("%+v", k)
		}
	}
}

// TestReformFloor: a reform is a parameter set like any other and passes
// the same floors (2.2.1). While the dispersed 特困 standard is the rule's
// own — the built-in set's ("the larger of" S and 3600), or one derived
// before — it is derived again from the set's own S and dispersed floor, the
// larger of the two, provisional when either is, whether the set is read
// over the built-in one, given whole or edited in Go, down as well as up
// (a lower S gives the larger of it and 3600.00). Any other is the
// county's, kept as given (never
// rewritten) and refused below S.
func TestReformFloor(t *testing.T) {
	const s3912 = `"lowincome":{"standard":{"value":"3912.00","provenance":"local","source":"示例 / example"}}`
	tests := []struct {
		name      string
		clause    policy.Clause
		desc      string
		set       string // the programme objects of a 2017 set over the built-in one
		file      string // or a whole set without a base, in testdata
		goS, goD  string // or the built-in set edited in Go: S and, if given, the dispersed standard's value
		goS2      string // and then S again, normalized in between
		dispersed string // the set's dispersed standard and its provenance, when it loads
		wantFloor string // the floor it breaks, when refused
	}{
		{name: "S alone", clause: policy.ClauseTekunStandard,
			desc: "只提高 S 到 3912.00：分散供养标准随之为 3912.00（派生）/ S raised to 3912.00 alone: the dispersed standard follows, 3912.00 (derived)",
			set:  s3912, dispersed: "3912.00 derived"},
		{name: "S alone, provisional", clause: policy.ClauseTekunStandard,
			desc: "S = 3912.00 为暂定值：派生的分散供养标准也是暂定 / S = 3912.00 provisional: the derived dispersed standard is provisional too",
			set:  `"lowincome":{"standard":{"value":"3912.00","provenance":"provisional","source":"示例 / example"}}`, dispersed: "3912.00 provisional"},
		{name: "S confirmed provisional, unchanged", clause: policy.ClauseTekunStandard,
			desc: "S 仍为 3622.00 但标为暂定：派生的分散供养标准也是暂定 / S still 3622.00 but provisional: the derived dispersed standard is provisional too",
			set:  `"lowincome":{"standard":{"value":"3622.00","provenance":"provisional","source":"示例 / example"}}`, dispersed: "3622.00 provisional"},
		{name: "the floor provisional", clause: policy.ClauseTekunStandard,
			desc: "分散供养下限 3700.00 为暂定：派生的分散供养标准 3700.00 也是暂定 / a provisional dispersed floor of 3700.00: the derived standard 3700.00 is provisional too",
			set:  `"tekun":{"dispersed_floor":{"value":"3700.00","provenance":"provisional","source":"示例 / example"}}`, dispersed: "3700.00 provisional"},
		{name: "S and the floor raised", clause: policy.ClauseTekunStandard,
			desc: "S = 3912.00、下限 4000.00：分散供养标准取两者较大者 4000.00 / S = 3912.00 and the floor 4000.00: the larger, 4000.00",
			set:  s3912 + `,"tekun":{"dispersed_floor":{"value":"4000.00","provenance":"local","source":"示例 / example"}}`, dispersed: "4000.00 derived"},
		{name: "S lowered", clause: policy.ClauseTekunStandard,
			desc: "S 降为 3550.00：分散供养标准取 max(3550.00, 3600.00) = 3600.00（派生）/ S lowered to 3550.00: the dispersed standard is the larger of it and the floor, 3600.00 (derived)",
			set:  `"lowincome":{"standard":{"value":"3550.00","provenance":"local","source":"示例 / example"}}`, dispersed: "3600.00 derived"},
		{name: "the floor raised alone", clause: policy.ClauseTekunStandard,
			desc: "分散供养下限提高到 3700.00：分散供养标准随之为 3700.00 / the dispersed floor raised to 3700.00: the dispersed standard follows",
			set:  `"tekun":{"dispersed_floor":{"value":"3700.00","provenance":"local","source":"示例 / example"}}`, dispersed: "3700.00 derived"},
		{name: "a local standard below S", clause: policy.ClauseTekunStandard,
			desc: "县定分散供养标准 3700.00 低于 S = 3912.00：拒绝 / a county standard of 3700.00 below S = 3912.00: refused",
			set:  s3912 + `,"tekun":{"dispersed":{"value":"3700.00","provenance":"local","source":"示例 / example"}}`, wantFloor: "3912.00"},
		{name: "given, above S", clause: policy.ClauseTekunStandard,
			desc: "参数集给出 4000.00（标为派生）：照给出的取值，不代为改写 / the set gives 4000.00 (marked derived): kept as given, not rewritten",
			set:  s3912 + `,"tekun":{"dispersed":{"value":"4000.00","provenance":"derived","source":"示例 / example"}}`, dispersed: "4000.00 derived"},
		{name: "given in the built-in's words", clause: policy.ClauseTekunStandard,
			desc: "参数集照抄内置的说明给出 4000.00：照给出的取值 / the set gives 4000.00 in the built-in's words: kept as given",
			set:  s3912 + `,` + `"tekun":{"dispersed":{"value":"4000.00","provenance":"derived","source":"东政办〔2017〕43号 二(二)1: 分散供养标准不得低于农村低保标准（3622元，二(一)1），必须达到3600元/年以上; RULES.md 2.2.1: the larger of the two, the 2017 default"}}`, dispersed: "4000.00 derived"},
		{name: "the built-in's restated", clause: policy.ClauseTekunStandard,
			desc: "参数集照抄内置的派生值 3622.00 而 S = 3912.00：仍是派生值，随之为 3912.00 / the set restates the built-in derived 3622.00 with S = 3912.00: still the derived one, 3912.00",
			set:  s3912 + `,` + `"tekun":{"dispersed":{"value":"3622.00","provenance":"derived","source":"东政办〔2017〕43号 二(二)1: 分散供养标准不得低于农村低保标准（3622元，二(一)1），必须达到3600元/年以上; RULES.md 2.2.1: the larger of the two, the 2017 default"}}`, dispersed: "3912.00 derived"},
		{name: "a whole set, the built-in's derived", clause: policy.ClauseTekunStandard,
			desc: "无 base 的完整参数集 S = 3912.00、分散供养为内置派生值：随之为 3912.00 / a whole set without a base, S = 3912.00, the dispersed standard the built-in derived one: 3912.00",
			file: "set-2017-whole-s3912.json", dispersed: "3912.00 derived"},
		{name: "a whole set above S", clause: policy.ClauseTekunStandard,
			desc: "无 base 的完整参数集分散供养 4000.00：照给出的取值 / a whole set without a base, dispersed 4000.00: kept as given",
			file: "set-2017-whole-s3912-d4000.json", dispersed: "4000.00 derived"},
		{name: "S raised in Go", clause: policy.ClauseTekunStandard,
			desc: "在 Go 中把内置参数集的 S 改为 3912.00：分散供养标准随之为 3912.00 / S set to 3912.00 on the built-in set in Go: the dispersed standard follows, 3912.00",
			goS:  "3912.00", dispersed: "3912.00 derived"},
		{name: "S raised twice in Go", clause: policy.ClauseTekunStandard,
			desc: "在 Go 中 S 先改为 3912.00 再改为 4100.00：派生的标准随之为 4100.00 / S set to 3912.00, then 4100.00 in Go: the derived standard follows, 4100.00",
			goS:  "3912.00", goS2: "4100.00", dispersed: "4100.00 derived"},
		{name: "S lowered again in Go", clause: policy.ClauseTekunStandard,
			desc: "在 Go 中 S 先改为 4100.00 再改为 3912.00：派生的标准随之为 3912.00 / S set to 4100.00, then 3912.00 in Go: the derived standard follows, 3912.00",
			goS:  "4100.00", goS2: "3912.00", dispersed: "3912.00 derived"},
		{name: "S and the standard set in Go", clause: policy.ClauseTekunStandard,
			desc: "在 Go 中 S = 3912.00、分散供养改为 4000.00：照给出的取值 / S = 3912.00 and the dispersed standard set to 4000.00 in Go: kept as given",
			goS:  "3912.00", goD: "4000.00", dispersed: "4000.00 derived"},
		{name: "S and a standard below it set in Go", clause: policy.ClauseTekunStandard,
			desc: "在 Go 中 S = 3912.00、分散供养改为 3700.00：照给出的取值，拒绝 / S = 3912.00 and the dispersed standard set to 3700.00 in Go: kept as given, refused",
			goS:  "3912.00", goD: "3700.00", wantFloor: "3912.00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.goS != "" {
				p := benefit.Default2017()
				p.LowIncome.Standard.Value = decimal.RequireFromString(tc.goS)
				if tc.goD != "" {
					p.Tekun.Dispersed.Value = decimal.RequireFromString(tc.goD)
				}
				if tc.goS2 != "" {
					p.Normalize()
					p.LowIncome.Standard.Value = decimal.RequireFromString(tc.goS2)
				}
				_, err := benefit.New(p) // New works on a copy, normalized
				p.Normalize()
				var fe *benefit.FloorError
				got := p.Tekun.Dispersed.Value.StringFixed(2) + " " + string(p.Tekun.Dispersed.Provenance)
				switch {
				case tc.dispersed != "" && (err != nil || got != tc.dispersed):
					t.Errorf("%s: New: %v, the dispersed standard %s; want %s", tc.desc, err, got, tc.dispersed)
				case tc.wantFloor != "" && (!errors.As(err, &fe) || fe.Path != "tekun.dispersed" || fe.Floor.StringFixed(2) != tc.wantFloor || fe.Clause != tc.clause):
					t.Errorf("%s: New: %v, want the floor of tekun.dispersed at %s [%s]", tc.desc, err, tc.wantFloor, tc.clause)
				}
				return
			}
			js := []byte(`{"year":2017,"base":2017,` + tc.set + `}`)
			if tc.file != "" {
				var err error
				if js, err = os.ReadFile(filepath.Join("testdata", tc.file)); err != nil {
					t.Fatal(err)
				}
			}
			p, err := benefit.Unmarshal(js)
			var fe *benefit.FloorError
			switch {
			case tc.dispersed != "":
				if err != nil {
					t.Fatalf("%s: Unmarshal: %v; want the dispersed standard %s", tc.desc, err, tc.dispersed)
				}
				if d := p.Tekun.Dispersed; d.Value.StringFixed(2)+" "+string(d.Provenance) != tc.dispersed {
					t.Errorf("%s: the dispersed standard is %s %s, want %s", tc.desc, d.Value.StringFixed(2), d.Provenance, tc.dispersed)
				}
			default:
				if !errors.As(err, &fe) || fe.Path != "tekun.dispersed" || fe.Floor.StringFixed(2) != tc.wantFloor || fe.Clause != tc.clause {
					t.Fatalf("%s: error %v, want the floor of tekun.dispersed at %s [%s]", tc.desc, err, tc.wantFloor, tc.clause)
				}
			}
		})
	}
}

// TestCompareFailures: a record that cannot be read or assessed is
// counted, reported with its error in input order, and does not stop the
// run; options and arguments out of range are errors before any record.
func TestCompareFailures(t *testing.T) {
	base, reform := baselineAndReform(t)
	lines := []string{compareCases[0].record, `{"id":"X","township":"镇甲","members":[]}`, `not json`,
		`{"id":"Y","township":"镇甲","members":[{"id":"m1","birth_date":"2018-01-01","relation":"head"}]}`,
		compareCases[2].record}
	var got []string
	in := benefit.Records[string]{
		Seq:  slices.Values(lines),
		Read: func(s string) (*household.Household, error) { return household.Unmarshal([]byte(s)) },
		Failed: func(s string, err error) {
			var paths []string
			for _, fe := range policy.FieldErrors(err) {
				paths = append(paths, fe.Path)
			}
			got = append(got, strings.Join(paths, ","))
		},
	}
	c, err := benefit.CompareRecords(base, reform, in, on, benefit.BatchOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"members", "(input)", "members[0].birth_date"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("failed records' paths, in order (-want +got):\n%s", d)
	}
	if c.Households != 2 || c.Failed != 3 || c.Baseline.Failed != 3 || c.Reform.Households != 2 {
		t.Errorf("households %d failed %d (budgets: %d failed, %d households)", c.Households, c.Failed,
			c.Baseline.Failed, c.Reform.Households)
	}

	set2018, err := os.ReadFile("testdata/set-2018.json")
	if err != nil {
		t.Fatal(err)
	}
	p2018, err := benefit.Unmarshal(set2018)
	if err != nil {
		t.Fatal(err)
	}
	other, err := benefit.New(p2018)
	if err != nil {
		t.Fatal(err)
	}
	var noParams int
	c, err = benefit.CompareRecords(base, other, benefit.Records[*household.Household]{
		Seq: slices.Values(compareHouseholds(t)), Read: func(h *household.Household) (*household.Household, error) { return h, nil },
		Failed: func(_ *household.Household, err error) {
			if errors.Is(err, policy.ErrNoParams) {
				noParams++
			}
		}}, on, benefit.BatchOptions{})
	// A reform with no set for the date: refused once, up front, at the
	// reform's date, not six records failed alike.
	if !errors.Is(err, policy.ErrNoParams) || c != nil || noParams != 0 ||
		!slices.ContainsFunc(policy.FieldErrors(err), func(fe *policy.FieldError) bool { return fe.Path == "reform.date" }) {
		t.Errorf("a reform of another year: comparison %v, error %v, %d records failed; want an error at reform.date wrapping ErrNoParams and none", c, err, noParams)
	}

	bad := []struct {
		name, desc   string
		base, reform *benefit.Assessor
		in           benefit.Records[*household.Household]
		opt          benefit.BatchOptions
		path         string
	}{
		{name: "nil-assessor", desc: "缺少改革参数 / no reform Assessor", base: base,
			in: benefit.Records[*household.Household]{Read: func(h *household.Household) (*household.Household, error) { return h, nil }}},
		{name: "negative-workers", desc: "工作协程为负 / negative workers", base: base, reform: reform,
			in:  benefit.Records[*household.Household]{Read: func(h *household.Household) (*household.Household, error) { return h, nil }},
			opt: benefit.BatchOptions{Workers: -1}, path: "workers"},
		{name: "no-read", desc: "缺少读取函数 / no function to read a record", base: base, reform: reform, path: "read"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := benefit.CompareRecords(tc.base, tc.reform, tc.in, on, tc.opt)
			var paths []string
			for _, fe := range policy.FieldErrors(err) {
				paths = append(paths, fe.Path)
			}
			switch {
			case tc.path == "" && !errors.Is(err, policy.ErrNoParams):
				t.Errorf("%s: error %v, want ErrNoParams", tc.desc, err)
			case tc.path != "" && !slices.Contains(paths, tc.path):
				t.Errorf("%s: error %v, want one at %q", tc.desc, err, tc.path)
			}
		})
	}
}

// TestBudgetRecords: the budget of records run on every core equals the
// budget of the batch added in order.
func TestBudgetRecords(t *testing.T) {
	a := assessor(t)
	hs := countyRecords(1500)
	hs[7] = nil
	want := budgetOf(t, a, hs)
	got, err := benefit.BudgetRecords(a, benefit.Records[*household.Household]{Seq: slices.Values(hs),
		Read: func(h *household.Household) (*household.Household, error) { return h, nil }}, on, benefit.BatchOptions{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(textOf(t, want), textOf(t, got)); d != "" {
		t.Errorf("budget (-in order +on every core):\n%s", d)
	}
	if got.Failed != 1 {
		t.Errorf("failed %d, want 1", got.Failed)
	}
}

// TestRecordsRelease: each household Read returns is given back to
// Release once, after it has been added or has failed (a record Read
// refuses with its household, one that cannot be assessed), and only then
// is it handed out again; a run that fills released households again
// gives exactly the comparison of a run over new ones, and makes no more
// households than it has workers.
func TestRecordsRelease(t *testing.T) {
	base, reform := baselineAndReform(t)
	n := testrun.Scaled(1200, 4)
	g := synthetic.New(synthetic.Config{Seed: 5, Households: n, Date: on})
	const unassessable, unread = 9, 20 // a record without members; one Read refuses
	fresh, err := benefit.Compare(base, reform, func(yield func(*household.Household) bool) {
		for i, h := range g.All() {
			switch i {
			case unassessable:
				h.Members = nil
			case unread:
				h = nil
			}
			if !yield(h) {
				return
			}
		}
	}, on, benefit.BatchOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}

	var (
		mu        sync.Mutex
		spare     []*household.Household
		made      int
		busy      = map[*household.Household]bool{}
		reads     int
		releases  int
		misplaced int
	)
	in := benefit.Records[int]{
		Seq: upTo(n),
		Read: func(i int) (*household.Household, error) {
			mu.Lock()
			var h *household.Household
			if k := len(spare); k > 0 {
				h, spare = spare[k-1], spare[:k-1]
			} else {
				h, made = new(household.Household), made+1
			}
			if busy[h] {
				misplaced++
			}
			reads++
			busy[h] = true
			mu.Unlock()
			g.HouseholdInto(h, i)
			switch i {
			case unassessable:
				h.Members = nil
			case unread:
				return h, errors.New("refused by Read")
			}
			return h, nil
		},
		Release: func(h *household.Household) {
			mu.Lock()
			defer mu.Unlock()
			if !busy[h] {
				misplaced++
			}
			busy[h] = false
			releases++
			spare = append(spare, h)
		},
	}
	reused, err := benefit.CompareRecords(base, reform, in, on, benefit.BatchOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if reads != n || releases != n || misplaced != 0 {
		t.Errorf("%d reads, %d releases, %d handed out or given back out of turn; want %d, %d, 0", reads, releases, misplaced, n, n)
	}
	if made > 2 {
		t.Errorf("%d households made for %d records on 2 workers: released households are not read again", made, n)
	}
	if d := cmp.Diff(jsonOf(t, fresh), jsonOf(t, reused)); d != "" || reused.Failed != 2 {
		t.Errorf("comparison with released households filled again (failed %d, want 2; -new +reused):\n%s", reused.Failed, d)
	}
}

// upTo yields 0, 1, …, n−1: records that are indexes.
func upTo(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}
