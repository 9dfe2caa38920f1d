package tekun_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/tekun"
)

// Params gives the parameters an Assessor was made with, as a copy: a
// caller that changes it changes nothing the Assessor computes.
func ExampleAssessor_Params() {
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	p := a.Params()
	u := p.Dispersed.Used()
	fmt.Println(u.Name, u.Value, u.Provenance)
	p.Dispersed.Value = decimal.Zero
	fmt.Println(a.Params().Dispersed.Value.StringFixed(2))
	// Output:
	// tekun.dispersed 3622.00 derived
	// 3622.00
}

// Support is what the household's 特困 members receive in the run: the
// sample h04, a resident of a class-2 home who needs full care, has the
// home's quota line and a referral, which pays nothing.
func ExampleResult_Support() {
	a, err := tekun.New(tekun.Default2017())
	if err != nil {
		fmt.Println(err)
		return
	}
	h, err := samples.Household("h04-zhangxi")
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := h.Check(samples.Date())
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Assess(c, tekun.Inputs{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range r.Lines {
		fmt.Println(l.Member(), l.Item(), l.Form(), l.Annual().StringFixed(2), l.Payee())
	}
	fmt.Println("support", r.Support().StringFixed(2))
	// Output:
	// m1 quota cash 6000.00 institution
	// m1 refer-nursing referral 0.00 member
	// support 6000.00
}
