package benefit

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// Dimension is what a budget row totals by.
type Dimension string

// Dimensions of a budget.
const (
	ByProgramme Dimension = "programme"
	ByItem      Dimension = "item" // programme/item, e.g. "lowincome/base"
	ByTownship  Dimension = "township"
	ByPayee     Dimension = "payee"
	ByPayer     Dimension = "payer"
)

var dimensions = [...]Dimension{ByProgramme, ByItem, ByTownship, ByPayee, ByPayer}

// Budget totals the breakdowns of many households, as finance departments
// budget the programmes ("根据测算资金需求…足额安排", 2.3.1 and section 3):
// by programme, item, township, payee and payer. Budgets are mergeable:
// households assessed on many goroutines or machines, each into a budget of
// its own, merge into exactly the figures of a single pass, whatever the
// order. Amounts are exact; the zero value is an empty budget, ready to use.
// A Budget is not safe for concurrent use: give each goroutine its own and
// [Budget.Merge] them.
type Budget struct {
	// Households and Persons count the records added; Failed counts the
	// records that could not be assessed (see [Budget.AddError]).
	Households, Persons, Failed int
	all                         Cell
	rows                        map[rowKey]*Cell
}

type rowKey struct {
	dim Dimension
	key string
}

// Cell is one budget figure: the sum of the lines under a key.
type Cell struct {
	// Annual is the lines' annual amounts, lump sums included.
	Annual decimal.Decimal
	// Monthly is the regular monthly payment of the lines paid by month
	// (months 1–11 of each schedule, POLICY.md section 0): what is paid out
	// each month. Lump is the lines paid once (medical and temporary aid,
	// contribution sponsorship).
	Monthly, Lump decimal.Decimal
	// Lines counts the lines; Households the households with at least one
	// of them; Persons the members named on them (a household line, such as
	// the 低保 base, names no member).
	Lines, Households, Persons int

	annual, monthly, lump policy.Sum
}

// add adds line l, whose regular monthly payment is month (zero for a lump
// sum or a referral).
func (c *Cell) add(l *policy.Line, month policy.Money) {
	c.Lines++
	c.annual.Add(l.Amount())
	switch {
	case l.Form() == policy.Referral:
	case l.Lump():
		c.lump.Add(l.Amount())
	default:
		c.monthly.Add(month)
	}
}

func (c *Cell) merge(o *Cell) {
	c.Lines += o.Lines
	c.Households += o.Households
	c.Persons += o.Persons
	c.annual.Merge(&o.annual)
	c.monthly.Merge(&o.monthly)
	c.lump.Merge(&o.lump)
}

func (c *Cell) settle() Cell {
	out := *c
	out.Annual, out.Monthly, out.Lump = c.annual.Total(), c.monthly.Total(), c.lump.Total()
	return out
}

// Add adds one household's breakdown to the budget: every line under its
// programme, item, township, payee and payer. h is the record assessed; it
// counts the persons.
func (b *Budget) Add(h *household.Household, br *Breakdown) {
	if b.rows == nil {
		b.rows = make(map[rowKey]*Cell, 64)
	}
	b.Households++
	b.Persons += len(h.Members)
	if len(br.Lines) == 0 {
		return
	}
	b.all.Households++
	// touched holds the rows this household has lines in, and the members
	// already counted in each, to count households and persons once.
	var touched [32]struct {
		c       *Cell
		members []string
	}
	nt := 0
	seen := func(c *Cell, member string) {
		i := 0
		for i < nt && touched[i].c != c {
			i++
		}
		if i == nt {
			if nt == len(touched) { // more rows than a household has: count anyway
				c.Households++
				if member != "" {
					c.Persons++
				}
				return
			}
			touched[nt].c, touched[nt].members = c, touched[nt].members[:0]
			nt++
			c.Households++
		}
		if member != "" && !slices.Contains(touched[i].members, member) {
			touched[i].members = append(touched[i].members, member)
			c.Persons++
		}
	}
	members := make([]string, 0, len(h.Members))
	for i := range br.Lines {
		l := &br.Lines[i]
		var month policy.Money
		if !l.Lump() && l.Form() != policy.Referral {
			month = l.Schedule().MonthFen()
		}
		b.all.add(l, month)
		member := l.Member()
		if member != "" && !slices.Contains(members, member) {
			members = append(members, member)
		}
		for _, d := range dimensions {
			c := b.row(d, l, br.Township)
			c.add(l, month)
			seen(c, member)
		}
	}
	b.all.Persons += len(members)
}

func (b *Budget) row(d Dimension, l *policy.Line, township string) *Cell {
	var k rowKey
	switch d {
	case ByProgramme:
		k = rowKey{d, string(l.Programme())}
	case ByItem:
		k = rowKey{d, itemKey(l.Programme(), l.Item())}
	case ByTownship:
		k = rowKey{d, township}
	case ByPayee:
		k = rowKey{d, string(l.Payee())}
	case ByPayer:
		k = rowKey{d, string(l.Payer())}
	}
	c := b.rows[k]
	if c == nil {
		c = new(Cell)
		b.rows[k] = c
	}
	return c
}

// itemKeys interns "programme/item" for every item the programmes have,
// so the hot path does not build strings.
var itemKeys = func() map[[2]string]string {
	items := map[policy.Programme][]policy.Item{
		policy.LowIncome: {lowincome.ItemBase, lowincome.ItemUpliftA, lowincome.ItemUpliftB, lowincome.ItemChild,
			lowincome.ItemChildAllowance},
		policy.Tekun:      {tekun.ItemDispersed, tekun.ItemCentralized, tekun.ItemQuota, tekun.ItemCare},
		policy.Disability: {disability.ItemLiving, disability.ItemNursing},
		policy.Medical: {medical.ItemSponsorship, medical.ItemInpatient, medical.ItemChildDisease,
			medical.ItemSecondAid},
		policy.Temporary: {temporary.ItemEmergency, temporary.ItemExpenditure, temporary.ItemReferral},
	}
	m := make(map[[2]string]string)
	for p, is := range items {
		for _, i := range is {
			m[[2]string{string(p), string(i)}] = string(p) + "/" + string(i)
		}
	}
	return m
}()

func itemKey(p policy.Programme, i policy.Item) string {
	if k, ok := itemKeys[[2]string{string(p), string(i)}]; ok {
		return k
	}
	return string(p) + "/" + string(i)
}

// AddError counts a record that could not be assessed.
func (b *Budget) AddError() { b.Failed++ }

// Merge adds budget o to b. Merging the budgets of any partition of the
// households, in any order, gives exactly the budget of a single pass.
func (b *Budget) Merge(o *Budget) {
	if b.rows == nil {
		b.rows = make(map[rowKey]*Cell, len(o.rows))
	}
	b.Households += o.Households
	b.Persons += o.Persons
	b.Failed += o.Failed
	b.all.merge(&o.all)
	for k, oc := range o.rows {
		c := b.rows[k]
		if c == nil {
			c = new(Cell)
			b.rows[k] = c
		}
		c.merge(oc)
	}
}

// All returns the budget's grand total.
func (b *Budget) All() Cell { return b.all.settle() }

// Row is one line of a budget table.
type Row struct {
	Dimension Dimension
	Key       string
	Cell
}

// Rows returns the rows of one dimension, by key.
func (b *Budget) Rows(d Dimension) []Row {
	var rows []Row
	for k, c := range b.rows {
		if k.dim == d {
			rows = append(rows, Row{Dimension: d, Key: k.key, Cell: c.settle()})
		}
	}
	slices.SortFunc(rows, func(x, y Row) int { return cmp.Compare(x.Key, y.Key) })
	return rows
}

// MedicalShortfall is what county finance must add when the medical-aid
// fund holds less than the budget's medical-aid payments: "缺口部分，由县级
// 财政…弥补" (2.3.1). It is zero when the fund suffices.
func (b *Budget) MedicalShortfall(fund decimal.Decimal) decimal.Decimal {
	for _, r := range b.Rows(ByPayer) {
		if r.Key == string(policy.MedicalAidFund) {
			return decimal.Max(decimal.Zero, r.Annual.Sub(fund))
		}
	}
	return decimal.Zero
}

// WriteText writes the budget as tables, one per dimension, with Chinese
// and English headings.
func (b *Budget) WriteText(w io.Writer) error {
	var s strings.Builder
	all := b.All()
	fmt.Fprintf(&s, "预算 / budget: %d 户 households, %d 人 persons, %d 条无法评估 could not be assessed\n",
		b.Households, b.Persons, b.Failed)
	fmt.Fprintf(&s, "有待遇的 / with entitlements: %d 户 households, %d 人 persons (named on member lines)\n",
		all.Households, all.Persons)
	titles := map[Dimension]string{
		ByProgramme: "按项目 / by programme", ByItem: "按明细 / by item", ByTownship: "按乡镇 / by township",
		ByPayee: "按领取方 / by payee", ByPayer: "按支付方 / by payer",
	}
	for _, d := range dimensions {
		fmt.Fprintf(&s, "\n%s\n  %-34s %16s %14s %14s %9s %9s %9s\n", titles[d], "", "元/年 annual", "元/月 monthly",
			"一次性 lump", "lines", "户 hh", "人 pers")
		for _, r := range b.Rows(d) {
			fmt.Fprintf(&s, "  %-34s %16s %14s %14s %9d %9d %9d\n", label(d, r.Key), r.Annual.StringFixed(2),
				r.Monthly.StringFixed(2), r.Lump.StringFixed(2), r.Lines, r.Households, r.Persons)
		}
	}
	fmt.Fprintf(&s, "\n  %-34s %16s %14s %14s %9d %9d %9d\n", "合计 / all", all.Annual.StringFixed(2),
		all.Monthly.StringFixed(2), all.Lump.StringFixed(2), all.Lines, all.Households, all.Persons)
	_, err := io.WriteString(w, s.String())
	return err
}

func label(d Dimension, key string) string {
	var zh string
	switch d {
	case ByProgramme:
		zh, _ = policy.Programme(key).Name()
	case ByPayee:
		zh, _ = policy.Payee(key).Name()
	case ByPayer:
		zh, _ = policy.Payer(key).Name()
	default:
		return key
	}
	return zh + " " + key
}
