package benefit

import (
	"cmp"
	"slices"

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
	// Cells of rows found before, to spare the map on the hot path: by
	// the index of a programme, payee and payer, and by programme and item.
	programmes [5]*Cell
	payees     [4]*Cell
	payers     [3]*Cell
	items      map[[2]string]*Cell
	// The cash paid out in each month, in all, by programme and by payer
	// (indexed like policy.Programmes and policy.Payers).
	months      outlay
	byProgramme [5]outlay
	byPayer     [3]outlay
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
	// (months 1–11 of each schedule, RULES.md section 0): what is paid out
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
	township := b.row(ByTownship, nil, br.Township)
	// touched holds the rows this household has lines in, and the members
	// already counted in each, to count households and persons once.
	var touched [32]struct {
		c       *Cell
		members members
	}
	nt := 0
	seen := func(c *Cell, m int, member string) {
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
			touched[nt].c, touched[nt].members = c, members{}
			nt++
			c.Households++
		}
		if member != "" && touched[i].members.add(m, member) {
			c.Persons++
		}
	}
	var named members
	for i := range br.Lines {
		l := &br.Lines[i]
		var month policy.Money
		if !l.Lump() && l.Form() != policy.Referral {
			month = l.Schedule().MonthFen()
		}
		b.all.add(l, month)
		b.months.add(l)
		b.byProgramme[l.Programme().Index()].add(l)
		b.byPayer[l.Payer().Index()].add(l)
		member := l.Member()
		m := memberIndex(h, member)
		if member != "" && named.add(m, member) {
			b.all.Persons++
		}
		for _, c := range [...]*Cell{b.programmeRow(l), b.itemRow(l), township, b.payeeRow(l), b.payerRow(l)} {
			c.add(l, month)
			seen(c, m, member)
		}
	}
}

// programmeRow, itemRow, payeeRow and payerRow return the line's row of
// each dimension, found once through the map and then kept.
func (b *Budget) programmeRow(l *policy.Line) *Cell {
	return cached(b.programmes[:], l.Programme().Index(), func() *Cell { return b.row(ByProgramme, l, "") })
}

func (b *Budget) payeeRow(l *policy.Line) *Cell {
	return cached(b.payees[:], l.Payee().Index(), func() *Cell { return b.row(ByPayee, l, "") })
}

func (b *Budget) payerRow(l *policy.Line) *Cell {
	return cached(b.payers[:], l.Payer().Index(), func() *Cell { return b.row(ByPayer, l, "") })
}

func cached(cells []*Cell, i int, find func() *Cell) *Cell {
	if i < 0 {
		return find()
	}
	if cells[i] == nil {
		cells[i] = find()
	}
	return cells[i]
}

func (b *Budget) itemRow(l *policy.Line) *Cell {
	k := [2]string{string(l.Programme()), string(l.Item())}
	if c := b.items[k]; c != nil {
		return c
	}
	if b.items == nil {
		b.items = make(map[[2]string]*Cell, 32)
	}
	c := b.row(ByItem, l, "")
	b.items[k] = c
	return c
}

// members is a set of a household's members, by their index in the record
// (a bit each for the first 64) or, beyond, by id.
type members struct {
	bits uint64
	more []string
}

// add adds member number m, whose id is id, and reports whether it was not
// there yet.
func (s *members) add(m int, id string) bool {
	if m >= 0 && m < 64 {
		bit := uint64(1) << m
		if s.bits&bit != 0 {
			return false
		}
		s.bits |= bit
		return true
	}
	if slices.Contains(s.more, id) {
		return false
	}
	s.more = append(s.more, id)
	return true
}

// memberIndex returns the index of the first member with the given id, or
// -1.
func memberIndex(h *household.Household, id string) int {
	if id == "" {
		return -1
	}
	for i := range h.Members {
		if h.Members[i].ID == id {
			return i
		}
	}
	return -1
}

// row returns the row of dimension d that line l (or, by township, the
// household) falls in, made when new.
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
		policy.Tekun: {tekun.ItemDispersed, tekun.ItemCentralized, tekun.ItemQuota, tekun.ItemCare,
			tekun.ItemReferNursing, tekun.ItemReferPsychiatric},
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
	b.months.merge(&o.months)
	for i := range b.byProgramme {
		b.byProgramme[i].merge(&o.byProgramme[i])
	}
	for i := range b.byPayer {
		b.byPayer[i].merge(&o.byPayer[i])
	}
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
