package benefit_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/nilcheck"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// TestNilInputs: nil and zero inputs to every entry point of package
// benefit are handled, never a panic: an error wrapping a sentinel where
// there is nothing to work on, and otherwise what an empty input means.
func TestNilInputs(t *testing.T) {
	on := samples.Date()
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	a := assessor(t)
	b, err := a.Assess(h, on)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, desc string
		run        func() error // the error the call returns, or nil
		want       error        // the sentinel it must wrap, nil for none
	}{
		{name: "nil assessor's years", desc: "nil 评估器没有年份 / a nil Assessor covers no year",
			run: func() error {
				if ys := (*benefit.Assessor)(nil).Years(); ys != nil {
					return fmt.Errorf("Years = %v", ys)
				}
				return nil
			}},
		{name: "nil assessor's checks", desc: "nil 评估器没有参数检查 / a nil Assessor has no checks",
			run: func() error { _, err := (*benefit.Assessor)(nil).Checks(on); return err }, want: policy.ErrNoParams},
		{name: "nil assessor's params", desc: "nil 评估器没有参数集 / a nil Assessor has no set to return",
			run: func() error { _, err := (*benefit.Assessor)(nil).Params(on); return err }, want: policy.ErrNoParams},
		{name: "nil breakdown's text", desc: "nil 结果不能写成文本 / a nil breakdown has no text",
			run: func() error { return (*benefit.Breakdown)(nil).WriteText(io.Discard) }, want: policy.ErrInvalid},
		{name: "nil breakdown's n and I", desc: "nil 结果的 n 与 I 为零 / a nil breakdown's n and I are zero",
			run: func() error {
				var nb *benefit.Breakdown
				if nb.HouseholdSize() != 0 || !nb.Income().IsZero() {
					return errors.New("a nil breakdown has a size or income")
				}
				return nil
			}},
		{name: "nil breakdown's readers", desc: "nil 结果：无参数集、检查、暂定参数，合计为零 / a nil breakdown: no sets, checks or provisional parameters, totals of 0.00",
			run: func() error {
				var nb *benefit.Breakdown
				if nb.Sets() != nil || nb.Checks() != nil || nb.Provisional() != nil || !nb.Total(policy.LowIncome).IsZero() {
					return errors.New("a nil breakdown has sets, checks, provisional parameters or a total")
				}
				return nil
			}},
		{name: "nil totals", desc: "nil 合计读作无任何行 / nil Totals read as the totals of no line",
			run: func() error {
				var nt *benefit.Totals
				var zero benefit.Totals
				if !nt.All().IsZero() || nt.AllFen() != 0 || !nt.Programme(policy.Medical).IsZero() ||
					!nt.Payer(policy.CountyFinance).IsZero() || !nt.Payee(policy.PayMember).IsZero() ||
					fmt.Sprint(nt.ByProgramme(), nt.ByPayee(), nt.ByPayer()) != fmt.Sprint(zero.ByProgramme(), zero.ByPayee(), zero.ByPayer()) {
					return errors.New("nil Totals are not the zero Totals")
				}
				return nil
			}},
		{name: "nil budget's readers", desc: "nil 预算读作空预算 / a nil budget reads as an empty one",
			run: func() error {
				var nb *benefit.Budget
				var empty benefit.Budget
				nShort, nErr := nb.MedicalShortfall(decimal.Zero)
				eShort, eErr := empty.MedicalShortfall(decimal.Zero)
				got := fmt.Sprint(nb.All(), nb.Rows(benefit.ByProgramme), nb.Outlays(benefit.ByPayer), nb.NotAssessed(),
					nb.OutlayAll(), nShort, nErr)
				want := fmt.Sprint(empty.All(), empty.Rows(benefit.ByProgramme), empty.Outlays(benefit.ByPayer), empty.NotAssessed(),
					empty.OutlayAll(), eShort, eErr)
				if got != want {
					return fmt.Errorf("a nil budget reads %s, an empty one %s", got, want)
				}
				return nil
			}},
		{name: "nil comparison's readers", desc: "nil 对比读作空对比 / a nil comparison reads as an empty one",
			run: func() error {
				var nc *benefit.Comparison
				var empty benefit.Comparison
				got := fmt.Sprint(nc.All(), nc.Rows(benefit.ByTownship), nc.Gained(), nc.Lost(), nc.Coverage(), nc.Gains(),
					nc.Losses(), nc.ByTownshipAndProgramme())
				want := fmt.Sprint(empty.All(), empty.Rows(benefit.ByTownship), empty.Gained(), empty.Lost(), empty.Coverage(),
					empty.Gains(), empty.Losses(), empty.ByTownshipAndProgramme())
				if got != want {
					return fmt.Errorf("a nil comparison reads %s, an empty one %s", got, want)
				}
				return nil
			}},
		{name: "nil budget's text", desc: "nil 预算不能写成文本 / a nil budget has no text",
			run: func() error { return (*benefit.Budget)(nil).WriteText(io.Discard) }, want: policy.ErrInvalid},
		{name: "nil comparison", desc: "nil 对比：JSON 为 null，不能写成文本 / a nil comparison is null in JSON and has no text",
			run: func() error {
				var c *benefit.Comparison
				if js, err := json.Marshal(c); err != nil || string(js) != "null" {
					return fmt.Errorf("json.Marshal = %q, %v", js, err)
				}
				return c.WriteText(io.Discard)
			}, want: policy.ErrInvalid},
		{name: "nil assessor", desc: "nil 评估器没有参数集 / a nil Assessor has no parameter set",
			run: func() error { _, err := (*benefit.Assessor)(nil).Assess(h, on); return err }, want: policy.ErrNoParams},
		{name: "zero assessor", desc: "零值评估器没有参数集 / the zero Assessor has no parameter set",
			run: func() error { _, err := new(benefit.Assessor).Assess(h, on); return err }, want: policy.ErrNoParams},
		{name: "nil household", desc: "nil 户 / a nil household",
			run: func() error { _, err := a.Assess(nil, on); return err }, want: policy.ErrInvalid},
		{name: "assess into nil", desc: "写入 nil 结果 / into a nil breakdown",
			run: func() error { return a.AssessInto(nil, h, on) }, want: policy.ErrInvalid},
		{name: "batch of a nil sequence", desc: "nil 序列即空序列 / a nil sequence is empty",
			run: func() error {
				seq, err := a.Batch(nil, on, benefit.BatchOptions{})
				if err != nil {
					return err
				}
				for range seq {
					return errors.New("an outcome of a nil sequence")
				}
				return nil
			}},
		{name: "batch on a nil assessor", desc: "nil 评估器的批量：每户一个错误 / a nil Assessor's batch: an error per record",
			run: func() error {
				seq, err := (*benefit.Assessor)(nil).Batch(func(yield func(*household.Household) bool) { yield(h) }, on, benefit.BatchOptions{})
				if err != nil {
					return err
				}
				for o := range seq {
					return o.Err
				}
				return nil
			}, want: policy.ErrNoParams},
		{name: "JSON lines from nil", desc: "nil 读取器 / a nil reader",
			run: func() error { _, err := a.BatchJSONL(nil, new(bytes.Buffer), on, benefit.BatchOptions{}); return err }, want: policy.ErrInvalid},
		{name: "JSON lines to nil", desc: "nil 写入器 / a nil writer",
			run: func() error {
				_, err := a.BatchJSONL(bytes.NewReader(nil), nil, on, benefit.BatchOptions{})
				return err
			}, want: policy.ErrInvalid},
		{name: "nil params", desc: "nil 参数集：Start 为零日期，Normalize 不动，无下限 / a nil set: zero start, nothing to normalize, no floors",
			run: func() error {
				var p *benefit.Params
				p.Normalize()
				if !p.Start().IsZero() || p.Floors() != nil {
					return errors.New("a nil set has a start or floors")
				}
				return p.Validate()
			}, want: policy.ErrNoParams},
		{name: "nil breakdown JSON", desc: "nil 结果写作 null / a nil breakdown is written as null",
			run: func() error {
				var nb *benefit.Breakdown
				var w bytes.Buffer
				m, _ := nb.Marshal()
				js, err := json.Marshal(nb)
				if err != nil || string(js) != "null" {
					return fmt.Errorf("json.Marshal = %q, %v", js, err)
				}
				if err := nb.WriteJSON(&w); err != nil || string(nb.AppendJSON(nil)) != "null" || w.String() != "null" || string(m) != "null\n" {
					return errors.New("a nil breakdown is not null")
				}
				return nil
			}},
		{name: "texts to a nil writer", desc: "写入 nil 写入器：错误，不 panic / text to a nil writer: an error, not a panic",
			run: func() error {
				var bu benefit.Budget
				var c benefit.Comparison
				ch := benefit.Change{Baseline: b, Reform: b}
				for _, err := range []error{b.WriteText(nil), bu.WriteText(nil), c.WriteText(nil), ch.WriteText(nil)} {
					if !errors.Is(err, policy.ErrInvalid) {
						return fmt.Errorf("error %v, want one wrapping policy.ErrInvalid", err)
					}
				}
				return b.WriteJSON(nil)
			}, want: policy.ErrInvalid},
		{name: "decode from a nil reader", desc: "从 nil 读取器读参数集 / a parameter set from a nil reader",
			run: func() error { _, err := benefit.Decode(nil); return err }, want: policy.ErrInvalid},
		{name: "JSON into nil", desc: "JSON 读入 nil 结果或对比 / JSON into a nil breakdown or comparison",
			run: func() error {
				js, err := b.Marshal()
				if err != nil {
					return err
				}
				if err := (*benefit.Breakdown)(nil).UnmarshalJSON(js); !errors.Is(err, policy.ErrInvalid) {
					return fmt.Errorf("breakdown: error %v, want one wrapping policy.ErrInvalid", err)
				}
				return (*benefit.Comparison)(nil).UnmarshalJSON([]byte(`{}`))
			}, want: policy.ErrInvalid},
		{name: "nil change", desc: "nil 逐行对比：差额为 0，JSON 为 null，不能写成文本 / a nil change: difference 0, null in JSON, no text",
			run: func() error {
				var c *benefit.Change
				if js, err := json.Marshal(c); err != nil || string(js) != "null" || !c.Difference().IsZero() {
					return fmt.Errorf("json.Marshal = %q, %v; Difference = %s", js, err, c.Difference())
				}
				return c.WriteText(io.Discard)
			}, want: policy.ErrInvalid},
		{name: "change without breakdowns", desc: "缺基准或改革结果的对比：差额按 0 计，写出即错误 / a change missing a breakdown: it counts 0, and writing it is an error",
			run: func() error {
				c := &benefit.Change{Reform: b}
				if got := c.Difference(); !got.Equal(b.Totals.All()) {
					return fmt.Errorf("Difference = %s, want the reform's total %s", got, b.Totals.All())
				}
				if _, err := c.MarshalJSON(); !errors.Is(err, policy.ErrInvalid) {
					return fmt.Errorf("MarshalJSON: error %v, want one wrapping policy.ErrInvalid", err)
				}
				return new(benefit.Change).WriteText(io.Discard)
			}, want: policy.ErrInvalid},
		{name: "hand-made empty pairs", desc: "手工构造、两侧皆空的明细与决定：可写出，不 panic / a change made by hand with pairs that hold nothing: written, no panic",
			run: func() error {
				c := &benefit.Change{Baseline: b, Reform: b, Lines: []benefit.LineChange{{Changed: true}},
					Decisions: []benefit.DecisionChange{{Changed: true}}}
				if _, err := c.MarshalJSON(); err != nil {
					return err
				}
				return c.WriteText(io.Discard)
			}},
		{name: "nil floor error", desc: "nil 下限错误可读 / a nil floor error reads",
			run: func() error {
				var e *benefit.FloorError
				if e.Error() != "<nil>" {
					return fmt.Errorf("Error = %q", e.Error())
				}
				return errors.Join(e.Unwrap()...)
			}, want: benefit.ErrBelowFloor},
		{name: "budget of nil", desc: "nil 户或结果计为失败户 / a nil record or breakdown counts as failed",
			run: func() error {
				var bu benefit.Budget
				bu.Add(nil, nil)
				bu.Add(h, nil)
				bu.Add(nil, b)
				bu.Merge(nil)
				if bu.Failed != 3 || bu.Households != 0 {
					return errors.New("nil records not counted as failed")
				}
				return nil
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			switch {
			case tc.want == nil && err != nil:
				t.Errorf("%s: %v", tc.desc, err)
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Errorf("%s: error %v, want one wrapping %v", tc.desc, err, tc.want)
			}
		})
	}
}

// TestNilReceivers calls every pointer method of every exported struct type
// of package benefit on a nil receiver: each returns a zero result or an
// error, and only the methods that document a panic do.
func TestNilReceivers(t *testing.T) {
	types := []any{
		(*benefit.Assessor)(nil), (*benefit.BatchOptions)(nil), (*benefit.BatchStats)(nil),
		(*benefit.Breakdown)(nil), (*benefit.Budget)(nil), (*benefit.Cell)(nil), (*benefit.Change)(nil),
		(*benefit.CompareRow)(nil), (*benefit.Comparison)(nil), (*benefit.Coverage)(nil),
		(*benefit.DecisionChange)(nil), (*benefit.Floor)(nil), (*benefit.FloorError)(nil),
		(*benefit.LineChange)(nil), (*benefit.Mover)(nil), (*benefit.Outcome)(nil), (*benefit.Outlay)(nil),
		(*benefit.Params)(nil), (*benefit.Records[*household.Household])(nil), (*benefit.Referral)(nil),
		(*benefit.Row)(nil), (*benefit.SetUsed)(nil), (*benefit.Total)(nil), (*benefit.Totals)(nil),
		(*benefit.TownshipProgramme)(nil),
	}
	except := nilcheck.Except(nil, "Breakdown", "builds the embedded policy.Assessment: a field of a nil breakdown",
		append([]string{"Release", "Reset"}, nilcheck.Adders...)...)
	nilcheck.Except(except, "Budget", "adds to the budget: nowhere to add", "Add", "AddError")
	nilcheck.Except(except, "Comparison", "adds to the comparison: nowhere to add", "Add", "AddError")
	for _, p := range nilcheck.Check(".", types, except) {
		t.Error(p)
	}
}
