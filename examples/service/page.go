package main

import (
	"bytes"
	"embed"
	"encoding/json"
	"html/template"
	"net/http"
	"strconv"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
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

// vocab is what the page's script needs to name a breakdown's keys, taken
// from the library: programmes, payees, payers, forms, finding kinds and
// departments, each [Chinese, English].
type vocab struct {
	Programmes  []string             `json:"programmes"` // in the order a breakdown lists them
	Names       map[string][2]string `json:"names"`      // "payee:member" → ["本人", "member"]…
	Departments map[string][2]string `json:"departments"`
}

func pageVocab() vocab {
	v := vocab{Names: map[string][2]string{}, Departments: map[string][2]string{}}
	add := func(kind, key, zh, en string) { v.Names[kind+":"+key] = [2]string{zh, en} }
	for _, p := range policy.Programmes() {
		v.Programmes = append(v.Programmes, string(p))
		zh, en := p.Name()
		add("programme", string(p), zh, en)
	}
	for _, p := range policy.Payees() {
		zh, en := p.Name()
		add("payee", string(p), zh, en)
	}
	for _, p := range policy.Payers() {
		zh, en := p.Name()
		add("payer", string(p), zh, en)
	}
	for _, f := range []policy.Form{policy.Cash, policy.InKind, policy.Referral} {
		zh, en := f.Name()
		add("form", string(f), zh, en)
	}
	for _, k := range []policy.FindingKind{policy.Omission, policy.Wrongful, policy.NotExited, policy.Underpayment,
		policy.Overpayment, policy.Unclaimed, policy.Jiujinan, policy.JointMeeting, policy.NotConfig} {
		zh, en := k.Name()
		add("finding", string(k), zh, en)
	}
	for _, d := range []benefit.Department{benefit.Housing, benefit.Health, benefit.HumanRes, benefit.CivilAffairs} {
		zh, en := d.Name()
		v.Departments[string(d)] = [2]string{zh, en}
	}
	return v
}

var pageTemplate = template.Must(template.ParseFS(pageFiles, "page/index.html"))

// renderPage renders the page once, at start: the vocabulary, the lists'
// choices, the sample date as the default assessment date, the token field
// when the service requires a token, the (invented) sample households as
// JSON Lines for the county charts, and the reform chart's button when a
// reform is loaded.
func renderPage(tokenRequired, reform bool) ([]byte, error) {
	lines, err := sampleLines()
	if err != nil {
		return nil, err
	}
	data := struct {
		Vocab              vocab
		Incomes, Hardships []option
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
