package samples_test

import (
	"errors"
	"fmt"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/samples"
)

// Names lists the samples a caller can ask for, in order.
func ExampleNames() {
	for _, n := range samples.Names() {
		fmt.Println(n)
	}
	// Output:
	// h01-yaodu
	// h02-dongliu
	// h03-dadukou
	// h04-zhangxi
	// h05-guandi
	// h06-wanderer
	// h07-xiangyu
}

// Household decodes one sample into a record; a name that is not a
// sample's is an error wrapping samples.ErrUnknown. Ages are read on the
// samples' date.
func ExampleHousehold() {
	h, err := samples.Household("h01-yaodu")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.ID, h.Township, "registered poor:", h.RegisteredPoor)
	for _, m := range h.Members {
		class := string(m.Class)
		if class == "" {
			class = "-"
		}
		fmt.Printf("%s %-10s class %s, aged %d\n", m.ID, m.Relation, class, m.BirthDate.AgeOn(samples.Date()))
	}
	_, err = samples.Household("h09")
	fmt.Println(errors.Is(err, samples.ErrUnknown))
	// Output:
	// H-SAMPLE-01 尧渡镇 registered poor: true
	// m1 head       class A, aged 61
	// m2 spouse     class B, aged 57
	// m3 child      class -, aged 31
	// m4 grandchild class -, aged 7
	// true
}

// Raw returns a sample's JSON as stored, for a caller that decodes records
// itself, as a service decodes what it receives; an unknown name is
// refused, naming the samples there are.
func ExampleRaw() {
	b, err := samples.Raw("h06-wanderer")
	if err != nil {
		fmt.Println(err)
		return
	}
	h, err := household.Unmarshal(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(h.ID, "no fixed household:", h.NoFixedHousehold, "referral:", h.Hardships[0].Referral)
	_, err = samples.Raw("h08")
	fmt.Println(err)
	// Output:
	// H-SAMPLE-06 no fixed household: true referral: 救助管理站 / relief station
	// no such sample: "h08" (samples: h01-yaodu, h02-dongliu, h03-dadukou, h04-zhangxi, h05-guandi, h06-wanderer, h07-xiangyu)
}

// Date is the day every sample is assessed on: a day of 2017, after every
// admission and hardship event the samples record.
func ExampleDate() {
	on := samples.Date()
	hs, err := samples.All()
	if err != nil {
		fmt.Println(err)
		return
	}
	var last household.Date
	for _, h := range hs {
		for _, e := range h.Hardships {
			if e.Date.After(last) {
				last = e.Date
			}
		}
		for _, m := range h.Members {
			for _, c := range m.Claims {
				if c.Admission.After(last) {
					last = c.Admission
				}
			}
		}
	}
	fmt.Println("assessed on", on, "- latest event or admission", last, last.Before(on))
	// Output: assessed on 2017-09-01 - latest event or admission 2017-08-20 true
}

// All decodes every sample, in the order of Names: seven invented
// households that together show every programme.
func ExampleAll() {
	hs, err := samples.All()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range hs {
		fmt.Printf("%s %s: members %d, hardship events %d\n", h.ID, h.Township, len(h.Members), len(h.Hardships))
	}
	// Output:
	// H-SAMPLE-01 尧渡镇: members 4, hardship events 1
	// H-SAMPLE-02 东流镇: members 1, hardship events 0
	// H-SAMPLE-03 大渡口镇: members 3, hardship events 0
	// H-SAMPLE-04 张溪镇: members 1, hardship events 0
	// H-SAMPLE-05 官港镇: members 2, hardship events 0
	// H-SAMPLE-06 尧渡镇: members 1, hardship events 1
	// H-SAMPLE-07 香隅镇: members 1, hardship events 0
}
