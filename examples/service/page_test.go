package main

import (
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/schemas"
	"github.com/safetynet-go/safetynet/synthetic"
)

// TestPageServed checks what the page is served with: its type, a
// Content-Security-Policy that keeps it to the service's own files, and
// nothing in it or its files that points elsewhere.
func TestPageServed(t *testing.T) {
	ts := server(t)
	status, hdr, body := do(t, "GET", ts.URL+"/", "", "")
	if status != http.StatusOK || hdr.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("GET /: %d %s", status, hdr.Get("Content-Type"))
	}
	if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "unsafe") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	if strings.Contains(string(body), `id="token"`) {
		t.Error("无需令牌时页面不应要令牌 / the page asks for a token the service does not require")
	}
	files := map[string]string{"/": string(body)}
	for name, ct := range pageTypes {
		status, hdr, b := do(t, "GET", ts.URL+"/page/"+name, "", "")
		if status != http.StatusOK || hdr.Get("Content-Type") != ct {
			t.Errorf("/page/%s: %d %s", name, status, hdr.Get("Content-Type"))
		}
		files[name] = string(b)
	}
	external := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`)
	for name, text := range files {
		if m := external.FindString(text); m != "" {
			t.Errorf("页面不得从外部取任何东西 / %s points outside the service: %q", name, m)
		}
	}
	var v vocab
	m := regexp.MustCompile(`(?s)<script type="application/json" id="vocab">(.*?)</script>`).FindStringSubmatch(string(body))
	if m == nil || json.Unmarshal([]byte(m[1]), &v) != nil || len(v.Programmes) != len(policy.Programmes()) {
		t.Errorf("the page's vocabulary does not parse or lacks programmes")
	}
}

// TestPageLists checks every choice the page offers against the record:
// each option of each list, put in a record, decodes without a
// not-supported or unknown-field error; each list of a member's, an
// income's, a claim's or an event's field offers every value the record
// takes there (household.Relations, …), in the library's order; and the two
// open lists have a label for every value the library knows.
func TestPageLists(t *testing.T) {
	page, err := renderPage(false, false)
	if err != nil {
		t.Fatal(err)
	}
	selects := regexp.MustCompile(`(?s)<select data-path="([^"]+)"[^>]*class="([a-z])-[^"]*"[^>]*>(.*?)</select>`).
		FindAllStringSubmatch(string(page), -1)
	if len(selects) < 13 {
		t.Fatalf("found %d lists in the page", len(selects))
	}
	// every value the record takes, for the lists that offer them all
	all := map[string][]string{"relation": names(household.Relations()), "class": names(household.Classes()),
		"child": names(household.ChildCategories()), "tekun.mode": names(household.TekunModes()),
		"tekun.self_care": names(household.SelfCareLevels()), "tekun.home_class": names(household.HomeClasses()),
		"disability.type": names(household.DisabilityTypes()), "disability.grade": {"1", "2", "3", "4"},
		"category": names(household.IncomeCategories()), "disease": names(household.Diseases()),
		"type": names(household.HardshipTypes())}
	options := regexp.MustCompile(`<option value="([^"]*)"`)
	for _, sel := range selects {
		path, scope := sel[1], sel[2]
		var offered []string
		for _, o := range options.FindAllStringSubmatch(sel[3], -1) {
			v := html.UnescapeString(o[1])
			if v == "" {
				continue
			}
			offered = append(offered, v)
			rec := recordWith(scope, path, v)
			_, err := household.Unmarshal([]byte(rec))
			for _, fe := range policy.FieldErrors(err) {
				if !strings.HasSuffix(fe.Path, "."+path) {
					continue // another field of the small record
				}
				if fe.Type == policy.ErrorNotSupported || fe.Type == policy.ErrorUnknown || fe.Type == policy.ErrorInvalid && fe.Value == v {
					t.Errorf("页面选项须为记录可接受的值 / the page offers %s = %q, which the record refuses: %v", path, v, fe)
				}
			}
		}
		if want, ok := all[path]; ok {
			if diff := cmp.Diff(want, offered); diff != "" {
				t.Errorf("页面须列出记录可取的每个值 / the page's %s list is not every value the record takes (-record +page):\n%s", path, diff)
			}
		} else if scope != "p" {
			t.Errorf("页面列表未与记录的取值核对 / the page's %s list is not checked against the record's values", path)
		}
	}
	for _, c := range household.IncomeCategories() {
		if incomeLabels[c] == "" {
			t.Errorf("income category %q has no label", c)
		}
	}
	for _, h := range household.HardshipTypes() {
		if hardshipLabels[h] == "" {
			t.Errorf("hardship type %q has no label", h)
		}
	}
}

// libraryNames puts the library's names of each value of list into want,
// under "kind:value", as the page's script looks them up.
func libraryNames[T interface {
	~string
	Name() (zh, en string)
}](want map[string][2]string, kind string, list []T) {
	for _, x := range list {
		zh, en := x.Name()
		want[kind+":"+string(x)] = [2]string{zh, en}
	}
}

// names returns the values of an enum's list as strings.
func names[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

// recordWith is a small record with value v at path in one of the page's
// scopes: m a member, i an income, c a claim, e a hardship event, p a
// payment now (of a household covered by 低保 now).
func recordWith(scope, path, v string) string {
	val, _ := json.Marshal(v)
	if path == "disability.grade" {
		val = []byte(v)
	}
	field := string(val)
	if head, tail, ok := strings.Cut(path, "."); ok {
		path, field = head, `{"`+tail+`":`+field+`}`
	}
	kv := `"` + path + `":` + field
	member := `"id":"m1","birth_date":"1960-01-01"`
	var hardships, current string
	switch scope {
	case "m":
		member += "," + kv
	case "i":
		member += `,"incomes":[{"amount":"1.00",` + kv + `}]`
	case "c":
		member += `,"claims":[{"id":"c","admission":"2017-01-01","total_cost":"1","compliant_cost":"1","ncms":"0",` + kv + `}]`
	case "e":
		hardships = `,"hardships":[{"id":"e","date":"2017-01-01","cost":"1",` + kv + `}]`
	case "p":
		pay := map[string]string{"programme": `"programme":"lowincome"`, "item": `"item":"base"`, "monthly": `"monthly":"1"`}
		pay[path] = kv
		current = `,"current":{"lowincome":true,"payments":[{` + pay["programme"] + "," + pay["item"] + "," + pay["monthly"] + `}]}`
	}
	return `{"id":"H","township":"T"` + current + `,"members":[{` + member + `}]` + hardships + `}`
}

// TestPageCoversRecord checks that the form has an input for every field
// of the household schema, and that every input and list of the form is a
// field of it: the caseworker never has to paste JSON for a field the form
// lacks. A list's rows are the templates the page's script adds (app.js's
// addRow calls).
func TestPageCoversRecord(t *testing.T) {
	page, err := renderPage(false, false)
	if err != nil {
		t.Fatal(err)
	}
	text := string(page)
	section := func(start, end string) string {
		t.Helper()
		i := strings.Index(text, start)
		if i < 0 {
			t.Fatalf("the page has no %s", start)
		}
		j := strings.Index(text[i:], end)
		if j < 0 {
			t.Fatalf("%s is not closed", start)
		}
		return text[i : i+j]
	}
	scopes := []struct{ prefix, html string }{
		{"", section(`<fieldset data-scope="household"`, "</fieldset>")},
		{"members[].", section(`<template id="member-tpl">`, "</template>")},
		{"members[].incomes[].", section(`<template id="income-tpl">`, "</template>")},
		{"members[].claims[].", section(`<template id="claim-tpl">`, "</template>")},
		{"hardships[].", section(`<template id="hardship-tpl">`, "</template>")},
		{"current.payments[].", section(`<template id="payment-tpl">`, "</template>")},
	}
	form := map[string]bool{}
	attr := regexp.MustCompile(`data-(path|list)="([^"]+)"`)
	for _, sc := range scopes {
		for _, m := range attr.FindAllStringSubmatch(sc.html, -1) {
			if m[1] == "list" {
				// a list is a field; its rows' fields are its template's
				form[sc.prefix+m[2]+"[]"] = true
				continue
			}
			form[sc.prefix+m[2]] = true
		}
	}
	raw, ok := schemas.Get("household")
	if !ok {
		t.Fatal("package schemas has no household schema")
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	defs := doc["$defs"].(map[string]any)
	record := map[string]bool{}
	var walk func(path string, node map[string]any)
	walk = func(path string, node map[string]any) {
		if ref, ok := node["$ref"].(string); ok {
			walk(path, defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any))
			return
		}
		if props, ok := node["properties"].(map[string]any); ok {
			for k, v := range props {
				walk(strings.TrimPrefix(path+"."+k, "."), v.(map[string]any))
			}
			return
		}
		if items, ok := node["items"].(map[string]any); ok {
			record[path+"[]"] = true
			walk(path+"[]", items)
			return
		}
		record[path] = true
	}
	walk("", doc)
	for p := range record {
		if !form[p] && !strings.HasSuffix(p, "[]") {
			t.Errorf("表单缺少字段 %s / the form has no input for the record's %s", p, p)
		}
		if strings.HasSuffix(p, "[]") && !form[p] {
			t.Errorf("表单缺少列表 %s / the form has no list for the record's %s", p, p)
		}
	}
	for p := range form {
		if !record[p] {
			t.Errorf("表单字段 %s 不在记录模式中 / the form's %s is not a field of the record", p, p)
		}
	}
	if len(record) < 60 {
		t.Errorf("the schema walk found only %d fields", len(record))
	}
}

// TestPageItems checks that the page names every line item a breakdown
// holds, in its lines, decisions and findings: those of every sample and
// of 2,000 households of the synthetic county.
func TestPageItems(t *testing.T) {
	s, _ := newTestService(t, nil)
	on := samples.Date()
	hs, _ := sampleHouseholds(t)
	for _, h := range synthetic.New(synthetic.Config{Seed: 1, Households: 2000, Date: on}).All() {
		hs = append(hs, h)
	}
	seen := map[string]bool{}
	for _, h := range hs {
		b, err := s.assessor.Assess(h, on)
		if err != nil {
			t.Fatalf("%s: %v", h.ID, err)
		}
		var bd struct {
			Lines, Decisions, Findings []struct{ Item string }
		}
		if err := json.Unmarshal(b.AppendJSON(nil), &bd); err != nil {
			t.Fatal(err)
		}
		for _, xs := range [][]struct{ Item string }{bd.Lines, bd.Decisions, bd.Findings} {
			for _, x := range xs {
				if x.Item != "" {
					seen[x.Item] = true
				}
			}
		}
	}
	if len(seen) < 12 {
		t.Errorf("the breakdowns hold only %d items: %v", len(seen), seen)
	}
	for it := range seen {
		if _, ok := itemLabels[policy.Item(it)]; !ok {
			t.Errorf("页面须为每个项目命名 / the page has no name for the item %q", it)
		}
	}
}

// TestPageVocab checks the names the page's script looks up as
// "kind:key" → [Chinese, English]: each line item by the page's own label
// (stated here in full, no two alike in either language), and one of each
// other kind by the library's name, which every programme, payee, payer,
// form and finding kind has. The form's payment choices name each
// programme and item as "Chinese English".
func TestPageVocab(t *testing.T) {
	// The page's own labels of the line items, and one name of each other
	// kind, the library's.
	const (
		itemDesc = "页面对项目的称呼 / the page's name of a line item"
		kindDesc = "库对此类的称呼 / the library's name of one of each other kind"
	)
	tests := []struct {
		key    string
		desc   string
		zh, en string
	}{
		{"item:base", itemDesc, "低保补差", "top-up"},
		{"item:uplift-a", itemDesc, "A类增发", "class-A uplift"},
		{"item:uplift-b", itemDesc, "B类增发", "class-B uplift"},
		{"item:child", itemDesc, "困境儿童全额", "child in difficulty"},
		{"item:children-allowance", itemDesc, "困境儿童基本生活费", "children's allowance"},
		{"item:dispersed", itemDesc, "分散供养", "dispersed support"},
		{"item:centralized", itemDesc, "集中供养", "centralized support"},
		{"item:quota", itemDesc, "敬老院定额补助", "nursing-home quota"},
		{"item:care", itemDesc, "护理补贴", "care subsidy"},
		{"item:refer-nursing", itemDesc, "转介护理型机构", "referral to nursing care"},
		{"item:refer-psychiatric", itemDesc, "转介精神病人福利机构", "referral to psychiatric care"},
		{"item:living", itemDesc, "困难残疾人生活补贴", "living subsidy"},
		{"item:nursing", itemDesc, "重度残疾人护理补贴", "nursing subsidy"},
		{"item:sponsorship", itemDesc, "资助参合", "contribution sponsorship"},
		{"item:inpatient", itemDesc, "住院救助", "inpatient aid"},
		{"item:child-disease", itemDesc, "儿童重大疾病救助", "child disease aid"},
		{"item:second-aid", itemDesc, "再次救助", "second aid"},
		{"item:emergency", itemDesc, "急难型临时救助", "emergency aid"},
		{"item:expenditure", itemDesc, "支出型临时救助", "expenditure aid"},
		{"item:referral", itemDesc, "转介服务", "referral service"},
		{"item:jiujinan-medical", itemDesc, "救急难：医疗负担", "救急难: medical burden"},
		{"item:jiujinan-emergency", itemDesc, "救急难：急难未救助", "救急难: emergency without aid"},
		{"programme:lowincome", kindDesc, "最低生活保障", "minimum living allowance"},
		{"payee:member", kindDesc, "本人", "member"},
		{"payer:county-finance", kindDesc, "县级财政", "county finance"},
		{"form:in-kind", kindDesc, "实物", "in kind"},
		{"finding:omission", kindDesc, "应保未保", "eligible but not covered"},
	}
	v := pageVocab()
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			if got, want := v.Names[tc.key], [2]string{tc.zh, tc.en}; got != want {
				t.Errorf("%s: names[%q] = %q, want %q", tc.desc, tc.key, got, want)
			}
		})
	}
	t.Run("every item named once", func(t *testing.T) {
		if len(itemLabels) != 22 {
			t.Errorf("%d items labelled, want the 22 above", len(itemLabels))
		}
		seen := map[string]policy.Item{}
		for it, l := range itemLabels {
			for _, label := range l {
				if prev, ok := seen[label]; ok {
					t.Errorf("items %s and %s are both %q", prev, it, label)
				}
				seen[label] = it
			}
		}
	})
	t.Run("every name of the library", func(t *testing.T) {
		want := map[string][2]string{}
		libraryNames(want, "programme", policy.Programmes())
		libraryNames(want, "payee", policy.Payees())
		libraryNames(want, "payer", policy.Payers())
		libraryNames(want, "form", policy.Forms())
		libraryNames(want, "finding", policy.FindingKinds())
		for k, n := range want {
			if got := v.Names[k]; got != n {
				t.Errorf("names[%q] = %q, want the library's %q", k, got, n)
			}
		}
		if len(v.Names) != len(want)+len(itemLabels) {
			t.Errorf("%d names, want %d of the library and %d items", len(v.Names), len(want), len(itemLabels))
		}
		departments := map[string][2]string{}
		for _, d := range benefit.Departments() {
			zh, en := d.Name()
			departments[string(d)] = [2]string{zh, en}
		}
		if diff := cmp.Diff(departments, v.Departments); diff != "" {
			t.Errorf("departments (-the library's +the page's):\n%s", diff)
		}
	})
	t.Run("payment choices", func(t *testing.T) {
		page, err := renderPage(false, false)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`<option value="lowincome">最低生活保障 minimum living allowance</option>`,
			`<option value="disability">残疾人两项补贴 disability subsidies</option>`,
			`<option value="base">低保补差 top-up</option>`, `<option value="living">困难残疾人生活补贴 living subsidy</option>`} {
			if !strings.Contains(string(page), want) {
				t.Errorf("the page lacks %s", want)
			}
		}
	})
}
