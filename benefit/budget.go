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

// Dimensions returns the dimensions a budget totals by, in the order its
// text and JSON list them.
func Dimensions() []Dimension { return slices.Clone(dimensions[:]) }

// Budget totals the breakdowns of many households, as finance departments
// budget the programmes ("根据测算资金需求…足额安排", 2.3.1 and section 3):
// by programme, item, township, payee and payer. Budgets are mergeable:
// households assessed on many goroutines or machines, each into a budget of
// its own, merge into exactly the figures of a single pass, whatever the
// order. Amounts are exact; the zero value is an empty budget, ready to use,
// and its accessors (All, Rows, Outlays, OutlayAll, NotAssessed,
// MedicalShortfall) read a nil one as empty; Add and AddError, which add to
// it, panic on a nil receiver, as there is nowhere to add. A Budget is
// not safe for concurrent use: give each goroutine its own and
// [Budget.Merge] them.
type Budget struct {
	// Households and Persons count the records added; Failed counts the
	// records that could not be assessed (see [Budget.AddError]).
	Households, Persons, Failed int
	added                       int // the households added with lines, numbered for Cell.count
	all                         Cell
	rows                        map[rowKey]*Cell
	// Cells of rows found before, to spare the map on the hot path: by
	// the index of a programme, payee and payer, by programme the items
	// found, and by township.
	programmes [5]*Cell
	payees     [4]*Cell
	payers     [3]*Cell
	items      [5][]itemCell
	townships  map[string]*Cell
	// The cash paid out in each month, in all, by programme and by payer
	// (indexed like policy.Programmes and policy.Payers).
	months      outlay
	byProgramme [5]outlay
	byPayer     [3]outlay
	// notAssessed are the months no parameter set was in force in the year
	// of some breakdown added, bit m for month m (section 0).
	notAssessed uint16
}

type rowKey struct {
	dim Dimension
	key string
}

// Cell is one budget figure: the sum of the lines under a key.
type Cell struct {
	// Annual is the lines' annual amounts, lump sums included.
	Annual decimal.Decimal
	// Monthly is the sum of the regular monthly payments of the lines paid
	// by month (months 1–11 of each schedule, RULES.md section 0): the
	// monthly rate of the recurring lines, each counted as if it paid every
	// month, so a line for part of the year counts in full — and so does
	// each piece of an entitlement that parameter sets split into lines of
	// their own months: in a year of three sets, a household's 低保 base
	// counts three times. The cash paid out in a given month is in the
	// budget's outlays ([Budget.Outlays]).
	// Lump is the lines paid once (medical and temporary aid, contribution
	// sponsorship).
	Monthly, Lump decimal.Decimal
	// Provisional is the part of Annual that lines resting on a provisional
	// parameter pay (section 0: such a line is marked provisional), so that
	// a budget says how much of it rests on values not confirmed for the
	// county.
	Provisional decimal.Decimal
	// Lines counts the lines; Households the households with at least one
	// of them; Persons the members named on them (a household line, such as
	// the 低保 base, names no member).
	Lines, Households, Persons int

	annual, monthly, lump, provisional policy.Sum
	// Counting (Cell.count): the number of the household counted last,
	// and its members counted.
	counted int
	bits    uint64
	ids     []string
}

// add adds a line of amount: a lump sum, or paid by month with the regular
// monthly payment month (zero for a referral, which pays nothing), and
// resting on a provisional parameter or not.
func (c *Cell) add(amount, month policy.Money, lump, provisional bool) {
	c.Lines++
	c.annual.Add(amount)
	if lump {
		c.lump.Add(amount)
	} else {
		c.monthly.Add(month)
	}
	if provisional {
		c.provisional.Add(amount)
	}
}

func (c *Cell) merge(o *Cell) {
	c.Lines += o.Lines
	c.Households += o.Households
	c.Persons += o.Persons
	c.annual.Merge(&o.annual)
	c.monthly.Merge(&o.monthly)
	c.lump.Merge(&o.lump)
	c.provisional.Merge(&o.provisional)
}

func (c *Cell) settle() Cell {
	out := *c
	out.Annual, out.Monthly, out.Lump = c.annual.Total(), c.monthly.Total(), c.lump.Total()
	out.Provisional = c.provisional.Total()
	out.counted, out.bits, out.ids = 0, 0, nil
	return out
}

// Add adds one household's breakdown to the budget: every line under its
// programme, item, township, payee and payer. h is the record assessed; it
// counts the persons. A nil h or br is counted as a record that could not
// be assessed ([Budget.AddError]), and so is a breakdown with a line the
// budget cannot file, which adds nothing else: a line lacking its
// programme, its payee or its payer (the zero [policy.Line] lacks all
// three), or whose months are not a run of January to December (month 13,
// a [policy.Period] with From or To left zero, or From after To). No
// Assessor makes such a line and no reader reads one; a breakdown built in
// Go may hold one. Nothing of a record is dropped silently.
func (b *Budget) Add(h *household.Household, br *Breakdown) {
	if h == nil || br == nil || !filed(br.Lines) {
		b.AddError()
		return
	}
	b.addFiled(h, br)
}

// addFiled is [Budget.Add] of a record and a breakdown it has checked:
// neither nil, every line filed.
func (b *Budget) addFiled(h *household.Household, br *Breakdown) {
	if b.rows == nil {
		b.rows = make(map[rowKey]*Cell, 64)
	}
	b.Households++
	b.Persons += len(h.Members)
	if br.in != nil {
		b.notAssessed |= br.in.gaps
	}
	if len(br.Lines) == 0 {
		return
	}
	b.added++
	township := b.townshipRow(br.Township)
	for i := range br.Lines {
		l := &br.Lines[i]
		amount, referral := l.Amount(), l.Form() == policy.Referral
		lump := l.Lump() && !referral
		var s policy.Schedule // none for a lump sum or a referral
		if !l.Lump() && !referral {
			s = l.Schedule()
		}
		month, prov := s.MonthFen(), l.Provisional()
		b.all.add(amount, month, lump, prov)
		b.months.add(l, s)
		p, e, r := l.Indexes()
		b.byProgramme[p].add(l, s)
		b.byPayer[r].add(l, s)
		member := l.Member()
		m := memberIndex(h, member)
		b.all.count(b.added, m, member)
		for _, c := range [...]*Cell{b.programmeRow(l, p), b.itemRow(l, p), township, b.payeeRow(l, e), b.payerRow(l, r)} {
			c.add(amount, month, lump, prov)
			c.count(b.added, m, member)
		}
	}
}

// filed reports whether every line names a programme, payee and payer,
// the rows it is added under, and months of the year, those its outlay is
// added in.
func filed(lines []policy.Line) bool {
	for i := range lines {
		if p, e, r := lines[i].Indexes(); p < 0 || e < 0 || r < 0 || !lines[i].Period().Valid() {
			return false
		}
	}
	return true
}

// count counts household number n (of the budget's households with
// lines) in the cell's households, and the member it names (m, its index in
// the record, -1 for none) in its persons, each once: the cell keeps the
// number of the household it counted last and which of its members, by
// index (a bit each for the first 64) or, beyond, by id.
func (c *Cell) count(n, m int, member string) {
	if c.counted != n {
		c.counted, c.bits, c.ids = n, 0, c.ids[:0]
		c.Households++
	}
	switch {
	case member == "":
		return
	case m >= 0 && m < 64:
		if c.bits&(1<<m) != 0 {
			return
		}
		c.bits |= 1 << m
	default:
		if slices.Contains(c.ids, member) {
			return
		}
		c.ids = append(c.ids, member)
	}
	c.Persons++
}

// programmeRow, itemRow, payeeRow and payerRow return the line's row of
// each dimension, found once through the map and then kept; i is the
// index of the line's programme, payee or payer ([policy.Line.Indexes]),
// never -1 in a breakdown Add files.
func (b *Budget) programmeRow(l *policy.Line, i int) *Cell {
	return cached(b.programmes[:], i, func() *Cell { return b.row(ByProgramme, l, "") })
}

func (b *Budget) payeeRow(l *policy.Line, i int) *Cell {
	return cached(b.payees[:], i, func() *Cell { return b.row(ByPayee, l, "") })
}

func (b *Budget) payerRow(l *policy.Line, i int) *Cell {
	return cached(b.payers[:], i, func() *Cell { return b.row(ByPayer, l, "") })
}

func cached(cells []*Cell, i int, find func() *Cell) *Cell {
	if cells[i] == nil {
		cells[i] = find()
	}
	return cells[i]
}

func (b *Budget) itemRow(l *policy.Line, p int) *Cell {
	item := l.Item()
	for _, x := range b.items[p] {
		if x.item == item {
			return x.c
		}
	}
	c := b.row(ByItem, l, "")
	b.items[p] = append(b.items[p], itemCell{item, c})
	return c
}

// itemCell is an item's row.
type itemCell struct {
	item policy.Item
	c    *Cell
}

// townshipRow returns the township's row.
func (b *Budget) townshipRow(township string) *Cell {
	c := b.townships[township]
	if c == nil {
		if b.townships == nil {
			b.townships = make(map[string]*Cell, 32)
		}
		c = b.row(ByTownship, nil, township)
		b.townships[township] = c
	}
	return c
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
// households, in any order, gives exactly the budget of a single pass. A
// nil o adds nothing.
func (b *Budget) Merge(o *Budget) {
	if o == nil {
		return
	}
	if b.rows == nil {
		b.rows = make(map[rowKey]*Cell, len(o.rows))
	}
	b.Households += o.Households
	b.Persons += o.Persons
	b.Failed += o.Failed
	b.notAssessed |= o.notAssessed
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

// orEmpty returns b, or an empty budget for a nil b: the accessors read a
// nil budget as a budget of no household.
func (b *Budget) orEmpty() *Budget {
	if b == nil {
		return new(Budget)
	}
	return b
}

// All returns the budget's grand total.
func (b *Budget) All() Cell { return b.orEmpty().all.settle() }

// Row is one line of a budget table.
type Row struct {
	Dimension Dimension // the dimension the row belongs to
	Key       string    // the programme, "programme/item", township, payee or payer
	Cell
}

// Rows returns the rows of one dimension, by key.
func (b *Budget) Rows(d Dimension) []Row {
	b = b.orEmpty()
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
// 财政…弥补" (2.3.1). It is zero when the fund suffices. A fund that is not
// money — negative, of more than two places, or above 10^12 元 — is a
// [*policy.FieldError] at "fund" (see [policy.CheckMoney]), never a
// shortfall larger than the payments.
func (b *Budget) MedicalShortfall(fund decimal.Decimal) (decimal.Decimal, error) {
	if err := policy.CheckMoney("fund", fund); err != nil {
		return decimal.Zero, err
	}
	for _, r := range b.Rows(ByPayer) {
		if r.Key == string(policy.MedicalAidFund) {
			return decimal.Max(decimal.Zero, r.Annual.Sub(fund)), nil
		}
	}
	return decimal.Zero, nil
}
