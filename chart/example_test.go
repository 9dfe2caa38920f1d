package chart_test

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/chart"
	"github.com/safetynet-go/safetynet/samples"
)

func ExampleOutlays() {
	a, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	hs, err := samples.All()
	if err != nil {
		panic(err)
	}
	var b benefit.Budget
	for _, h := range hs {
		br, err := a.Assess(h, samples.Date())
		if err != nil {
			panic(err)
		}
		b.Add(h, br)
	}
	var svg bytes.Buffer
	if err := chart.Outlays(&svg, &b); err != nil {
		panic(err)
	}
	// A service writes svg to its response as image/svg+xml; a command
	// writes it to a file.
	fmt.Println(strings.Count(svg.String(), `data-amount="`), "bar segments")
	fmt.Println(strings.Contains(svg.String(), `data-total="`+b.OutlayAll().Total.StringFixed(2)+`"`))
	// Output:
	// 84 bar segments
	// true
}

func ExampleDifference() {
	base, err := benefit.New(benefit.Default2017())
	if err != nil {
		panic(err)
	}
	data, err := os.ReadFile("../benefit/testdata/reform-s3912-a40.json")
	if err != nil {
		panic(err)
	}
	p, err := benefit.Unmarshal(data)
	if err != nil {
		panic(err)
	}
	reform, err := benefit.New(p)
	if err != nil {
		panic(err)
	}
	hs, err := samples.All()
	if err != nil {
		panic(err)
	}
	c, err := benefit.Compare(base, reform, slices.Values(hs), samples.Date(), benefit.BatchOptions{})
	if err != nil {
		panic(err)
	}
	var svg bytes.Buffer
	if err := chart.Difference(&svg, c); err != nil {
		panic(err)
	}
	for _, x := range c.ByTownshipAndProgramme() {
		if !x.Difference.IsZero() {
			fmt.Println(x.Township, x.Programme, x.Difference.StringFixed(2),
				strings.Contains(svg.String(), `data-difference="`+x.Difference.StringFixed(2)+`"`))
		}
	}
	// Output:
	// 东流镇 tekun 290.00 true
	// 尧渡镇 lowincome 1696.20 true
	// 尧渡镇 temporary 241.67 true
	// 香隅镇 tekun 145.00 true
}
