package synthetic

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// setTekun puts member m under 特困 support (2.2.1–2.2.2).
func (b *builder) setTekun(m *household.Member) {
	r := &b.r
	t := household.Tekun{Mode: household.TekunDispersed}
	if r.chance(0.2) {
		t.Mode, t.HomeID, t.HomeClass = household.TekunCentralized, homeIDs[b.town], homeClasses[b.town]
	}
	t.SelfCare = selfCares[r.pick(selfCareW)]
	if r.chance(0.1) {
		t.Period = b.monthPeriod()
	}
	t.Stay = b.stay(t)
	m.Tekun = t
}

// stay returns, for one in eight centralized residents supported all year,
// a nursing-home stay from a month of the year after January and not after
// the assessment date's (RULES.md 2.2.2: in dispersed support before it),
// else nil. It is read off the record's index, not drawn, so that the
// records' other fields are those they would be without it.
func (b *builder) stay(t household.Tekun) *household.MonthPeriod {
	if t.Mode != household.TekunCentralized || t.Period != nil || b.i%8 != 5 || b.on.Month < time.February {
		return nil
	}
	from := time.February + time.Month(b.i/8%(int(b.on.Month)-1))
	return &household.MonthPeriod{From: household.NewYearMonth(b.on.Year, from)}
}

// monthPeriod returns a record's run of months (section 0): starting in a
// month of the assessment year (one in five the year before), ending in a
// later month of the year or (two in five) left open.
func (b *builder) monthPeriod() *household.MonthPeriod {
	r := &b.r
	y := b.on.Year
	p := &household.MonthPeriod{From: household.NewYearMonth(y, time.Month(r.between(1, 12)))}
	if r.chance(0.2) && y > 1900 {
		p.From = household.NewYearMonth(y-1, time.Month(r.between(1, 12)))
	}
	if r.chance(0.6) {
		first := 1
		if p.From.Year == y {
			first = int(p.From.Month)
		}
		p.To = household.NewYearMonth(y, time.Month(r.between(first, 12)))
	}
	return p
}

// disabilities gives certificates (2.2.4): to 35% of 特困 persons living
// alone, and in 7% of other households to one member (two in a tenth).
func (b *builder) disabilities(kind int) {
	r := &b.r
	ms := b.h.Members
	switch {
	case kind == kindTekunAlone:
		if r.chance(0.35) {
			b.certify(0)
		}
	case r.chance(0.07):
		j := r.intn(len(ms))
		b.certify(j)
		if len(ms) > 1 && r.chance(0.1) {
			b.certify((j + 1 + r.intn(len(ms)-1)) % len(ms))
		}
	}
}

func (b *builder) certify(j int) {
	r := &b.r
	d := &household.Disability{Type: disTypes[r.pick(disTypeW)], Grade: 1 + r.pick(gradeW)}
	switch d.Grade {
	case 1, 2:
		d.LongTermCare = r.chance(0.6)
		d.WorkInjuryNursing = b.age[j] >= 18 && r.chance(0.03)
	case 3:
		d.LongTermCare = r.chance(0.1)
	}
	d.OrphanAllowance = b.age[j] < 18 && r.chance(0.1)
	if r.chance(0.05) {
		d.Period = b.monthPeriod()
	}
	b.h.Members[j].Disability = d
}

// severe reports whether member j holds a grade 1–2 certificate.
func (b *builder) severe(j int) bool {
	d := b.h.Members[j].Disability
	return d != nil && d.Grade <= 2
}

// statuses sets the household's programme status: 低保 coverage,
// registered poor, low-income family, no development path.
func (b *builder) statuses(kind int) {
	r, h := &b.r, b.h
	switch kind {
	case kindTekunAlone:
		b.poor = r.chance(0.3)
	default:
		b.covered = r.chance(0.315)
		if b.covered {
			b.poor = r.chance(0.55)
		} else {
			b.poor = r.chance(0.12)
			h.LowIncomeFamily = r.chance(0.07)
		}
	}
	h.Current.LowIncome, h.RegisteredPoor = b.covered, b.poor
	if b.covered && r.chance(0.05) {
		h.LowIncomePeriod = b.monthPeriod()
	}
	if b.poor {
		if b.covered {
			h.NoDevelopmentPath = r.chance(0.35)
		} else {
			h.NoDevelopmentPath = r.chance(0.05)
		}
	}
}

// ableToWork sets who can work: most of 18–59 unless severely disabled or
// seriously ill, some of 60–64, few of 16–17, no 特困 person.
func (b *builder) ableToWork() {
	r := &b.r
	for j := range b.h.Members {
		m := &b.h.Members[j]
		if b.tekun[j] {
			continue
		}
		switch a := b.age[j]; {
		case a >= 16 && a < 18:
			m.AbleToWork = r.chance(0.1)
		case a >= 18 && a < 60:
			if b.severe(j) || m.MajorDisease {
				m.AbleToWork = r.chance(0.05)
			} else {
				m.AbleToWork = r.chance(0.92)
			}
		case a >= 60 && a < 65:
			m.AbleToWork = r.chance(0.35)
		}
	}
}

// classes gives 低保 classes in covered households and 2.2.3 categories to
// members under 18.
func (b *builder) classes() {
	r, ms := &b.r, b.h.Members
	pChild := 0.01
	switch {
	case b.covered:
		pChild = 0.15
	case b.poor:
		pChild = 0.05
	}
	for j := range ms {
		if b.severe(j) && b.age[j] >= 18 {
			pChild = 0.6
		}
	}
	for j := range ms {
		m := &ms[j]
		if b.tekun[j] {
			continue
		}
		if b.covered {
			w := classW
			if b.age[j] >= 75 || b.severe(j) {
				w = classWFrail
			}
			m.Class = classes[r.pick(w)]
		}
		if b.age[j] < 18 && r.chance(pChild) {
			m.Child = household.ChildInDifficultHome
			if m.Disability != nil || r.chance(0.4) {
				m.Child = household.ChildInDifficulty
			}
		}
	}
}

// claims gives 5% of households one member with one or two inpatient
// claims (2.3.4) admitted in the assessment year.
func (b *builder) claims() {
	r, ms := &b.r, b.h.Members
	if !r.chance(0.05) {
		return
	}
	j := r.intn(len(ms))
	if r.chance(0.55) {
		j = 0
		for k := range ms {
			if b.age[k] > b.age[j] {
				j = k
			}
		}
	}
	m := &ms[j]
	n := 1
	if r.chance(0.15) {
		n = 2
	}
	m.Claims = reuse(b.spare.claims[j], n)
	for k := range m.Claims {
		c := &m.Claims[k]
		c.ID, c.Admission = claimIDs[k], b.dateFrom(m.BirthDate)
		lo := 2000 << r.intn(5)
		total := int64(r.between(lo, 2*lo))*100 + int64(r.intn(100))
		compliant := total * int64(r.between(80, 98)) / 100
		ncms := compliant * int64(r.between(45, 65)) / 100
		rest := compliant - ncms
		var critical, supp, guaranteed int64
		if rest > 1000000 {
			critical = (rest - 1000000) * int64(r.between(40, 60)) / 100
			rest -= critical
		}
		if b.poor {
			if r.chance(0.5) {
				supp = rest * int64(r.between(10, 30)) / 100
				rest -= supp
			}
			if r.chance(0.2) {
				guaranteed = rest * int64(r.between(10, 30)) / 100
			}
		}
		c.TotalCost, c.CompliantCost, c.NCMS = amount(total), amount(compliant), amount(ncms)
		if critical > 0 {
			c.CriticalIllness = amount(critical)
		}
		if supp > 0 {
			c.Supplementary = amount(supp)
		}
		if guaranteed > 0 {
			c.Guaranteed = amount(guaranteed)
		}
		if b.age[j] <= 14 && r.chance(0.25) {
			c.Disease, c.FixedQuotaCost = household.AcuteLeukaemia, amount(8000000)
			if r.chance(0.5) {
				c.Disease, c.FixedQuotaCost = household.CongenitalHeart, amount(3500000)
			}
		}
	}
	if r.chance(0.35) {
		m.MajorDisease = true
	}
	if r.chance(0.1) {
		paid := int64(r.between(500, 5000)) * 100
		m.MedicalAidPaid = amount(paid)
		b.income(j, household.MedicalAid, paid)
	}
	b.h.Needs.DiseaseEmergency = r.chance(0.03)
}

// income records an income of member j while the record is built.
func (b *builder) income(j int, cat household.IncomeCategory, cents int64) {
	if cents <= 0 || b.ninc[j] == len(b.inc[j]) {
		return
	}
	b.inc[j][b.ninc[j]] = entry{cat, cents}
	b.ninc[j]++
}

// counted reports whether the 2017 defaults count the category toward
// 低保 income (2.1.2–2.1.3).
func counted(c household.IncomeCategory) bool {
	switch c {
	case household.Wages, household.Agriculture, household.Business, household.Property,
		household.Transfers, household.OtherIncome:
		return true
	}
	return false
}

// incomes draws the members' incomes: a per-capita target for the
// household by its status, pensions for the old, the rest shared among
// those who earn.
func (b *builder) incomes(kind int) {
	r, ms := &b.r, b.h.Members
	var perCapita int64
	switch {
	case kind == kindTekunAlone:
	case b.covered:
		switch r.pick(incomeBandsW) {
		case 0:
			perCapita = int64(r.between(coveredLow, coveredHigh))
		case 1:
			perCapita, b.exact = standard/100, true
		default:
			perCapita = int64(r.between(risenLow, risenHigh))
			b.h.Current.RiseStable = r.chance(0.4)
		}
	default:
		below := 0.09
		if b.poor {
			below = 0.2
		}
		if r.chance(below) {
			perCapita = int64(r.between(uncoveredLowLow, uncoveredLowHigh))
		} else {
			perCapita = int64(r.between(uncoveredLow, uncoveredHigh))
		}
	}
	var n, pensions int64
	var weights [maxSize]int64
	var totalW int64
	for j := range ms {
		if b.age[j] >= 60 && r.chance(0.9) {
			p := int64(840)
			if r.chance(0.1) {
				p = 1080
			}
			b.income(j, household.Transfers, p*100)
			if !b.tekun[j] {
				pensions += p
			}
		}
		if b.tekun[j] {
			continue
		}
		n++
		switch {
		case ms[j].AbleToWork:
			weights[j] = int64(r.between(4, 8))
		case b.age[j] >= 18 && b.age[j] <= 80 && !b.severe(j):
			weights[j] = 1
		}
		totalW += weights[j]
	}
	if n == 0 {
		return
	}
	if totalW == 0 {
		weights[0], totalW = 1, 1
	}
	rest := max(perCapita*n-pensions, 0)
	last := 0
	for j := range ms {
		if weights[j] > 0 {
			last = j
		}
	}
	left := rest
	for j := range ms {
		if weights[j] == 0 {
			continue
		}
		share := rest * weights[j] / totalW
		if j == last {
			share = left
		}
		left -= share
		b.earn(j, share)
	}
	for j := range ms {
		if b.tekun[j] || b.exact {
			continue
		}
		if ms[j].AbleToWork && r.chance(0.02) {
			b.income(j, household.Property, int64(r.between(200, 1500))*100)
		}
	}
}

// earn records a share of the household's income, in yuan, as member j's
// wages, agriculture or business.
func (b *builder) earn(j int, yuan int64) {
	r := &b.r
	if yuan <= 0 {
		return
	}
	cat := household.Agriculture
	if b.h.Members[j].AbleToWork {
		if yuan >= 1000 && r.chance(0.85) {
			wages := yuan * int64(r.between(50, 100)) / 100
			b.income(j, household.Wages, wages*100)
			yuan -= wages
		}
		if r.chance(0.15) {
			cat = household.Business
		}
	}
	cents := yuan * 100
	if cat == household.Agriculture && !b.exact && cents > 100 && r.chance(0.25) {
		cents -= int64(r.between(1, 99))
	}
	b.income(j, cat, cents)
}

// pay records a current payment while the record is built.
func (b *builder) pay(prog policy.Programme, item policy.Item, member string, cents int64) {
	if b.npays < len(b.pays) {
		b.pays[b.npays] = line{prog, item, member, cents}
		b.npays++
	}
}

// payments records what the household is paid now: its 低保 lines when
// covered (some with a deliberate error) and disability subsidies.
func (b *builder) payments() {
	r, ms := &b.r, b.h.Members
	if b.covered && r.chance(0.88) {
		b.lowIncomeLines()
		var paid int64
		for _, p := range b.pays[:b.npays] {
			paid += p.cents
		}
		b.income(0, household.LowIncomePay, paid*12)
	}
	for j := range ms {
		d := ms[j].Disability
		if d == nil {
			continue
		}
		id := memberIDs[j]
		var annual int64
		living := int64(livingMild)
		if d.Grade <= 2 {
			living = livingSevere
		}
		switch {
		case b.tekun[j] || d.OrphanAllowance:
		case b.covered || b.poor:
			if r.chance(0.7) {
				if r.chance(0.06) {
					b.pay(policy.Disability, itemLiving, id, 5000)
					annual += 5000 * 12
				} else {
					b.pay(policy.Disability, itemLiving, id, monthly(living))
					annual += living
				}
			}
		case r.chance(0.03):
			b.pay(policy.Disability, itemLiving, id, monthly(living))
			annual += living
		}
		if d.Grade <= 2 && d.LongTermCare && !d.WorkInjuryNursing && r.chance(0.65) {
			b.pay(policy.Disability, itemNursing, id, nursingMonthly)
			annual += 12 * nursingMonthly
		}
		b.income(j, household.DisabilityPay, annual)
	}
	for j := range ms {
		t := ms[j].Tekun
		if t.Mode == household.TekunDispersed && t.Period == nil {
			b.income(j, household.TekunPay, standard)
		}
		if !b.tekun[j] {
			if b.age[j] >= 15 && b.age[j] < 18 && r.chance(0.04) {
				b.income(j, household.Scholarship, int64(r.between(500, 2000))*100)
			}
			if b.age[j] >= 18 && r.chance(0.0005) {
				b.income(j, household.BraveryAward, int64(r.between(1000, 5000))*100)
			}
		}
	}
}

// lowIncomeLines records the 低保 lines of a covered household as due
// under the 2017 defaults, then, in a quarter of households, one error.
// A household above the line carries a stale base.
func (b *builder) lowIncomeLines() {
	r, ms := &b.r, b.h.Members
	var income, n, kids int64
	for j := range ms {
		if b.tekun[j] {
			continue
		}
		n++
		for _, e := range b.inc[j][:b.ninc[j]] {
			if counted(e.cat) {
				income += e.cents
			}
		}
		if ms[j].Child != household.ChildNone {
			kids++
		}
	}
	gap := standard*n - income
	switch {
	case gap > 0:
		b.pay(policy.LowIncome, itemBase, "", monthly(gap))
	case gap < 0:
		b.pay(policy.LowIncome, itemBase, "", int64(r.between(50, 300))*100)
	}
	// Children's lines share k × I/n rounded once; the fen beyond I/n
	// rounded down go one each to the first children (lowincome's split).
	floor := income / n
	extra := (2*kids*income+n)/(2*n) - kids*floor
	for j := range ms {
		m := &ms[j]
		if b.tekun[j] {
			continue
		}
		switch m.Class {
		case household.ClassA:
			b.pay(policy.LowIncome, itemUpliftA, m.ID, monthly(upliftA))
		case household.ClassB:
			b.pay(policy.LowIncome, itemUpliftB, m.ID, monthly(upliftB))
		}
		if m.Child == household.ChildNone {
			continue
		}
		child := int64(standard)
		if gap > 0 {
			child = floor
			if extra > 0 {
				child++
				extra--
			}
		}
		if c := monthly(child); c > 0 {
			b.pay(policy.LowIncome, itemChild, m.ID, c)
		}
	}
	if gap < 0 || !r.chance(0.25) {
		return
	}
	switch r.pick([]int{50, 25, 25}) {
	case 1: // a member line missing
		var lines [2 * maxSize]int
		k := 0
		for i, p := range b.pays[:b.npays] {
			if p.member != "" {
				lines[k] = i
				k++
			}
		}
		if k > 0 {
			i := lines[r.intn(k)]
			copy(b.pays[i:], b.pays[i+1:b.npays])
			b.npays--
			return
		}
	case 2: // an uplift for a member with no class A or B
		for j := range ms {
			if !b.tekun[j] && ms[j].Class != household.ClassA && ms[j].Class != household.ClassB {
				b.pay(policy.LowIncome, itemUpliftB, ms[j].ID, monthly(upliftB))
				return
			}
		}
	}
	// the base off by 5–120 元
	delta := int64(r.between(5, 120)) * 100
	if b.npays > 0 && b.pays[0].item == itemBase {
		if r.chance(0.5) && b.pays[0].cents > delta {
			delta = -delta
		}
		b.pays[0].cents += delta
		return
	}
	b.pay(policy.LowIncome, itemBase, "", delta)
}

// materialize makes the members' incomes and the household's payments to
// size from the builder's arrays. A member's incomes reuse what it held
// before when they fit; the rest share one new slice, each member's part
// capped so that appending to it cannot touch another's.
func (b *builder) materialize() {
	ms := b.h.Members
	need := 0
	for j := range ms {
		if cap(b.spare.incomes[j]) < b.ninc[j] {
			need += b.ninc[j]
		}
	}
	var all []household.Income
	if need > 0 {
		all = make([]household.Income, need)
	}
	for j := range ms {
		n := b.ninc[j]
		if n == 0 {
			continue
		}
		in := b.spare.incomes[j]
		if cap(in) >= n {
			in = in[:n]
		} else {
			in, all = all[:n:n], all[n:]
		}
		for k, e := range b.inc[j][:n] {
			in[k] = household.Income{Category: e.cat, Amount: amount(e.cents)}
		}
		ms[j].Incomes = in
	}
	if b.npays > 0 {
		ps := reuse(b.spare.payments, b.npays)
		for k, p := range b.pays[:b.npays] {
			ps[k] = household.Payment{Programme: p.prog, Item: p.item, Member: p.member, Monthly: amount(p.cents)}
		}
		b.h.Current.Payments = ps
	}
}

// hardship records one hardship event (2.4); alone is the event of a
// person without a household.
func (b *builder) hardship(alone bool) {
	r, h := &b.r, b.h
	e := household.Hardship{ID: "e1", Type: household.EmergencyOther}
	if !alone {
		e.Type = hardships[r.pick(hardshipW)]
	}
	from := household.Date{}
	switch e.Type {
	case household.SuddenIllness, household.Accident, household.MedicalExpense:
		j := r.intn(b.size)
		e.Member, from = memberIDs[j], h.Members[j].BirthDate
	case household.EducationExpense:
		j := 0
		for k := range b.size {
			if b.age[k] < b.age[j] {
				j = k
			}
		}
		e.Member, from = memberIDs[j], h.Members[j].BirthDate
	}
	if alone {
		e.Member, from = memberIDs[0], h.Members[0].BirthDate
	}
	e.Date = b.dateFrom(from)
	var cost int64
	switch e.Type {
	case household.MedicalExpense:
		cost = int64(r.between(5000, 80000))
	case household.EducationExpense:
		cost = int64(r.between(2000, 15000))
	case household.ExpenseOther:
		cost = int64(r.between(500, 10000))
	default:
		cost = int64(r.between(1000, 40000))
	}
	if alone {
		cost = int64(r.between(200, 1500))
	}
	cost *= 100
	e.Cost = amount(cost)
	if !alone && r.chance(0.6) {
		got := cost * int64(r.between(10, 90)) / 100
		switch e.Type {
		case household.Fire, household.Disaster:
			ins := got * int64(r.between(0, 100)) / 100
			e.Insurance, e.OtherAid = nonZero(ins), nonZero(got-ins)
		case household.Accident:
			comp := got * int64(r.between(0, 100)) / 100
			e.Compensation, e.Insurance = nonZero(comp), nonZero(got-comp)
		default:
			e.OtherAid = nonZero(got)
		}
	}
	switch {
	case alone && r.chance(0.7):
		e.Referral = referrals[0]
	case r.chance(0.1):
		e.Referral = referrals[r.intn(len(referrals))]
	}
	switch e.Type {
	case household.Disaster:
		h.Needs.DisasterVictim = r.chance(0.6)
	case household.Fire:
		h.Needs.UnsafeHousing = r.chance(0.3)
	}
	h.Hardships = append(b.spare.hardships[:0], e)
}

// nonZero is amount for a positive amount and the zero (omitted) decimal
// otherwise.
func nonZero(c int64) (d decimal.Decimal) {
	if c > 0 {
		d = amount(c)
	}
	return d
}

// needs flags what other departments decide (section 3).
func (b *builder) needs() {
	r, h := &b.r, b.h
	unsafe := 0.01
	if b.poor {
		unsafe = 0.08
	}
	if r.chance(unsafe) {
		h.Needs.UnsafeHousing = true
	}
	for j := range b.size {
		if b.age[j] >= 16 && b.age[j] < 60 {
			if r.chance(0.03) {
				h.Needs.NoPension = true
			}
			break
		}
	}
}

// assets declares assets for 75% of covered households and 25% of others.
func (b *builder) assets(kind int) {
	r := &b.r
	switch {
	case kind == kindTekunAlone:
	case b.covered:
		if r.chance(0.75) {
			a := b.newAssets()
			a.Deposits = amount(int64(r.between(0, depositsHigh)) * 100)
			b.h.Assets = a
		}
	case r.chance(0.25):
		a := b.newAssets()
		a.Deposits = amount(int64(r.between(0, 50000)) * 100)
		if r.chance(0.1) {
			a.Vehicles = 1
		}
		if r.chance(0.05) {
			a.ExtraHousing = 1
		}
		b.h.Assets = a
	}
}

// newAssets returns zero assets: those h held before, or new ones.
func (b *builder) newAssets() *household.Assets {
	a := b.spare.assets
	if a == nil {
		return new(household.Assets)
	}
	*a = household.Assets{}
	return a
}
