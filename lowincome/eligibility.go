package lowincome

import (
	"slices"

	"github.com/safetynet-go/safetynet/policy"
)

var (
	// clausesCoverage are those of every coverage decision, entry and exit
	// alike: 低保 coverage (2.1.2), the counted income I (2.1.3) and S (2.1.1).
	clausesCoverage = []policy.Clause{policy.ClauseDynamic, policy.ClauseMeansTest, policy.ClauseStandard}
	clausesAlone    = []policy.Clause{policy.ClauseConventions}
	clausesAssets   = []policy.Clause{policy.ClauseMeansTest}

	formulaBelow = policy.Formula{ID: "lowincome.below",
		ZH: "家庭年收入 {I} 低于低保线 {S} × {n} 人 = {L}，差 {d} 元",
		EN: "household income {I} is below the line {S} × {n} persons = {L} by {d} yuan"}
	formulaAtOrAbove = policy.Formula{ID: "lowincome.at-or-above",
		ZH: "家庭年收入 {I} 不低于低保线 {S} × {n} 人 = {L}，高于低保线 {d} 元",
		EN: "household income {I} is not below the line {S} × {n} persons = {L}: {d} yuan above it"}
	formulaOnLine = policy.Formula{ID: "lowincome.on-line",
		ZH: "家庭年收入 {I} 恰等于低保线 {S} × {n} 人 = {L}，不低于低保线",
		EN: "household income {I} equals the line {S} × {n} persons = {L}: not below it"}
	formulaRecipientOnLine = policy.Formula{ID: "lowincome.recipient-on-line",
		ZH: "在保家庭年收入 {I} 恰等于低保线 {S} × {n} 人 = {L}，不高于低保线：继续保障，重新核定补差",
		EN: "recipient's income {I} equals the line {S} × {n} persons = {L}, not above it: continues, payment recomputed"}
	formulaRecipientAtOrBelow = policy.Formula{ID: "lowincome.recipient-continue",
		ZH: "在保家庭年收入 {I} 不高于低保线 {S} × {n} 人 = {L}（低于 {d} 元）：继续保障，重新核定补差",
		EN: "recipient's income {I} is not above the line {S} × {n} persons = {L} ({d} yuan below it): continues, payment recomputed"}
	formulaExitPending = policy.Formula{ID: "lowincome.exit-pending",
		ZH: "在保家庭年收入 {I} 高于低保线 {S} × {n} 人 = {L}，高出 {d} 元；稳定脱贫未确认：待确认退出，确认退出前仍为低保对象（补差为 0，分类增发和困境儿童补助如有照发）",
		EN: "recipient's income {I} is above the line {S} × {n} persons = {L} by {d} yuan; stable rise not confirmed: exit pending confirmation, still a recipient until the exit is confirmed (base 0; any uplifts and children's lines continue)"}
	formulaExit = policy.Formula{ID: "lowincome.exit",
		ZH: "在保家庭年收入 {I} 高于低保线 {S} × {n} 人 = {L}，高出 {d} 元，且已确认稳定脱贫：退出低保",
		EN: "recipient's income {I} is above the line {S} × {n} persons = {L} by {d} yuan and the rise is confirmed stable: exits"}
	formulaAllTekun = policy.Formula{ID: "lowincome.all-tekun",
		ZH: "家庭成员均为特困供养人员，单独供养，不计入低保家庭",
		EN: "every member is under 特困 support and assessed alone, outside the 低保 household"}
	formulaNoHousehold = policy.Formula{ID: "lowincome.no-household",
		ZH: "无固定住所的个人（生活无着的流浪、乞讨人员等）：仅临时救助和转介服务",
		EN: "a person without a household: temporary aid and referral only"}

	// An applicant refused on the asset test: the test's reason, and the
	// income against the line, for every decision states its margin.
	formulaAssetsRefused = policy.Formula{ID: "lowincome.assets-refused",
		ZH: "{assets}；{income}：不予纳入", EN: "{assets}; {income}: refused"}
	formulaAssetsOff = policy.Formula{ID: "lowincome.assets.off",
		ZH: "未配置财产核查（地方参数）", EN: "asset test not configured (a local parameter)"}
	formulaAssetsNone = policy.Formula{ID: "lowincome.assets.not-applicable",
		ZH: "财产核查不适用：无低保家庭成员（无固定住所者，或家庭成员均为特困供养人员）",
		EN: "asset test not applicable: no member of a 低保 household (a person without a household, or every member under 特困 support)"}
	formulaAssetsPass = policy.Formula{ID: "lowincome.assets.pass",
		ZH: "财产核查通过", EN: "asset test passed"}
	formulaDeposits = policy.Formula{ID: "lowincome.assets.deposits",
		ZH: "财产核查未通过：存款 {D} 元高于 {lim} × {n} 人 = {max} 元",
		EN: "asset test failed: deposits {D} yuan exceed {lim} × {n} persons = {max} yuan"}
	formulaVehicles = policy.Formula{ID: "lowincome.assets.vehicles",
		ZH: "财产核查未通过：机动车 {v} 辆多于 {lim} 辆", EN: "asset test failed: {v} motor vehicles, more than the limit of {lim}"}
	formulaHousing = policy.Formula{ID: "lowincome.assets.housing",
		ZH: "财产核查未通过：另有住房 {v} 处多于 {lim} 处", EN: "asset test failed: {v} extra dwellings, more than the limit of {lim}"}
)

// assetsCheck names the asset test's check.
const assetsCheck = "lowincome.assets"

// checkAssets is the asset test of 2.1.3. With no limit configured it is
// off, and reports "asset test not configured"; it does not apply to a
// record with no 低保 household (a person without a household, or members
// all under 特困 support), which is not asked for its assets; otherwise,
// with a limit configured and no assets declared, it is an error naming
// the field.
func (x *assessment) checkAssets() (policy.Check, error) {
	lim := x.p.Assets
	if !lim.Configured() {
		return x.assetsOff, nil
	}
	if x.h.NoFixedHousehold || x.n == 0 {
		return x.assetsNone, nil
	}
	a := x.h.Assets
	if a == nil {
		return policy.Check{}, policy.Path("assets").Required("is required: the asset test is configured")
	}
	c := policy.CheckOf{Name: assetsCheck, Clauses: clausesAssets, Status: policy.Fail, Params: x.usedAssets}
	deposits, _ := policy.MoneyOf(a.Deposits)
	perCapita := policy.ParamMoney(lim.DepositsPerCapita)
	switch limit := perCapita * policy.Money(x.n); {
	case lim.DepositsPerCapita.Set && deposits > limit:
		c.Value, c.Bound, c.HasFigures = deposits, limit, true
		return policy.NewCheck(c, &formulaDeposits, policy.M("D", deposits), policy.M("lim", perCapita),
			policy.N("n", x.n), policy.M("max", limit)), nil
	case lim.Vehicles.Set && a.Vehicles > lim.Vehicles.Value:
		return policy.NewCheck(c, &formulaVehicles, policy.N("v", a.Vehicles), policy.N("lim", lim.Vehicles.Value)), nil
	case lim.ExtraHousing.Set && a.ExtraHousing > lim.ExtraHousing.Value:
		return policy.NewCheck(c, &formulaHousing, policy.N("v", a.ExtraHousing), policy.N("lim", lim.ExtraHousing.Value)), nil
	}
	c.Status = policy.Pass
	return policy.NewCheck(c, &formulaAssetsPass), nil
}

// decide is eligibility (2.1.2–2.1.3) and the exit review (2.1.2 动态管理).
// An applicant is eligible when I < S×n and the asset test does not fail.
// A current recipient continues while I ≤ S×n, whatever the asset test
// found (the breakdown reports it); above the line it exits only
// when the rise is confirmed stable, and is otherwise "exit pending
// confirmation", still a recipient until then (base max(0, S×n − I) = 0,
// its uplifts and children's lines continuing). So an applicant at exactly
// S×n is refused while a recipient there continues: the text's asymmetry,
// kept on purpose.
func (x *assessment) decide() {
	h, out := x.h, &x.out.Assessment
	switch {
	case h.NoFixedHousehold:
		out.DecideFrom(x.t.noHousehold, "")
		return
	case x.n == 0:
		out.DecideFrom(x.t.allTekun, "")
		return
	}
	margin := -x.gap                                                  // I − S×n
	if !h.Current.LowIncome && x.out.assets.Status() == policy.Fail { // an applicant's; a recipient's exit is income's
		f, diff := &formulaAtOrAbove, margin
		switch {
		case margin < 0:
			f, diff = &formulaBelow, -margin
		case margin == 0: // on the line: not below it, and not above it by anything either
			f = &formulaOnLine
		}
		d := policy.Decide{Programme: policy.LowIncome, Outcome: policy.Ineligible, Clauses: clausesCoverage,
			Params: slices.Concat(x.usedStandard, x.usedAssets, x.rules)} // the limits it quotes, and the rules of I
		// The refusal quotes the asset test, then the income against the
		// line in the words of f, which reads the five arguments after it.
		args := append(x.out.assets.Explanation().Nest("assets"), policy.Nested("income", f, 5),
			policy.M("I", x.income), policy.M("S", x.standard), policy.N("n", x.n), policy.M("L", x.out.line), policy.M("d", diff))
		out.Decide(&d, &formulaAssetsRefused, args...)
		return
	}
	var t *policy.DecisionTemplate
	diff := margin // how far the income stands from the line, above or (−margin) below it
	switch {
	case !h.Current.LowIncome && margin < 0:
		t, diff = x.t.below, -margin // eligible
	case !h.Current.LowIncome && margin == 0:
		t = x.t.onLine // ineligible: not below the line, and not above it by anything either
	case !h.Current.LowIncome:
		t = x.t.atOrAbove // ineligible
	case margin == 0:
		t = x.t.recipientOnLine
	case margin < 0:
		t, diff = x.t.continues, -margin
	case h.Current.RiseStable:
		t = x.t.exit
	default:
		t = x.t.pending // exit pending confirmation
	}
	out.DecideFrom(t.With(x.rules...), "", policy.M("I", x.income), policy.M("S", x.standard), policy.N("n", x.n),
		policy.M("L", x.out.line), policy.M("d", diff))
}
