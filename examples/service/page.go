package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"net/http"
	"strconv"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/medical"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
	"github.com/safetynet-go/safetynet/tekun"
	"github.com/safetynet-go/safetynet/temporary"
)

// The caseworker's page: plain HTML, CSS and a little JavaScript, embedded
// in the binary. It fetches nothing from elsewhere, and its
// Content-Security-Policy lets it load only the service's own files.
//
//go:embed page/index.html page/style.css page/app.js page/charts.js
var pageFiles embed.FS

// pageCSP keeps the page to the service's own files: no inline script, no
// other origin, no framing.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// option is a choice in one of the page's lists.
type option struct{ Value, Label string }

// incomeLabels and hardshipLabels name the values of the two open-ended
// lists of the record (household.IncomeCategories, household.HardshipTypes)
// in Chinese and English; a test checks that they name every value.
var incomeLabels = map[household.IncomeCategory]string{
	household.Wages:             "工资性收入 wages",
	household.Agriculture:       "农业生产经营净收入 agriculture",
	household.Business:          "其他经营净收入 business",
	household.Property:          "财产性收入 property",
	household.Transfers:         "养老金等转移性收入 transfers",
	household.OtherIncome:       "其他收入 other",
	household.DisabilityPay:     "残疾人两项补贴 disability subsidies",
	household.LowIncomePay:      "低保金 低保 payments",
	household.BraveryAward:      "见义勇为奖励 bravery award",
	household.Scholarship:       "奖学金 scholarship",
	household.TekunPay:          "特困供养金 特困 support",
	household.TemporaryAid:      "临时救助金 temporary aid",
	household.MedicalAid:        "医疗救助金 medical aid",
	household.ChildrenAllowance: "困境儿童基本生活费 children's allowance",
}

var hardshipLabels = map[household.HardshipType]string{
	household.Fire:             "火灾 fire",
	household.Disaster:         "自然灾害 disaster",
	household.Accident:         "意外事故 accident",
	household.SuddenIllness:    "突发重特大疾病 sudden illness",
	household.EmergencyOther:   "其他急难 other emergency",
	household.MedicalExpense:   "支出型：医疗 medical expenses",
	household.EducationExpense: "支出型：教育 education expenses",
	household.ExpenseOther:     "支出型：其他 other expenses",
}

// itemLabels name the programmes' line items, [Chinese, English]; a test
// checks that every item a breakdown of the samples or the synthetic
// county holds has one.
var itemLabels = map[policy.Item][2]string{
	lowincome.ItemBase:           {"低保补差", "top-up"},
	lowincome.ItemUpliftA:        {"A类增发", "class-A uplift"},
	lowincome.ItemUpliftB:        {"B类增发", "class-B uplift"},
	lowincome.ItemChild:          {"困境儿童全额", "child in difficulty"},
	lowincome.ItemChildAllowance: {"困境儿童基本生活费", "children's allowance"},
	tekun.ItemDispersed:          {"分散供养", "dispersed support"},
	tekun.ItemCentralized:        {"集中供养", "centralized support"},
	tekun.ItemQuota:              {"敬老院定额补助", "nursing-home quota"},
	tekun.ItemCare:               {"护理补贴", "care subsidy"},
	tekun.ItemReferNursing:       {"转介护理型机构", "referral to nursing care"},
	tekun.ItemReferPsychiatric:   {"转介精神病人福利机构", "referral to psychiatric care"},
	disability.ItemLiving:        {"困难残疾人生活补贴", "living subsidy"},
	disability.ItemNursing:       {"重度残疾人护理补贴", "nursing subsidy"},
	medical.ItemSponsorship:      {"资助参合", "contribution sponsorship"},
	medical.ItemInpatient:        {"住院救助", "inpatient aid"},
	medical.ItemChildDisease:     {"儿童重大疾病救助", "child disease aid"},
	medical.ItemSecondAid:        {"再次救助", "second aid"},
	temporary.ItemEmergency:      {"急难型临时救助", "emergency aid"},
	temporary.ItemExpenditure:    {"支出型临时救助", "expenditure aid"},
	temporary.ItemReferral:       {"转介服务", "referral service"},
	temporary.ItemMedicalBurden:  {"救急难：医疗负担", "救急难: medical burden"},
	temporary.ItemNoAidYet:       {"救急难：急难未救助", "救急难: emergency without aid"},
}

// auditedItems are the programmes whose payments now the audit compares
// with their lines (2.1.2, 2.2.4), each with the items a payment may pay:
// the choices of the form's payments. A payment of another programme is
// refused by the record, so the form offers none.
var auditedItems = []struct {
	programme policy.Programme
	items     []policy.Item
}{
	{policy.LowIncome, []policy.Item{lowincome.ItemBase, lowincome.ItemUpliftA, lowincome.ItemUpliftB, lowincome.ItemChild,
		lowincome.ItemChildAllowance}},
	{policy.Disability, []policy.Item{disability.ItemLiving, disability.ItemNursing}},
}

// audited is a programme of the form's payments, with its items.
type audited struct {
	Value, Label string
	Items        []option
}

// vocab is what the page's script needs to name a breakdown's keys, taken
// from the library: programmes, line items, payees, payers, forms, finding
// kinds and departments, each [Chinese, English].
type vocab struct {
	Programmes  []string             `json:"programmes"` // in the order a breakdown lists them
	Names       map[string][2]string `json:"names"`      // "payee:member" → ["本人", "member"]…
	Departments map[string][2]string `json:"departments"`
}

func pageVocab() vocab {
	v := vocab{Names: map[string][2]string{}, Departments: map[string][2]string{}}
	for _, p := range policy.Programmes() {
		v.Programmes = append(v.Programmes, string(p))
	}
	for it, n := range itemLabels {
		v.Names["item:"+string(it)] = n
	}
	addNames(v.Names, "programme:", policy.Programmes())
	addNames(v.Names, "payee:", policy.Payees())
	addNames(v.Names, "payer:", policy.Payers())
	addNames(v.Names, "form:", policy.Forms())
	addNames(v.Names, "finding:", policy.FindingKinds())
	addNames(v.Departments, "", benefit.Departments())
	return v
}

// addNames puts the library's [Chinese, English] names of list into names,
// each under prefix and its value.
func addNames[T interface {
	~string
	Name() (zh, en string)
}](names map[string][2]string, prefix string, list []T) {
	for _, x := range list {
		zh, en := x.Name()
		names[prefix+string(x)] = [2]string{zh, en}
	}
}

var pageTemplate = template.Must(template.ParseFS(pageFiles, "page/index.html"))

// renderPage renders the page once, at start: the vocabulary, the lists'
// choices, the sample date as the default assessment date, the token field
// when the service requires a token, the (invented) sample households as
// JSON Lines for the county charts, the reform chart's button when a
// reform is loaded, and the programmes and items a payment now may name.
func renderPage(tokenRequired, reform bool) ([]byte, error) {
	lines, err := sampleLines()
	if err != nil {
		return nil, err
	}
	data := struct {
		Vocab              vocab
		Incomes, Hardships []option
		Audited            []audited
		Date               string
		TokenRequired      bool
		Reform             bool
		Samples            string
	}{Vocab: pageVocab(), Date: samples.Date().String(), TokenRequired: tokenRequired, Reform: reform, Samples: lines}
	for _, c := range household.IncomeCategories() {
		data.Incomes = append(data.Incomes, option{string(c), incomeLabels[c]})
	}
	for _, t := range household.HardshipTypes() {
		data.Hardships = append(data.Hardships, option{string(t), hardshipLabels[t]})
	}
	for _, a := range auditedItems {
		zh, en := a.programme.Name()
		x := audited{Value: string(a.programme), Label: zh + " " + en}
		for _, it := range a.items {
			x.Items = append(x.Items, option{string(it), itemLabels[it][0] + " " + itemLabels[it][1]})
		}
		data.Audited = append(data.Audited, x)
	}
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// sampleLines is the sample households as JSON Lines, one compact record
// a line.
func sampleLines() (string, error) {
	var b bytes.Buffer
	for _, name := range samples.Names() {
		raw, err := samples.Raw(name)
		if err != nil {
			return "", err
		}
		if err := json.Compact(&b, raw); err != nil {
			return "", err
		}
		b.WriteByte('\n')
	}
	return b.String(), nil
}

func (s *service) servePage(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Length", strconv.Itoa(len(s.page)))
	w.Write(s.page)
}

// pageTypes are the files served under /page/ and their types.
var pageTypes = map[string]string{
	"style.css": "text/css; charset=utf-8",
	"app.js":    "text/javascript; charset=utf-8",
	"charts.js": "text/javascript; charset=utf-8",
}

func (s *service) servePageFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	ct, ok := pageTypes[name]
	if !ok {
		writeErrors(w, http.StatusNotFound, &policy.FieldError{Type: policy.ErrorNotFound, Path: "file",
			Value: policy.Quote(name), Detail: "is not a file of the page"})
		return
	}
	b, err := pageFiles.ReadFile("page/" + name)
	if err != nil {
		s.writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.Write(b)
}
