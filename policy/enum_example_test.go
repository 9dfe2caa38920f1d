package policy_test

import (
	"fmt"

	"github.com/safetynet-go/safetynet/policy"
)

// The forms a line is delivered in (2.4.3), with their names; a voucher is
// not one.
func ExampleForms() {
	for _, f := range policy.Forms() {
		zh, en := f.Name()
		fmt.Println(f, zh, en)
	}
	fmt.Println(policy.Form("voucher").Valid())
	// Output:
	// cash 现金 cash
	// in-kind 实物 in kind
	// referral 转介服务 referral
	// false
}

// The outcomes a decision may have, with whether each keeps the household
// or member in the programme.
func ExampleOutcomes() {
	for _, o := range policy.Outcomes() {
		fmt.Println(o, o.Covered())
	}
	// Output:
	// eligible true
	// ineligible false
	// continue true
	// exit false
	// exit-pending true
	// not-assessed false
}

// The kinds of finding, with their Chinese names: the choices of a
// caseworker's filter.
func ExampleFindingKinds() {
	for _, k := range policy.FindingKinds() {
		zh, _ := k.Name()
		fmt.Println(k, zh)
	}
	// Output:
	// omission 应保未保
	// wrongful 错保/错发
	// not-exited 应退未退
	// underpayment 少发
	// overpayment 多发
	// unclaimed 应补尽补
	// jiujinan 救急难
	// joint-meeting 一事一议
	// not-assessed 未评估
}

// The statuses of a parameter check.
func ExampleCheckStatuses() {
	fmt.Println(policy.CheckStatuses(), policy.CheckStatus("maybe").Valid())
	// Output: [pass fail not-assessed] false
}

// The provenance classes of a parameter value (section 0).
func ExampleProvenances() {
	fmt.Println(policy.Provenances(), policy.Provenance("rumour").Valid())
	// Output: [seed derived law provisional local] false
}

// The ways an explanation's argument is written.
func ExampleArgKinds() {
	fmt.Println(policy.ArgKinds(), policy.M("S", 362200).Kind())
	// Output: [money count ratio number text] money
}

// The rounding modes; the empty mode, which a Rounding reads as half-up,
// is not one of them.
func ExampleRoundingModes() {
	fmt.Println(policy.RoundingModes(), policy.RoundingMode("").Valid())
	// Output: [half-up half-even] false
}
