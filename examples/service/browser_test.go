package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/disability"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// chromium returns the path of a Chromium to drive: Debian's binary itself
// when it is there (its /usr/bin/chromium is a shell wrapper that starts
// slower), or the first on PATH. Without one the test skips, unless the
// environment variable CI is set: CI must run it (.ci/chromium installs
// Chromium from the Debian packages).
func chromium(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/lib/chromium/chromium"); err == nil {
		return "/usr/lib/chromium/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set and no Chromium is installed: run .ci/chromium (apt-get install chromium)")
	}
	t.Skip("no Chromium installed (apt-get install chromium, or .ci/chromium); it skips only outside CI")
	return ""
}

// TestBrowser drives the caseworker's page in headless Chromium: it fills
// the form for sample h05 (two members, incomes, an inpatient claim, a
// low-income family with a pension referral), checks that the form builds
// exactly the sample's record, byte for byte, submits it, and checks the
// rendered breakdown — the total, a line's explanation in Chinese and
// English, the provisional mark, the referral, the monthly schedule — then
// that the print view hides the form and that a refused record shows its
// field errors, and that the county charts draw the sample households'
// monthly outlay as an image; then the page's edges (pageEdges,
// pageRefusals, pageMidYear, pageOneMonth, pageForm and pageRequests), the
// inputs for the assets, payments now and periods (pageRecordFields), and
// JSON-to-form (pageToForm).
// Screenshots are kept with t.ArtifactDir (go test -artifacts -outputdir
// DIR keeps them). It takes some seconds, so outside CI it runs only with
// SAFETYNET_LONG=1.
func TestBrowser(t *testing.T) {
	if os.Getenv("CI") == "" && !long() {
		t.Skip("the browser test takes seconds: set SAFETYNET_LONG=1 to run it (under CI it always runs)")
	}
	exe := chromium(t)
	s, _ := newTestService(t, nil)
	ts := httptest.NewServer(s) // loopback
	defer ts.Close()

	want, err := samples.Household("h05-guandi")
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.assessor.Assess(want, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	var bd struct {
		Lines []struct {
			Explanation struct{ ZH, EN string } `json:"explanation"`
		} `json:"lines"`
		Referrals []struct{ Service string } `json:"referrals"`
	}
	if err := json.Unmarshal(b.AppendJSON(nil), &bd); err != nil || len(bd.Lines) == 0 || len(bd.Referrals) == 0 {
		t.Fatalf("h05's breakdown has no line or referral: %v", err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.WindowSize(1280, 1600))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	start := time.Now()
	// The first action starts the browser, on a context without a deadline
	// (a deadline on it would stop the browser); the rest run under one.
	if err := chromedp.Do(bctx, chromedp.Navigate(ts.URL+"/")); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(bctx, 2*time.Minute) // the whole drive: about 20 s alone, more beside the other packages
	defer cancel()
	t.Logf("browser up after %v", time.Since(start).Round(time.Millisecond))

	err = chromedp.Do(ctx,
		chromedp.WaitVisible(inMember(1, ".m-id")),
		set(css("#date"), samples.Date().String()),
		set(css("#hh-id"), "H-SAMPLE-05"),
		set(css("#hh-township"), "官港镇"),
		set(css("#hh-village"), "示例五村"),
		chromedp.Click(css("#hh-low-income-family")),
		chromedp.Click(css("#hh-no-pension")),
		// m1: the elderly head, with an income and an inpatient claim
		set(inMember(1, ".m-id"), "m1"),
		set(inMember(1, ".m-name"), "示例老人戊"),
		set(inMember(1, ".m-birth"), "1950-02-14"),
		set(inMember(1, ".m-relation"), "head"),
		chromedp.Click(inMember(1, ".add-income")),
		set(inMember(1, ".income .i-category"), "agriculture"),
		set(inMember(1, ".income .i-amount"), "9000.00"),
		chromedp.Click(inMember(1, ".add-claim")),
		set(inMember(1, ".claim .c-id"), "c1"),
		set(inMember(1, ".claim .c-admission"), "2017-08-02"),
		set(inMember(1, ".claim .c-total"), "26000.00"),
		set(inMember(1, ".claim .c-compliant"), "25000.00"),
		set(inMember(1, ".claim .c-ncms"), "15000.00"),
		set(inMember(1, ".claim .c-critical"), "2000.00"),
		// m2: a working-age child
		chromedp.Click(css("#add-member")),
		chromedp.WaitVisible(inMember(2, ".m-id")),
		set(inMember(2, ".m-id"), "m2"),
		set(inMember(2, ".m-name"), "示例子女戊"),
		set(inMember(2, ".m-birth"), "1978-07-07"),
		set(inMember(2, ".m-relation"), "child"),
		chromedp.Click(inMember(2, ".m-able")),
		chromedp.Click(inMember(2, ".add-income")),
		set(inMember(2, ".income .i-category"), "wages"),
		set(inMember(2, ".income .i-amount"), "15000.00"),
		chromedp.Click(css("#to-json")),
	)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("form filled after %v", time.Since(start).Round(time.Millisecond))
	record, err := chromedp.Run(ctx, chromedp.Value(css("#json")))
	if err != nil {
		t.Fatal(err)
	}
	got, err := household.Unmarshal([]byte(record))
	if err != nil {
		t.Fatalf("the form's record does not decode: %v\n%s", err, record)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("表单生成的记录须与样例一致 / the form's record is not sample h05 (-sample +form):\n%s", diff)
	}
	// the fields the sample leaves out (its assets, payments now and
	// periods among them) add nothing, not even an empty object: the form
	// writes the sample's own JSON byte for byte, in its key order
	raw05, err := samples.Raw("h05-guandi")
	if err != nil {
		t.Fatal(err)
	}
	var compact, want05 bytes.Buffer
	if err := json.Compact(&compact, raw05); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&want05, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	if record != want05.String() {
		t.Errorf("表单不应添加空字段 / the form's record is not the sample's JSON byte for byte:\n%s\nwant\n%s", record, want05.String())
	}

	err = chromedp.Do(ctx,
		chromedp.Click(css("#mode-form")),
		chromedp.Click(css("#assess")),
		chromedp.WaitVisible(css("#total-all")),
	)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("breakdown shown after %v", time.Since(start).Round(time.Millisecond))
	total, err := chromedp.Run(ctx, chromedp.Text(css("#total-all")))
	if err != nil {
		t.Fatal(err)
	}
	result, err := chromedp.Run(ctx, chromedp.Text(css("#result")))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, ctx, "h05-breakdown.png")
	if w := b.Totals.All().StringFixed(2); total != w {
		t.Errorf("total %q, want %q", total, w)
	}
	for _, w := range []string{bd.Lines[0].Explanation.ZH, bd.Lines[0].Explanation.EN, "※ 含暂定参数", bd.Referrals[0].Service,
		"按月发放", "人社部门"} {
		if !strings.Contains(result, w) {
			t.Errorf("the rendered breakdown lacks %q", w)
		}
	}

	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	formDisplay, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.getElementById('form')).display`))
	if err != nil {
		t.Fatal(err)
	}
	keep(t, ctx, "h05-print.png")
	if formDisplay != "none" {
		t.Errorf("打印时应隐藏表单 / the print view shows the form (display %q)", formDisplay)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}

	// A pasted record: sample h01, with findings and monthly lines.
	raw01, err := samples.Raw("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	h01, _ := samples.Household("h01-yaodu")
	b01, err := s.assessor.Assess(h01, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(css("#mode-json")),
		set(css("#json"), string(raw01)),
		chromedp.Click(css("#assess")),
		chromedp.WaitVisible(css(".findings")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if total, err = chromedp.Run(ctx, chromedp.Text(css("#total-all"))); err != nil {
		t.Fatal(err)
	}
	if w := b01.Totals.All().StringFixed(2); total != w {
		t.Errorf("pasted h01: total %q, want %q", total, w)
	}
	keep(t, ctx, "h01-breakdown.png")
	printFits(t, ctx)

	bad := `{"id":"H-BAD","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":7}}]}`
	err = chromedp.Do(ctx,
		set(css("#json"), bad),
		chromedp.Click(css("#assess")),
		chromedp.WaitVisible(css("#errors")),
	)
	if err != nil {
		t.Fatal(err)
	}
	errs, err := chromedp.Run(ctx, chromedp.Text(css("#errors")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errs, "members[0].disability.grade") {
		t.Errorf("a refused record should show its field errors: %q", errs)
	}
	chartOutlays(t, ctx)
	pageEdges(t, ctx, ts.URL, s)
	pageRefusals(t, ctx)
	pageMidYear(t, ctx)
	pageOneMonth(t, ctx, ts.URL)
	pageForm(t, ctx, ts.URL)
	pageRecordFields(t, ctx, ts.URL, s)
	pageToForm(t, ctx, ts.URL, s)
	t.Logf("browser test took %v", time.Since(start).Round(time.Millisecond))
}

// pageEdges drives the page where it once failed, on a fresh page: a
// sample pasted in JSON mode (the hidden form's required fields must not
// stop it); a refused applicant, whose breakdown has no lines; a referral
// with nothing paid; an exit
// still paid, with a finding and no lines; the form's refusal of a grade
// without a certificate's type; member ids after a removal; full-width
// digits; a breakdown marked stale after an edit; and a phone's width.
func pageEdges(t *testing.T, ctx context.Context, url string, s *service) {
	eval := func(js string) string { t.Helper(); return evalString(t, ctx, js) }
	// assess submits the page as it stands and returns the total shown and
	// the text of the breakdown.
	assess := func() (total, text string) {
		t.Helper()
		eval(`document.getElementById('result').replaceChildren(), ''`)
		err := chromedp.Do(ctx, chromedp.Click(css("#assess")), chromedp.WaitVisible(css("#total-all, #errors:not([hidden])")))
		if err != nil {
			t.Fatalf("neither a breakdown nor an error is shown: %v", err)
		}
		if eval(`document.getElementById('total-all') ? '' : 'none'`) != "" {
			t.Fatalf("no breakdown shown: %q", eval(`document.getElementById('errors').textContent`))
		}
		return eval(`document.getElementById('total-all').textContent`), eval(`document.getElementById('result').textContent`)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/"), chromedp.WaitVisible(inMember(1, ".m-id"))); err != nil {
		t.Fatal(err)
	}

	// JSON mode on a fresh page, with a sample loaded by its button
	raw01, _ := samples.Raw("h01-yaodu")
	idx := slices.Index(samples.Names(), "h01-yaodu")
	err := chromedp.Do(ctx, chromedp.Click(css("#mode-json")), chromedp.SetValue(css("#sample"), strconv.Itoa(idx)),
		chromedp.Click(css("#load-sample")))
	if err != nil {
		t.Fatal(err)
	}
	h01, _ := samples.Household("h01-yaodu")
	b01, err := s.assessor.Assess(h01, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	if total, _ := assess(); total != b01.Totals.All().StringFixed(2) {
		t.Errorf("新页面粘贴样例应可测算 / a sample loaded on a fresh page: total %q", total)
	}
	if v := eval(`String(document.getElementById('to-json').hidden)`); v != "true" {
		t.Error("粘贴模式下不应有“表单转 JSON” / in JSON mode the form-to-JSON button, which would overwrite the record, is shown")
	}

	// a refused applicant: no lines, so no totals by programme, payee or payer
	refused := `{"id":"H-REFUSED","township":"T","members":[{"id":"m1","birth_date":"1970-01-01",` +
		`"incomes":[{"category":"wages","amount":"50000.00"}]}]}`
	if err := chromedp.Do(ctx, chromedp.SetValue(css("#json"), refused)); err != nil {
		t.Fatal(err)
	}
	total, text := assess()
	// 50000.00 > 3622.00 × 1: refused, and in no medical-aid group, so nothing is due
	if total != "0.00" || !strings.Contains(text, "不符合") || !strings.Contains(text, "本年无应发款项") {
		t.Errorf("不予纳入的申请户应显示结果 / a refused applicant: total %q (want 0.00), text %.200q", total, text)
	}
	// a referral and nothing paid: still "nothing is due", the referral
	// shown under 转介 (a fire of 100.00 the insurance paid: no cash, 2.4.1)
	referral := `{"id":"H-REFER","township":"T","members":[{"id":"m1","birth_date":"1970-01-01",` +
		`"incomes":[{"category":"wages","amount":"100000.00"}]}],` +
		`"hardships":[{"id":"e1","type":"fire","date":"2017-06-18","cost":"100.00","insurance":"100.00","referral":"心理疏导"}]}`
	if err := chromedp.Do(ctx, chromedp.SetValue(css("#json"), referral)); err != nil {
		t.Fatal(err)
	}
	total, text = assess()
	if total != "0.00" || !strings.Contains(text, "本年无应发款项") || !strings.Contains(text, "心理疏导") {
		t.Errorf("只有转介时应显示无应发款项 / a referral alone: total %q (want 0.00), text %.300q", total, text)
	}
	if v := eval(`document.querySelector('.referrals').textContent`); !strings.Contains(v, "户 household") {
		t.Errorf("户级转介应标明户 / a household's referral line does not name the household: %q", v)
	}
	// a confirmed exit still paid: a finding, a month's amount, and no line
	exit := `{"id":"H-EXIT","township":"T","current":{"lowincome":true,"rise_stable":true,` +
		`"payments":[{"programme":"lowincome","item":"base","monthly":"300.00"}]},` +
		`"members":[{"id":"m1","birth_date":"1970-01-01","incomes":[{"category":"wages","amount":"50000.00"}]}]}`
	if err := chromedp.Do(ctx, chromedp.SetValue(css("#json"), exit)); err != nil {
		t.Fatal(err)
	}
	total, text = assess()
	if total != "0.00" || !strings.Contains(text, "应退未退") || !strings.Contains(text, "300.00 元/月") {
		t.Errorf("应退未退应显示为每月金额 / an exit still paid: total %q (want 0.00), text %.300q", total, text)
	}

	// the form: a grade without a type, and self-care without a mode, are
	// refused with their paths and fields marked, not dropped
	err = chromedp.Do(ctx, chromedp.Click(css("#mode-form")),
		chromedp.SetValue(css("#hh-id"), "H-FORM"), chromedp.SetValue(css("#hh-township"), "T"),
		chromedp.SetValue(inMember(1, ".m-birth"), "1960-01-01"), chromedp.SetValue(inMember(1, ".m-dis-grade"), "1"),
		chromedp.SetValue(inMember(1, ".m-self-care"), "none"),
		chromedp.Click(css("#assess")), chromedp.WaitVisible(css("#errors")))
	if err != nil {
		t.Fatal(err)
	}
	errs := eval(`document.getElementById('errors').textContent`)
	for _, w := range []string{"表单未填完整", "members[0].disability.type", "members[0].tekun.mode"} {
		if !strings.Contains(errs, w) {
			t.Errorf("表单错误应列出 %q / the form's refusal lacks %q: %q", w, w, errs)
		}
	}
	if v := eval(`document.querySelector('#members .m-dis-type').getAttribute('aria-invalid') || ''`); v != "true" {
		t.Errorf("出错字段应标记 / the type's field is not marked invalid: %q", v)
	}

	// ids after a removal: the first unused
	err = chromedp.Do(ctx, chromedp.SetValue(inMember(1, ".m-dis-type"), "physical"), chromedp.SetValue(inMember(1, ".m-self-care"), ""),
		chromedp.Click(css("#add-member")), chromedp.Click(css("#add-member")), chromedp.Click(inMember(2, ".remove")),
		chromedp.Click(css("#add-member")))
	if err != nil {
		t.Fatal(err)
	}
	if ids := eval(`[...document.querySelectorAll('#members .m-id')].map((f) => f.value).join(',')`); ids != "m1,m3,m2" {
		t.Errorf("删除后新成员取第一个未用编号 / ids after removing m2 and adding: %q, want m1,m3,m2", ids)
	}
	// full-width digits, as a Chinese input method types them
	err = chromedp.Do(ctx, chromedp.Click(inMember(3, ".remove")), chromedp.Click(inMember(2, ".remove")),
		chromedp.Click(inMember(1, ".add-income")), chromedp.SetValue(inMember(1, ".i-category"), "wages"),
		chromedp.SetValue(inMember(1, ".i-amount"), "１２００．５０"), chromedp.Click(css("#to-json")))
	if err != nil {
		t.Fatal(err)
	}
	if rec := eval(`document.getElementById('json').value`); !strings.Contains(rec, `"amount": "1200.50"`) {
		t.Errorf("全角数字应转为半角 / full-width digits: %s", rec)
	}
	if v := eval(`document.querySelector('#members .i-amount').value`); v != "1200.50" {
		t.Errorf("the field shows %q, not the amount sent", v)
	}

	// a breakdown shown, then the record edited: marked stale
	if err := chromedp.Do(ctx, chromedp.Click(css("#mode-form"))); err != nil {
		t.Fatal(err)
	}
	assess()
	if err := chromedp.Do(ctx, chromedp.SendKeys(css("#hh-village"), "村"), chromedp.WaitVisible(css(".stale-note"))); err != nil {
		t.Errorf("修改记录后结果应标为过时 / an edit does not mark the breakdown stale: %v", err)
	}

	// a phone's width: nothing wider than the screen, the month table
	// scrolls in its own box
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride,
		emulation.SetDeviceMetricsOverrideParams{Width: 390, Height: 844, DeviceScaleFactor: 2, Mobile: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(css("#mode-json")),
		chromedp.SetValue(css("#json"), string(raw01))); err != nil {
		t.Fatal(err)
	}
	assess()
	notWider(t, ctx, "a breakdown shown")
	keep(t, ctx, "phone.png")
	if _, err := chromedp.Call(ctx, emulation.ClearDeviceMetricsOverride, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
}

// pageRefusals checks the heading of a refusal by what failed: a wrong
// bearer token (401), then a service that cannot be reached.
func pageRefusals(t *testing.T, ctx context.Context) {
	const token = "0123456789abcdef-token"
	s, _ := newTestService(t, &config{builtin: true, timeouts: defaultTimeouts, shutdown: defaultShutdown,
		tokenFile: writeToken(t, token)})
	ts := httptest.NewServer(s)
	defer ts.Close()
	heading := func() string {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Click(css("#assess")), chromedp.WaitVisible(css("#errors h2"))); err != nil {
			t.Fatal(err)
		}
		h, err := chromedp.Run(ctx, chromedp.Text(css("#errors h2")))
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(css("#token")),
		chromedp.SetValue(css("#token"), "not-the-token-0123"), chromedp.Click(css("#mode-json")), chromedp.Click(css("#load-sample")))
	if err != nil {
		t.Fatal(err)
	}
	if h := heading(); !strings.Contains(h, "令牌缺失或无效") || !strings.Contains(h, "401") {
		t.Errorf("令牌错误应说明 / a wrong token's heading: %q", h)
	}
	ts.Close()
	if h := heading(); !strings.Contains(h, "无法连接测算服务") {
		t.Errorf("服务不可达应说明 / an unreachable service's heading: %q", h)
	}
}

// pageMidYear assesses, under the built-in set and one raising the 低保
// standard S to 3912.00 from July (0 Assessment and time), a household of
// three with I = 11000.00: refused in months 1–6 (11000.00 ≥ 3622.00 × 3 =
// 10866.00), covered in 7–12 (< 3912.00 × 3 = 11736.00). Each decision
// must name its months, or the page shows 不符合 and 符合 side by side
// with nothing to tell them apart.
func pageMidYear(t *testing.T, ctx context.Context) {
	s, _ := newTestService(t, &config{builtin: true, timeouts: defaultTimeouts, shutdown: defaultShutdown,
		params: []string{"../../benefit/testdata/set-2017-07.json"}})
	ts := httptest.NewServer(s)
	defer ts.Close()
	rec := `{"id":"H-MIDYEAR","township":"T","members":[` +
		`{"id":"m1","birth_date":"1970-01-01","incomes":[{"category":"wages","amount":"11000.00"}]},` +
		`{"id":"m2","birth_date":"1970-01-01"},{"id":"m3","birth_date":"1970-01-01"}]}`
	err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(css("#date")),
		chromedp.SetValue(css("#date"), "2017-09-01"), chromedp.Click(css("#mode-json")),
		chromedp.SetValue(css("#json"), rec), chromedp.Click(css("#assess")), chromedp.WaitVisible(css("#total-all")))
	if err != nil {
		t.Fatal(err)
	}
	text := func(js string) string { t.Helper(); return evalString(t, ctx, js) }
	// base (3912.00 × 3 − 11000.00) × 6 ÷ 12 = 368.00; sponsorship, 低保 in
	// September, 3 × 180.00 = 540.00 (provisional)
	if total := text(`document.getElementById('total-all').textContent`); total != "908.00" {
		t.Errorf("年中调标后的总计 / the total under a mid-year set: %q, want 908.00", total)
	}
	decided := text(`[...document.querySelectorAll('[data-programme=lowincome] .decision .head')].map((h) =>
		h.querySelector('.outcome').className + ': ' + (h.querySelector('.months') || {}).textContent).join('; ')`)
	if want := "outcome ineligible: 1–6 月 months 1–6; outcome eligible: 7–12 月 months 7–12"; decided != want {
		t.Errorf("低保决定应标月份 / the 低保 decisions and their months: %q, want %q", decided, want)
	}
	low := text(`document.querySelector('[data-programme=lowincome]').textContent`)
	for _, w := range []string{"评估日所在 9 月：低保家庭人数 n = 3 人，计入收入 I = 11000.00 元/年", "小计 subtotal: 368.00 元"} {
		if !strings.Contains(low, w) {
			t.Errorf("低保部分应有 %q / the 低保 section lacks %q: %.600q", w, w, low)
		}
	}
	// the sets, each with the day it comes into force, and the title says
	// there are two
	title := text(`document.querySelector('.title').textContent`)
	for _, w := range []string{"（2017-01-01 起 from 2017-01-01）", "（2017-07-01 起 from 2017-07-01）", "under the 2017 parameter sets"} {
		if !strings.Contains(title, w) {
			t.Errorf("标题应列出参数集及其起始日 %q / the title lacks %q: %.600q", w, w, title)
		}
	}
	// the month table: the base 368.00 over months 7–12 at 61.33, the last
	// month 368.00 − 5 × 61.33 = 61.35 (2.1.2); the sponsorship 540.00 in
	// September
	foot := text(`[...document.querySelectorAll('.months tfoot td')].map((c) => c.textContent).join(' ')`)
	if want := "0.00 0.00 0.00 0.00 0.00 0.00 61.33 61.33 601.33 61.33 61.33 61.35 908.00"; foot != want {
		t.Errorf("按月合计 / the month table's totals: %q, want %q", foot, want)
	}
	base := text(`[...document.querySelector('.months tbody tr').cells].map((c) => c.textContent).join('|')`)
	if want := "低保补差|||||||61.33|61.33|61.33|61.33|61.33|61.35|368.00"; base != want {
		t.Errorf("按月发放的补差行 / the base's row: %q, want %q", base, want)
	}
	// the base line's months and schedule, as the text breakdown writes
	// them: 61.33 × 5 + 61.35 (0: months 1…m−1 the regular month)
	period := text(`document.querySelector('[data-programme=lowincome] .line .period').textContent`)
	if want := "7–12 月：61.33 × 5 + 61.35 months 7–12: 61.33 × 5 + 61.35"; period != want {
		t.Errorf("补差行的月份与按月安排 / the base line's months and schedule: %q, want %q", period, want)
	}
	checks := text(`document.querySelector('.checks').textContent`)
	for _, w := range []string{"1–6 月", "7–12 月"} {
		if !strings.Contains(checks, w) {
			t.Errorf("分期核查应标月份 %q / a check of one period lacks its months %q: %.300q", w, w, checks)
		}
	}
}

// pageOneMonth assesses a household of four with I = 9500.00 covered in
// December only: base (3622.00 × 4 − 9500.00) × 1 ÷ 12 = 4988.00 ÷ 12 =
// 415.67 (0: a period of k months; a one-month line pays A in its month).
// The line names its one month once, and its one payment.
func pageOneMonth(t *testing.T, ctx context.Context, url string) {
	rec := `{"id":"H-DEC","township":"T","lowincome_period":{"from":"2017-12"},"members":[` +
		`{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"9500.00"}]},` +
		`{"id":"m2","birth_date":"1962-01-01"},{"id":"m3","birth_date":"1985-01-01"},{"id":"m4","birth_date":"2010-01-01"}]}`
	err := chromedp.Do(ctx, chromedp.Navigate(url+"/"), chromedp.WaitVisible(css("#date")),
		chromedp.SetValue(css("#date"), "2017-12-01"), chromedp.Click(css("#mode-json")),
		chromedp.SetValue(css("#json"), rec), chromedp.Click(css("#assess")), chromedp.WaitVisible(css("#total-all")))
	if err != nil {
		t.Fatal(err)
	}
	text := func(js string) string { t.Helper(); return evalString(t, ctx, js) }
	line := `document.querySelector('[data-programme=lowincome] .line')`
	if period := text(line + `.querySelector('.period').textContent`); period != "12 月：415.67 month 12: 415.67" {
		t.Errorf("一个月的补差行 / the base line of one month: %q, want %q", period, "12 月：415.67 month 12: 415.67")
	}
	if why := text(line + `.textContent`); !strings.Contains(why, "12月共 1 个月：4988.00 × 1 ÷ 12 = 415.67 元") {
		t.Errorf("一个月的补差说明 / the base line's explanation of one month: %.600q", why)
	}
}

// pageForm fills, on a fresh page, the form's fields that only a pasted
// record had before — a child-disease claim's fixed-quota cost, a member's
// hardship level, work-injury nursing pay, aid already paid this year, an
// event's referral — and checks the record it builds field by field; then
// assesses it and checks the breakdown worked by hand, where the referral
// is shown (not as a payment, nor counted in the totals' lines) and the
// finding's item and event; then pageRequests goes on from there.
func pageForm(t *testing.T, ctx context.Context, url string) {
	eval := func(js string) string { t.Helper(); return evalString(t, ctx, js) }
	err := chromedp.Do(ctx, chromedp.Navigate(url+"/"), chromedp.WaitVisible(inMember(1, ".m-id")),
		set(css("#date"), "2017-09-01"), set(css("#hh-id"), "H-FORM-2"), set(css("#hh-township"), "示例镇"),
		// m1: a child of 7 with acute leukaemia
		set(inMember(1, ".m-birth"), "2010-03-01"), set(inMember(1, ".m-relation"), "child"),
		chromedp.Click(inMember(1, ".add-claim")),
		set(inMember(1, ".c-id"), "c1"), set(inMember(1, ".c-admission"), "2017-05-10"), set(inMember(1, ".c-disease"), "acute-leukaemia"),
		set(inMember(1, ".c-total"), "40000.00"), set(inMember(1, ".c-compliant"), "40000.00"), set(inMember(1, ".c-ncms"), "25000.00"),
		set(inMember(1, ".c-quota"), "30000.00"),
		// m2: grade 1 with long-term care, on work-injury nursing pay
		chromedp.Click(css("#add-member")), chromedp.WaitVisible(inMember(2, ".m-id")),
		set(inMember(2, ".m-birth"), "1960-01-01"), set(inMember(2, ".m-relation"), "head"), set(inMember(2, ".m-hardship-level"), "一类"),
		set(inMember(2, ".m-dis-type"), "physical"), set(inMember(2, ".m-dis-grade"), "1"),
		chromedp.Click(inMember(2, ".m-ltc")), chromedp.Click(inMember(2, ".m-work-injury")),
		set(inMember(2, ".m-aid-paid"), "1000.00"), set(inMember(2, ".m-second-paid"), "200.00"),
		// a fire, with a referral
		chromedp.Click(css("#add-hardship")),
		set(css(".hardship .e-id"), "e1"), set(css(".hardship .e-type"), "fire"), set(css(".hardship .e-date"), "2017-06-18"),
		set(css(".hardship .e-cost"), "5000.00"), set(css(".hardship .e-referral"), "心理疏导"),
		chromedp.Click(css("#to-json")))
	if err != nil {
		t.Fatal(err)
	}
	got, err := household.Unmarshal([]byte(eval(`document.getElementById('json').value`)))
	if err != nil {
		t.Fatalf("the form's record does not decode: %v", err)
	}
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	want := &household.Household{ID: "H-FORM-2", Township: "示例镇",
		Members: []household.Member{
			{ID: "m1", BirthDate: household.NewDate(2010, 3, 1), Relation: household.Child,
				Claims: []household.Claim{{ID: "c1", Admission: household.NewDate(2017, 5, 10), Disease: household.AcuteLeukaemia,
					TotalCost: d("40000.00"), CompliantCost: d("40000.00"), NCMS: d("25000.00"), FixedQuotaCost: d("30000.00")}}},
			{ID: "m2", BirthDate: household.NewDate(1960, 1, 1), Relation: household.Head, HardshipLevel: "一类",
				Disability:     &household.Disability{Type: household.Physical, Grade: 1, LongTermCare: true, WorkInjuryNursing: true},
				MedicalAidPaid: d("1000.00"), SecondAidPaid: d("200.00")}},
		Hardships: []household.Hardship{{ID: "e1", Type: household.Fire, Date: household.NewDate(2017, 6, 18),
			Cost: d("5000.00"), Referral: "心理疏导"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("表单生成的记录有误 / the form's record (-want +form):\n%s", diff)
	}

	// assessed on 2017-09-01 under the built-in set: 低保 3622.00 × 2 人 −
	// 0.00 = 7244.00 (2.1.2); m2's living subsidy, grade 1, 800.00, and no
	// nursing subsidy beside work-injury nursing pay (2.2.4); sponsorship
	// 2 × 180.00 (2.3.3); m1's child-disease aid 30000.00 × 20% = 6000.00,
	// below R = 40000.00 − 25000.00 = 15000.00 (2.3.4); the fire's aid
	// 5000.00 cut to 10 × 3622.00 ÷ 12 = 3018.33 (2.4.1): 17422.33 in all.
	// The referral pays nothing: it is shown under 转介 only.
	err = chromedp.Do(ctx, chromedp.Click(css("#mode-form")), chromedp.Click(css("#assess")), chromedp.WaitVisible(css("#total-all")))
	if err != nil {
		t.Fatal(err)
	}
	if total := eval(`document.getElementById('total-all').textContent`); total != "17422.33" {
		t.Errorf("表单记录的总计 / the form's record: total %q, want 17422.33", total)
	}
	items := eval(`[...document.querySelectorAll('.programme .line .head')].map((h) =>
		h.querySelector('.item .en').textContent + ' ' + h.querySelector('.amount').textContent).join('; ')`)
	for _, w := range []string{"child disease aid 6000.00 元", "living subsidy 800.00 元"} {
		if !strings.Contains(items, w) {
			t.Errorf("应有 %q / the lines lack %q: %q", w, w, items)
		}
	}
	if strings.Contains(items, "nursing") || strings.Contains(items, "referral") || strings.Contains("; "+items+";", " 0.00 元;") {
		t.Errorf("不应有护理补贴或转介款项 / a nursing subsidy or a referral shown as a payment: %q", items)
	}
	if rows := eval(`[...document.querySelectorAll('.months tbody th')].map((th) => th.textContent).join('; ')`); strings.Contains(rows, "转介") {
		t.Errorf("转介不应列入按月发放 / a referral in the month table: %q", rows)
	}
	refer := eval(`document.querySelector('.referrals').textContent + ' | ' + document.querySelector('[data-programme=temporary] .see-referrals').textContent`)
	for _, w := range []string{"心理疏导", "e1", "转介 1 项"} {
		if !strings.Contains(refer, w) {
			t.Errorf("转介应显示 %q / the referral lacks %q: %q", w, w, refer)
		}
	}
	// the joint-meeting finding names its item and event; a finding of no
	// amount shows none
	// the fire's shortfall above the maximum, 5000.00 − 3018.33 = 1981.67,
	// goes to the joint meeting (一事一议, 2.4.1)
	joint := eval(`[...document.querySelectorAll('.finding .head')].map((h) => h.textContent).find((x) => x.includes('e1') && x.includes('1981.67')) || ''`)
	if !strings.Contains(joint, "急难型") {
		t.Errorf("发现应标明项目与事件 / no finding names the item and event e1 of 1981.67: %q", joint)
	}
	// the fire's line rests on the provisional multiple (2.4.1), and so do
	// its decision and the finding on it: each is marked
	marks := eval(`[...document.querySelectorAll('[data-programme=temporary] .decision, .finding')].map((d) =>
		d.className + ':' + (d.querySelector(':scope > .prov') ? 'marked' : 'unmarked')).join(' ')`)
	if !strings.Contains(marks, "decision provisional:marked") || !strings.Contains(marks, "finding provisional:marked") {
		t.Errorf("暂定参数所依的决定与发现应标注 / the fire's decision and finding not marked provisional: %q", marks)
	}
	if v := eval(`String(findingBlock({kind: 'omission', programme: 'lowincome', amount: '0.00', clauses: []}).querySelector('.amount'))`); v != "null" {
		t.Errorf("金额为 0.00 的发现不应显示金额 / a finding of 0.00 shows an amount: %s", v)
	}

	// a referral is not a line that pays: the household payee's lines are
	// the base and the fire's aid, not the referral too
	if v := eval(`[...document.querySelectorAll('.sums tr.payee')].map((r) => r.textContent).find((x) => x.startsWith('家庭')) || ''`); !strings.HasSuffix(v, "2 条应发 line(s) paying") {
		t.Errorf("转介不计入合计的条数 / the household payee's row counts the referral: %q", v)
	}
	pageRequests(t, ctx)
}

// pageRequests goes on from pageForm's breakdown, on the same page: an edit
// while a request is under way, the buttons while it waits, a request that
// never answers, a switch of mode before the answer, a row removed, the
// print of a stale breakdown, the members' numbers, an error on the
// assessment date and one on a record's own key "date", a phone's width
// with a refusal and with a chart's failed record, and the note when the
// form is chosen after a pasted record.
func pageRequests(t *testing.T, ctx context.Context) {
	eval := func(js string) string { t.Helper(); return evalString(t, ctx, js) }
	// waitFor waits a few seconds, not the test's deadline, for what a step
	// should show, so that a step that fails says so and the rest run
	waitFor := func(what string, sel string, before ...chromedp.Action[chromedp.Void]) bool {
		t.Helper()
		c, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if err := chromedp.Do(c, append(before, chromedp.WaitVisible(css(sel)))...); err != nil {
			t.Errorf("%s: %s is not shown: %v", what, sel, err)
			return false
		}
		return true
	}
	buttons := func() string {
		t.Helper()
		return eval(`document.getElementById('assess').disabled + ' ' + document.getElementById('to-json').disabled`)
	}

	// an edit while the request is under way: the answer comes marked
	// stale, and the buttons wait for it
	eval(`window.realFetch = window.fetch; window.fetch = (...a) => new Promise((ok) => setTimeout(() => ok(window.realFetch(...a)), 400)), ''`)
	if err := chromedp.Do(ctx, chromedp.Click(css("#assess"))); err != nil {
		t.Fatal(err)
	}
	if v := buttons(); v != "true true" {
		t.Errorf("测算中按钮应不可用 / while a request is under way, assess and form-to-JSON are disabled: %q, want true true", v)
	}
	waitFor("测算中修改记录，结果应标为过时 / an edit during the request marks its breakdown stale", ".stale-note",
		chromedp.SendKeys(css("#hh-village"), "村"), chromedp.WaitVisible(css("#total-all")))
	if v := buttons(); v != "false false" {
		t.Errorf("the buttons after the answer: %q, want false false", v)
	}
	// a record pasted with a bad birth date, sent, and the form chosen
	// before the answer: the error is not put on the form's birth date
	err := chromedp.Do(ctx, chromedp.Click(css("#mode-json")),
		set(css("#json"), `{"id":"H-SWITCH","township":"T","members":[{"id":"m1","birth_date":"1960-13-01"}]}`),
		chromedp.Click(css("#assess")), chromedp.Click(css("#mode-form")))
	if err != nil {
		t.Fatal(err)
	}
	if waitFor("the pasted record's refusal", "#errors") {
		if v := eval(`document.querySelectorAll('#household [aria-invalid]').length + ' ' + document.getElementById('errors').textContent.includes('members[0].birth_date')`); v != "0 true" {
			t.Errorf("切换模式后错误不应标在表单 / a pasted record's error, the form chosen before the answer: %q, want no form field marked", v)
		}
	}
	eval(`window.fetch = window.realFetch, ''`)
	// ids and a township that hold what cannot be seen (a zero-width space
	// escaped in the JSON, a bidi override as it is, a leading space): the
	// service's errors reach the page as others do, each with its path and
	// its value escaped, never the invisible character itself
	eval(`document.getElementById('errors').hidden = true, ''`)
	err = chromedp.Do(ctx, chromedp.Click(css("#mode-json")),
		set(css("#json"), `{"id":"H`+"\u202e"+`1","township":" 尧渡镇","members":[{"id":"m1","birth_date":"1960-01-01"},{"id":"m1\u200b","birth_date":"1960-01-01"}]}`),
		chromedp.Click(css("#assess")))
	if err != nil {
		t.Fatal(err)
	}
	if waitFor("不可见字符的错误 / the errors of invisible characters", "#errors") {
		v := eval(`[...document.querySelectorAll('#errors tbody tr')].map((r) => [...r.cells].map((c) => c.textContent).join(' | ')).join('\n')`)
		for _, want := range []string{
			`id | 无效 invalid | "H\u202e1" | 含不可见字符 has an invisible character U+202E at byte 1`,
			`township | 无效 invalid | " 尧渡镇" | 开头有空格 has a space at its start`,
			`members[1].id成员 2 member 2 | 无效 invalid | "m1\u200b" | 含不可见字符 has an invisible character U+200B at byte 2`,
		} {
			if !strings.Contains(v, want) {
				t.Errorf("不可见字符的错误应写明路径与转义的值 / an invisible character's error, want a row %q in:\n%s", want, v)
			}
		}
		if strings.ContainsAny(v, "\u200b\u202e") {
			t.Errorf("错误表不应含不可见字符本身 / the errors table holds an invisible character itself: %q", v)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Click(css("#mode-form"))); err != nil {
		t.Fatal(err)
	}
	// an error's rows are named from 1, as the form numbers them; the
	// assets, required once a county sets an asset limit (2.1.3), are put
	// on their first field, the deposits
	eval(`showErrors([{type: 'invalid', path: 'members[1].claims[0].total_cost', detail: 'is negative'},
		{type: 'required', path: 'assets', detail: 'is required: the asset test is configured'}], 400, true), ''`)
	if v := eval(`document.querySelector('#errors tbody tr td:last-child').textContent`); v != "不能为负数 is negative" {
		t.Errorf("错误说明应先有中文 / an error's detail, Chinese first: %q", v)
	}
	if v := eval(`[...document.querySelectorAll('#errors td.path')].map((c) => c.textContent).join(' | ')`); !strings.Contains(v, "成员 2 · 住院 1 member 2 · claim 1") ||
		!strings.Contains(v, "assets存款 deposits") || strings.Contains(v, "JSON") {
		t.Errorf("错误行应从 1 起标明成员与行，财产错误标在存款 / the errors' rows, and the assets' error on the deposits: %q", v)
	}
	if v := eval(`document.getElementById('hh-deposits').getAttribute('aria-invalid') || ''`); v != "true" {
		t.Errorf("财产错误应标在存款字段 / the assets' error does not mark the deposits: %q", v)
	}
	// the library's own details for the commonest bad values, each read
	// by the page's glosses: a reworded detail fails here, not silently
	badValues := map[string]string{
		"required":       `{"township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"negative":       `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"-1"}]}]}`,
		"places":         `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"1.005"}]}]}`,
		"above 10^12":    `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"1000000000000.01"}]}]}`,
		"not an amount":  `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","incomes":[{"category":"wages","amount":"12a"}]}]}`,
		"date":           `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-1-1"}]}`,
		"calendar":       `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"2017-02-29"}]}`,
		"grade":          `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","disability":{"type":"physical","grade":7}}]}`,
		"long":           `{"id":"` + strings.Repeat("h", 65) + `","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"control":        `{"id":"H","township":"T\u0001","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"invisible":      `{"id":"H","township":"T","members":[{"id":"m1\u200b","birth_date":"1960-01-01"}]}`,
		"no-break space": `{"id":"H","township":"T","village":"东流\u00a0村","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"private use":    `{"id":"H\ue000","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"unassigned":     `{"id":"H\u0378","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"space first":    `{"id":"H","township":" 尧渡镇","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"space last":     `{"id":"H","township":"T","members":[{"id":"m1 ","birth_date":"1960-01-01"}]}`,
		"only spaces":    `{"id":"  ","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"member id":      `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}],"hardships":[{"id":"e1","type":"fire","date":"2017-03-01","cost":"1","member":"m9"}]}`,
		"after the date": `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"2017-12-01"}]}`,
		"reversed":       `{"id":"H","township":"T","lowincome_period":{"from":"2017-05","to":"2017-03"},"members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"bad month":      `{"id":"H","township":"T","lowincome_period":{"from":"2017-13"},"members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
		"stay, not centralized": `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01",` +
			`"tekun":{"mode":"dispersed","stay":{"from":"2017-07"}}}]}`,
		"stay outside": `{"id":"H","township":"T","members":[{"id":"m1","birth_date":"1960-01-01",` +
			`"tekun":{"mode":"centralized","period":{"from":"2017-03","to":"2017-05"},"stay":{"from":"2017-07"}}}]}`,
		"paid, not covered": `{"id":"H","township":"T","current":{"payments":[{"programme":"lowincome","item":"base","monthly":"1.00"}]},` +
			`"members":[{"id":"m1","birth_date":"1960-01-01"}]}`,
	}
	for what, rec := range badValues {
		h, err := household.Unmarshal([]byte(rec))
		if err == nil {
			_, err = h.Check(household.NewDate(2017, 9, 1))
		}
		fes := policy.FieldErrors(err)
		if len(fes) == 0 {
			t.Errorf("%s: no field error from %s (%v)", what, rec, err)
			continue
		}
		js, _ := json.Marshal(fes[0].Detail)
		if v := eval(`String(gloss(` + string(js) + `) && gloss(` + string(js) + `).textContent)`); v == "null" {
			t.Errorf("页面无此错误说明的中文 / the page has no Chinese for the detail %q (%s)", fes[0].Detail, what)
		}
	}
	// a service that never answers: the page says so and the buttons come
	// back
	eval(`requestTimeout = 300; window.fetch = (u, o) => new Promise((ok, no) => o.signal.addEventListener('abort', () => no(o.signal.reason))), ''`)
	if waitFor("无应答 / a request that never answers", "#errors h2", chromedp.Click(css("#assess"))) {
		if v := eval(`document.querySelector('#errors').textContent`); !strings.Contains(v, "无法连接测算服务") || !strings.Contains(v, "no answer in 0.3 s") {
			t.Errorf("服务无应答应说明 / a request that never answers: %q", v)
		}
		if v := buttons(); v != "false false" {
			t.Errorf("the buttons after no answer: %q, want false false", v)
		}
	}
	// and the same when the answer's body does not come in time
	eval(`window.fetch = async () => ({ ok: true, status: 200, json: () => Promise.reject(new DOMException('stalled', 'TimeoutError')) }), ''`)
	if waitFor("无应答 / an answer whose body never comes", "#errors h2", chromedp.Click(css("#assess"))) {
		if v := eval(`document.querySelector('#errors').textContent`); !strings.Contains(v, "无法连接测算服务") || !strings.Contains(v, "no answer in 0.3 s") {
			t.Errorf("正文超时应说明无应答 / an answer whose body never comes: %q", v)
		}
	}
	eval(`requestTimeout = 60000; window.fetch = window.realFetch, ''`)

	// a row removed marks it stale too, and the print keeps the note; a
	// switch of mode and back does not (the record is the same)
	if waitFor("the form's breakdown", "#total-all", chromedp.Click(css("#assess"))) {
		if err := chromedp.Do(ctx, chromedp.Click(css("#mode-json")), chromedp.Click(css("#mode-form"))); err != nil {
			t.Fatal(err)
		}
		if v := eval(`String(document.querySelector('.stale-note'))`); v != "null" {
			t.Error("切换模式不是修改记录 / a switch of mode and back marks the breakdown stale")
		}
		waitFor("删除一行后结果应标为过时 / removing a row marks the breakdown stale", ".stale-note", chromedp.Click(css(".hardship .remove")))
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if v := eval(`(document.querySelector('.stale-note') && getComputedStyle(document.querySelector('.stale-note')).display) || 'no note'`); v == "none" || v == "no note" {
		t.Errorf("打印过时结果时应保留提示 / the print of a stale breakdown keeps its note: display %q", v)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
	// members numbered, for a screen reader too
	if v := eval(`document.querySelector('#members > fieldset:nth-of-type(2) legend').textContent.trim() + ' | ' +
		document.querySelector('#members > fieldset:nth-of-type(2) legend .remove').getAttribute('aria-label') + ' | ' +
		document.querySelector('#members > fieldset:nth-of-type(1) .claim .remove').getAttribute('aria-label')`); !strings.HasPrefix(v, "成员 2 member") ||
		!strings.HasSuffix(v, "删除成员 2 remove member 2 | 删除成员 1 的第 1 次住院 remove claim 1 of member 1") {
		t.Errorf("成员应编号 / member 2's legend and delete button, member 1's claim's: %q", v)
	}

	// a date no set covers: refused at path date, on the date's field,
	// which names its error's row
	if waitFor("the date's refusal", "#errors", set(css("#date"), "2019-03-01"), chromedp.Click(css("#assess"))) {
		if v := eval(`(() => { const f = document.getElementById('date'), r = document.getElementById(f.getAttribute('aria-describedby'));
			return f.getAttribute('aria-invalid') + ' ' + (r ? r.querySelector('.path').textContent : 'no row'); })()`); v != "true date评估日 assessment date" {
			t.Errorf("评估日错误应标在评估日字段 / the date's error on its field: %q", v)
		}
	}
	// a record's own key "date", twice, is an unknown and a duplicate field,
	// not the assessment date
	err = chromedp.Do(ctx, set(css("#date"), "2017-09-01"), chromedp.Click(css("#mode-json")),
		set(css("#json"), `{"id":"H-KEY","township":"T","members":[{"id":"m1","birth_date":"1960-01-01"}],"date":"2017-01-01","date":"2017-01-02"}`))
	if err != nil {
		t.Fatal(err)
	}
	if waitFor("the unknown key's refusal", "#errors", chromedp.Click(css("#assess"))) {
		if v := eval(`String(document.getElementById('date').getAttribute('aria-invalid'))`); v != "null" {
			t.Errorf("记录中的 date 键不是评估日 / a record's key date marks the assessment date invalid: %q", v)
		}
	}

	// a phone's width: a refusal of a long path (a claim's compliant cost
	// above its total) from the form, then a county chart with a record
	// that failed, listed by its path
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride,
		emulation.SetDeviceMetricsOverrideParams{Width: 390, Height: 844, DeviceScaleFactor: 2, Mobile: true}); err != nil {
		t.Fatal(err)
	}
	if waitFor("the claim's refusal", "#errors", chromedp.Click(css("#mode-form")), set(inMember(1, ".c-compliant"), "400000000.00"),
		chromedp.Click(css("#assess"))) {
		if v := eval(`document.getElementById('errors').textContent`); !strings.Contains(v, "members[0].claims[0].compliant_cost") {
			t.Errorf("the refusal lacks the claim's path: %q", v)
		}
		notWider(t, ctx, "the form and a refusal shown")
		keep(t, ctx, "phone-form.png")
	}
	bad := `{"id":"H-BAD","township":"T","members":[{"id":"m1","birth_date":"1960-01-01","claims":[{"id":"c1",` +
		`"admission":"2017-05-10","total_cost":"100.00","compliant_cost":"400000000.00","ncms":"0.00"}]}]}`
	if waitFor("the chart's failed record", ".chart-errors", set(css("#records"), bad), chromedp.Click(css("#chart-outlays"))) {
		if v := eval(`document.querySelector('.chart-errors').textContent`); !strings.Contains(v, "members[0].claims[0].compliant_cost") ||
			!strings.Contains(v, "成员 1 · 住院 1 member 1 · claim 1") || !strings.Contains(v, "无效 invalid") {
			t.Errorf("the chart's failed record lacks its path, its rows from 1 or its type in Chinese: %q", v)
		}
		notWider(t, ctx, "a chart's failed record shown")
	}
	if _, err := chromedp.Call(ctx, emulation.ClearDeviceMetricsOverride, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}

	// the form chosen after a record was pasted: the page says the form is
	// assessed; not after form-to-JSON, whose record is the form's
	note := func() string { t.Helper(); return eval(`String(document.getElementById('form-note').hidden)`) }
	err = chromedp.Do(ctx, chromedp.Click(css("#mode-json")), set(css("#json"), `{"id":"H-PASTED"}`), chromedp.Click(css("#mode-form")))
	if err != nil {
		t.Fatal(err)
	}
	if note() != "false" {
		t.Error("切换到表单时应提示不读取粘贴的记录 / switching to the form after pasting does not say the form is assessed")
	}
	err = chromedp.Do(ctx, set(inMember(1, ".c-compliant"), "40000.00"), chromedp.Click(css("#to-json")), chromedp.Click(css("#mode-form")))
	if err != nil {
		t.Fatal(err)
	}
	if note() != "true" {
		t.Error("表单转 JSON 后切回表单不应提示 / back to the form after form-to-JSON, the page says a pasted record is not read")
	}
}

// printFits checks that the month table, printed on A4 (210 mm less the
// page's 12 mm margins: 186 mm, 703 CSS pixels), fits the page's width, so
// that the browser need not shrink it or wrap its items a few characters
// a line.
func printFits(t *testing.T, ctx context.Context) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride,
		emulation.SetDeviceMetricsOverrideParams{Width: 703, Height: 1000, DeviceScaleFactor: 1}); err != nil {
		t.Fatal(err)
	}
	if v := evalString(t, ctx, `(() => { const m = document.querySelector('.months');
		return m.scrollWidth + ' ≤ ' + document.documentElement.clientWidth + ': ' + (m.scrollWidth <= document.documentElement.clientWidth); })()`); !strings.HasSuffix(v, "true") {
		t.Errorf("按月发放表打印时超出 A4 宽度 / the month table is wider than an A4 page: %s", v)
	}
	if _, err := chromedp.Call(ctx, emulation.ClearDeviceMetricsOverride, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
	// The page lays itself out again at the screen's width: a click before
	// that lands where a button was in print, and on a loaded machine the
	// next step waited in vain (helper-168). Wait until the print width is
	// gone and two frames have been drawn.
	for range 100 {
		if evalString(t, ctx, `String(document.documentElement.clientWidth !== 703)`) == "true" {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`new Promise((done) =>
		requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
}

// notWider checks that the page is no wider than its layout viewport
// (clientWidth: under mobile emulation innerWidth grows with a page wider
// than the screen).
func notWider(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	if w := evalString(t, ctx, `document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth`); evalString(t, ctx,
		`String(document.documentElement.scrollWidth > document.documentElement.clientWidth)`) == "true" {
		t.Errorf("390 像素宽时页面不应横向滚动 / at 390 px, %s, the page is wider than the screen (%s)", what, w)
	}
}

// chartOutlays fills the county charts' records with the sample households,
// draws the monthly outlay and checks that it is shown as an image of a
// data: URL the browser can draw, with the count of households; without a
// reform there is no difference button.
func chartOutlays(t *testing.T, ctx context.Context) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#fill-samples")),
		chromedp.Click(chromedp.CSS("#chart-outlays")),
		chromedp.WaitVisible(chromedp.CSS("#chart-img")),
	)
	if err != nil {
		t.Fatal(err)
	}
	src, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('chart-img').getAttribute('src')`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(src, "data:image/svg+xml;charset=utf-8,") {
		t.Errorf("图表须以 data: 图像显示 / the chart's src is %.60q", src)
	}
	var width int
	for range 50 { // the image decodes after it is shown
		if width, err = chromedp.Run(ctx, chromedp.Evaluate[int](`document.getElementById('chart-img').naturalWidth`)); err != nil || width > 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil || width != 960 {
		t.Errorf("the browser does not draw the chart: naturalWidth %d, %v", width, err)
	}
	counts, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".chart-counts")))
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("households: %d", len(samples.Names())); !strings.Contains(counts, want) {
		t.Errorf("the counts %q lack %q", counts, want)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#chart-difference').length`))
	if err != nil || n != 0 {
		t.Errorf("without -reform the page shows the difference button (%d, %v)", n, err)
	}
	keep(t, ctx, "chart-outlays.png")
	chartOrder(t, ctx)
}

// chartOrder asks for a chart and, before its slow answer comes, for one
// under another date: the later chart stays, with its own date in its
// heading, whatever order the answers come in; and an edit of the date
// after it marks it as drawn from the date before.
func chartOrder(t *testing.T, ctx context.Context) {
	t.Helper()
	eval := func(js string) string { t.Helper(); return evalString(t, ctx, js) }
	was := eval(`document.getElementById('date').value`)
	eval(`window.chartFetch = window.fetch; window.chartAsked = 0;
		window.fetch = (u, o) => { const slow = window.chartAsked++ === 0;
			return new Promise((ok) => setTimeout(ok, slow ? 800 : 0)).then(() => window.chartFetch(u, o)); }, ''`)
	err := chromedp.Do(ctx, chromedp.SetValue(css("#date"), "2017-06-30"), chromedp.Click(css("#chart-outlays")),
		chromedp.SetValue(css("#date"), "2017-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	// the second request charts the first record alone
	eval(`document.getElementById('records').value = document.getElementById('records').value.split('\n')[0], ''`)
	if err := chromedp.Do(ctx, chromedp.Click(css("#chart-outlays"))); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // both answers are in
	eval(`window.fetch = window.chartFetch, ''`)
	if v := eval(`document.querySelector('#chart-result h3').textContent + ' ' + document.querySelector('.chart-counts').textContent`); !strings.Contains(v, "（2017-12-31）") ||
		!strings.Contains(v, "households: 1 ") {
		t.Errorf("先请求的慢答复不应取代后请求的图表 / the slow answer to the first request replaced the later chart: %q", v)
	}
	if v := eval(`String(document.querySelector('.chart-stale'))`); v != "null" {
		t.Errorf("刚绘制的图表不应标为过时 / a chart just drawn is marked stale: %s", v)
	}
	if err := chromedp.Do(ctx, chromedp.SetValue(css("#date"), was)); err != nil {
		t.Fatal(err)
	}
	eval(`document.getElementById('date').dispatchEvent(new Event('change')), ''`)
	if v := eval(`(document.querySelector('.chart-stale') || {}).textContent || 'no note'`); !strings.Contains(v, "图表为修改前的记录或日期所绘") {
		t.Errorf("改日期后图表应标为过时 / the chart after the date is edited: %q", v)
	}
}

// css selects the page's elements by a CSS selector.
func css(sel string) chromedp.CSS { return chromedp.CSS(sel) }

// inMember selects, by a CSS selector, within the form's i'th member (from 1).
func inMember(i int, sel string) chromedp.CSS {
	return css(fmt.Sprintf("#members > fieldset:nth-of-type(%d) %s", i, sel))
}

// set sets the value of the element sel selects.
func set(sel chromedp.CSS, v string) chromedp.Action[chromedp.Void] { return chromedp.SetValue(sel, v) }

// evalString runs js on the page and returns its value, a string.
func evalString(t *testing.T, ctx context.Context, js string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// keep saves a screenshot of the whole page as a test artefact and logs
// where.
func keep(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.ArtifactDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// assetSet is a county's set from July 2017 over the built-in one with two
// asset limits (2.1.3): deposits of 20000.00 a member, no motor vehicle.
const assetSet = `{"year": 2017, "from": "2017-07-01", "base": 2017,
  "name": "示例县 2017 年 7 月起财产限额（示例）/ asset limits from July 2017 (example)",
  "lowincome": {"assets": {
    "deposits_per_capita": {"value": "20000.00", "provenance": "local", "source": "县民政局财产限额（示例）/ county limit (example)"},
    "vehicles": {"value": 0, "provenance": "local", "source": "县民政局财产限额（示例）/ county limit (example)"}}}}`

// pageRecordFields fills, on fresh pages, the form's inputs for the fields
// only a pasted record had before: a nursing-home stay (sample h07, whose
// record the form must build), then the household's 低保 months, a
// disability certificate's months and two payments now, whose audit the
// breakdown shows; then the service's errors on those fields, each put on
// its input; and, under a county set with asset limits, the assets the
// set requires, refused when left out and tested when given.
func pageRecordFields(t *testing.T, ctx context.Context, url string, s *service) {
	eval := func(js string) string { t.Helper(); return evalString(t, ctx, js) }
	formRecord := func() *household.Household {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Click(css("#to-json"))); err != nil {
			t.Fatal(err)
		}
		rec := eval(`document.getElementById('json').value`)
		h, err := household.Unmarshal([]byte(rec))
		if err != nil {
			t.Fatalf("the form's record does not decode: %v\n%s", err, rec)
		}
		return h
	}
	// assess submits the form and waits for what it shows
	assess := func(sel string) bool {
		t.Helper()
		eval(`document.getElementById('result').replaceChildren(), document.getElementById('errors').hidden = true, ''`)
		c, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if err := chromedp.Do(c, chromedp.Click(css("#mode-form")), chromedp.Click(css("#assess")), chromedp.WaitVisible(css(sel))); err != nil {
			t.Errorf("%s is not shown: %v; errors: %q", sel, err, eval(`document.getElementById('errors').textContent`))
			return false
		}
		return true
	}
	// marked is the error row's path cell that names a field, or why not
	marked := func(sel string) string {
		t.Helper()
		return eval(`(() => { const f = document.querySelector(` + strconv.Quote(sel) + `);
			if (!f) return 'no field';
			const r = document.getElementById((f.getAttribute('aria-describedby') || '').split(' ').pop());
			return f.getAttribute('aria-invalid') + ' ' + (r ? r.querySelector('.path').textContent : 'no row'); })()`)
	}

	// sample h07: centralized support with a stay in the home from July
	err := chromedp.Do(ctx, chromedp.Navigate(url+"/"), chromedp.WaitVisible(inMember(1, ".m-id")),
		set(css("#date"), samples.Date().String()), set(css("#hh-id"), "H-SAMPLE-07"), set(css("#hh-township"), "香隅镇"),
		set(css("#hh-village"), "示例七村"),
		set(inMember(1, ".m-name"), "示例老人庚"), set(inMember(1, ".m-birth"), "1942-03-20"), set(inMember(1, ".m-relation"), "head"),
		set(inMember(1, ".m-tekun-mode"), "centralized"), set(inMember(1, ".m-home-id"), "敬老院-示例"),
		set(inMember(1, ".m-home-class"), "1"), set(inMember(1, ".m-self-care"), "partial"), set(inMember(1, ".m-stay-from"), "2017-07"))
	if err != nil {
		t.Fatal(err)
	}
	want07, err := samples.Household("h07-xiangyu")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want07, formRecord()); diff != "" {
		t.Errorf("表单生成的记录须与样例 h07 一致 / the form's record is not sample h07 (-sample +form):\n%s", diff)
	}
	b07, err := s.assessor.Assess(want07, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	if assess("#total-all") {
		if total := eval(`document.getElementById('total-all').textContent`); total != b07.Totals.All().StringFixed(2) {
			t.Errorf("h07 from the form: total %q, want %s", total, b07.Totals.All().StringFixed(2))
		}
		// 3622.00 × 6 ÷ 12 = 1811.00 to the person for January–June,
		// 4800.00 × 6 ÷ 12 = 2400.00 to the home for July–December (2.2.2)
		periods := eval(`[...document.querySelectorAll('[data-programme=tekun] .line')].map((l) =>
			l.querySelector('.amount').textContent + ' ' + l.querySelector('.period').textContent.split(' ')[0]).join('; ')`)
		for _, w := range []string{"1811.00 元 1–6", "2400.00 元 7–12"} {
			if !strings.Contains(periods, w) {
				t.Errorf("入住敬老院前后应分两行 / the stay's lines lack %q: %q", w, periods)
			}
		}
	}

	// 低保 from March to October, a certificate from May, and what is paid
	// now: 200.00 of the base, 50.00 of m1's living subsidy (its item
	// chosen, the programme follows)
	payment := func(i int, sel string) chromedp.CSS {
		return css(fmt.Sprintf("#payments > .payment:nth-child(%d) %s", i, sel))
	}
	err = chromedp.Do(ctx, chromedp.Navigate(url+"/"), chromedp.WaitVisible(inMember(1, ".m-id")),
		set(css("#date"), "2017-09-01"), set(css("#hh-id"), "H-FORM-3"), set(css("#hh-township"), "示例镇"),
		chromedp.Click(css("#hh-current-lowincome")),
		set(css("#hh-lowincome-from"), "2017-03"), set(css("#hh-lowincome-to"), "2017-10"),
		set(inMember(1, ".m-birth"), "1960-01-01"), set(inMember(1, ".m-dis-type"), "physical"), set(inMember(1, ".m-dis-grade"), "1"),
		set(inMember(1, ".m-dis-from"), "2017-05"),
		chromedp.Click(css("#add-payment")), set(payment(1, ".p-monthly"), "200.00"),
		chromedp.Click(css("#add-payment")), set(payment(2, ".p-item"), "living"))
	if err != nil {
		t.Fatal(err)
	}
	eval(`document.querySelector('#payments > .payment:nth-child(2) .p-item').dispatchEvent(new Event('change', {bubbles: true})), ''`)
	if err := chromedp.Do(ctx, set(payment(2, ".p-member"), "m1"), set(payment(2, ".p-monthly"), "５０．００")); err != nil {
		t.Fatal(err)
	}
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	want := &household.Household{ID: "H-FORM-3", Township: "示例镇",
		LowIncomePeriod: &household.MonthPeriod{From: household.NewYearMonth(2017, time.March), To: household.NewYearMonth(2017, time.October)},
		Current: household.Current{LowIncome: true, Payments: []household.Payment{
			{Programme: policy.LowIncome, Item: lowincome.ItemBase, Monthly: d("200.00")},
			{Programme: policy.Disability, Item: disability.ItemLiving, Member: "m1", Monthly: d("50.00")}}},
		Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1960, 1, 1),
			Disability: &household.Disability{Type: household.Physical, Grade: 1,
				Period: &household.MonthPeriod{From: household.NewYearMonth(2017, time.May)}}}}}
	if diff := cmp.Diff(want, formRecord()); diff != "" {
		t.Errorf("表单生成的记录有误 / the form's record (-want +form):\n%s", diff)
	}
	if rec := eval(`document.getElementById('json').value`); !strings.Contains(rec, `"monthly": "50.00"`) || !strings.Contains(rec, `"from": "2017-05"`) {
		t.Errorf("金额应为小数字符串，月份为 YYYY-MM / amounts as decimal strings, months as YYYY-MM: %s", rec)
	}
	b, err := s.assessor.Assess(want, household.NewDate(2017, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	if assess("#total-all") {
		if total := eval(`document.getElementById('total-all').textContent`); total != b.Totals.All().StringFixed(2) {
			t.Errorf("表单记录的总计 / the form's record: total %q, want %s", total, b.Totals.All().StringFixed(2))
		}
		// the base, 3622.00 × 8 ÷ 12 = 2414.67 over March–October, 301.83 a
		// month; the living subsidy over May–October (the certificate's
		// months within the 低保 months), 66.67 a month (2.2.4)
		periods := eval(`[...document.querySelectorAll('.programme .line')].map((l) => l.querySelector('.period').textContent).join('; ')`)
		for _, w := range []string{"3–10 月：301.83 × 7 + 301.86", "5–10 月：66.67 × 5 + 66.65"} {
			if !strings.Contains(periods, w) {
				t.Errorf("低保期间与残疾人证期间应给出部分年度的行 / the part-year lines lack %q: %q", w, periods)
			}
		}
		// under-paid each month: 301.83 − 200.00 = 101.83 of the base,
		// 66.67 − 50.00 = 16.67 of the living subsidy (2.1.2, 2.2.4)
		findings := eval(`[...document.querySelectorAll('.finding .head')].map((h) => h.textContent).join(' | ')`)
		for _, w := range []string{"101.83 元/月", "16.67 元/月"} {
			if !strings.Contains(findings, w) || strings.Count(findings, "少发") < 2 {
				t.Errorf("现发金额应经核查 / the audit of what is paid now lacks an underpayment of %s: %q", w, findings)
			}
		}
		printFits(t, ctx)
	}

	// changing a payment's programme resets an item of the other programme
	// (a 低保 base under the disability subsidies would be refused)
	if err := chromedp.Do(ctx, chromedp.Click(css("#add-payment"))); err != nil {
		t.Fatal(err)
	}
	item := eval(`(() => { const r = document.querySelector('#payments > .payment:nth-child(3)');
		const p = r.querySelector('.p-programme'), i = r.querySelector('.p-item');
		i.value = 'base'; i.dispatchEvent(new Event('change', {bubbles: true}));
		p.value = 'disability'; p.dispatchEvent(new Event('change', {bubbles: true}));
		const v = i.value; r.querySelector('.remove').click(); return v; })()`)
	if item != "living" {
		t.Errorf("改发放类别后项目应随之重置 / a payment's item after its programme changed to disability: %q, want living", item)
	}
	// a browser without month inputs shows a text field: a month typed in
	// full-width digits is not blocked by the form and is sent half-width
	valid := eval(`(() => { const f = document.getElementById('hh-lowincome-from'); f.type = 'text'; f.value = '２０１７－０３';
		return String(document.getElementById('form').checkValidity()); })()`)
	if got := formRecord().LowIncomePeriod; valid != "true" || got == nil || got.From != household.NewYearMonth(2017, time.March) {
		t.Errorf("全角月份应可提交并转为半角 / a full-width month as text: form valid %s, 低保 months %v, want from 2017-03", valid, got)
	}
	eval(`document.getElementById('hh-lowincome-from').type = 'month', ''`)

	// a vehicle count that is not a whole number is the form's refusal;
	// the service's errors on the new fields are put on their inputs
	if err := chromedp.Do(ctx, set(css("#hh-vehicles"), "1.5"), set(css("#hh-deposits"), "1000")); err != nil {
		t.Fatal(err)
	}
	if assess("#errors") {
		if v := marked("#hh-vehicles"); v != "true assets.vehicles机动车 vehicles" {
			t.Errorf("车辆数须为整数 / a vehicle count of 1.5: %q", v)
		}
	}
	// the amounts are refused as the record is read, the reversed periods
	// when it is checked: two rounds
	err = chromedp.Do(ctx, set(css("#hh-vehicles"), "1"), set(css("#hh-deposits"), "12.345"), set(payment(2, ".p-monthly"), "-5"))
	if err != nil {
		t.Fatal(err)
	}
	if assess("#errors") {
		for sel, w := range map[string]string{
			"#hh-deposits": "true assets.deposits存款 deposits",
			"#payments > .payment:nth-child(2) .p-monthly": "true current.payments[1].monthly发放 2 payment 2每月金额 monthly",
		} {
			if v := marked(sel); v != w {
				t.Errorf("服务的错误应标在对应字段 / the service's error on %s: %q, want %q", sel, v, w)
			}
		}
	}
	err = chromedp.Do(ctx, set(css("#hh-deposits"), "12.34"), set(payment(2, ".p-monthly"), "50.00"),
		set(css("#hh-lowincome-to"), "2017-02"), set(inMember(1, ".m-dis-to"), "2017-04"))
	if err != nil {
		t.Fatal(err)
	}
	if assess("#errors") {
		for sel, w := range map[string]string{
			"#hh-lowincome-to":   "true lowincome_period.to低保终止月 to",
			"#members .m-dis-to": "true members[0].disability.period.to成员 1 member 1有效终止月 valid to",
		} {
			if v := marked(sel); v != w {
				t.Errorf("服务的错误应标在对应字段 / the service's error on %s: %q, want %q", sel, v, w)
			}
		}
		if v := eval(`document.getElementById('errors').textContent`); !strings.Contains(v, "早于起始月") {
			t.Errorf("期间颠倒应有中文说明 / a reversed period's error in Chinese: %q", v)
		}
		keep(t, ctx, "form-record-fields.png")
	}

	// a county with asset limits from July: a record without assets is
	// refused at assets, on the deposits; with them, the test is applied
	path := filepath.Join(t.TempDir(), "assets-2017-07.json")
	if err := os.WriteFile(path, []byte(assetSet), 0o644); err != nil {
		t.Fatal(err)
	}
	s2, _ := newTestService(t, &config{builtin: true, timeouts: defaultTimeouts, shutdown: defaultShutdown, params: []string{path}})
	ts := httptest.NewServer(s2)
	defer ts.Close()
	err = chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(inMember(1, ".m-id")),
		set(css("#date"), "2017-09-01"), set(css("#hh-id"), "H-ASSETS"), set(css("#hh-township"), "示例镇"),
		set(inMember(1, ".m-birth"), "1960-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	if assess("#errors") {
		if v := marked("#hh-deposits"); v != "true assets存款 deposits" {
			t.Errorf("设有财产限额时缺财产应标在存款 / assets left out under asset limits: %q", v)
		}
		if v := eval(`document.querySelector('#errors tbody td:last-child').textContent`); !strings.HasPrefix(v, "必填：本县设有财产限额") {
			t.Errorf("the assets' error in Chinese: %q", v)
		}
	}
	if err := chromedp.Do(ctx, set(css("#hh-deposits"), "1000.00"), set(css("#hh-vehicles"), "1")); err != nil {
		t.Fatal(err)
	}
	wantA := &household.Household{ID: "H-ASSETS", Township: "示例镇", Assets: &household.Assets{Deposits: d("1000.00"), Vehicles: 1},
		Members: []household.Member{{ID: "m1", BirthDate: household.NewDate(1960, 1, 1)}}}
	if diff := cmp.Diff(wantA, formRecord()); diff != "" {
		t.Errorf("表单生成的财产有误 / the form's assets (-want +form):\n%s", diff)
	}
	bA, err := s2.assessor.Assess(wantA, household.NewDate(2017, 9, 1))
	if err != nil {
		t.Fatal(err)
	}
	var bd struct {
		Decisions []struct {
			Programme, Outcome string
			Explanation        struct{ ZH string }
		}
	}
	if err := json.Unmarshal(bA.AppendJSON(nil), &bd); err != nil {
		t.Fatal(err)
	}
	var failed string
	for _, x := range bd.Decisions {
		if x.Programme == "lowincome" && x.Outcome == "ineligible" {
			failed = x.Explanation.ZH
		}
	}
	if !strings.Contains(failed, "机动车") {
		t.Fatalf("the asset test should refuse H-ASSETS for its vehicle from July: %q", failed)
	}
	if assess("#total-all") {
		if v := eval(`document.querySelector('[data-programme=lowincome]').textContent`); !strings.Contains(v, failed) || !strings.Contains(v, "7–12 月") {
			t.Errorf("财产核查未通过应显示 / the failed asset test is not shown (%q): %.600q", failed, v)
		}
	}
}

// pageToForm reads, on a fresh page, every sample into the form by
// JSON-to-form and writes it back by form-to-JSON: the same record, and
// the fields and rows of the record before cleared (h01's four members,
// event and payment before h02's one member). Then records the form cannot
// hold exactly are refused with their paths, the form left as it was; and
// a sample read into the form and edited there is assessed as the library
// assesses the edited record.
func pageToForm(t *testing.T, ctx context.Context, url string, s *service) {
	eval := func(js string) string { t.Helper(); return evalString(t, ctx, js) }
	// state is what the form holds: its fields' values and its rows
	state := func() string {
		t.Helper()
		return eval(`[...document.querySelectorAll('#household [data-path]')].map((f) => f.type === 'checkbox' ? f.checked : f.value).join('|') +
			' rows ' + document.querySelectorAll('#household [data-scope]').length`)
	}
	// rows before the first sample, to be cleared: a village, an event
	// and a second member
	err := chromedp.Do(ctx, chromedp.Navigate(url+"/"), chromedp.WaitVisible(inMember(1, ".m-id")),
		set(css("#hh-village"), "旧村"), chromedp.Click(css("#hh-disaster-victim")), chromedp.Click(css("#add-hardship")),
		chromedp.Click(css("#add-member")), set(inMember(2, ".m-name"), "旧成员"))
	if err != nil {
		t.Fatal(err)
	}
	if v := eval(`String(document.querySelector('#to-form') !== null)`); v != "true" {
		t.Fatal("页面应有“JSON 转表单” / the page has no JSON-to-form button")
	}
	for i, name := range samples.Names() {
		want, err := samples.Household(name)
		if err != nil {
			t.Fatal(err)
		}
		err = chromedp.Do(ctx, chromedp.Click(css("#mode-json")), chromedp.SetValue(css("#sample"), strconv.Itoa(i)),
			chromedp.Click(css("#load-sample")), chromedp.Click(css("#to-form")))
		if err != nil {
			t.Fatal(err)
		}
		// the form shown, no error, and no note that the form has not read
		// the pasted record
		if v := eval(`document.getElementById('mode-form').checked + ' ' + document.getElementById('errors').hidden + ' ' +
			document.getElementById('form-note').hidden`); v != "true true true" {
			t.Errorf("%s: JSON 转表单后应显示表单 / after JSON-to-form, form mode, errors hidden, note hidden: %q, want true true true; errors %q",
				name, v, eval(`document.getElementById('errors').textContent`))
			continue
		}
		if n := eval(`String(document.querySelectorAll('#members > .member').length)`); n != strconv.Itoa(len(want.Members)) {
			t.Errorf("%s: %s members in the form, want %d", name, n, len(want.Members))
		}
		if err := chromedp.Do(ctx, chromedp.Click(css("#to-json"))); err != nil {
			t.Fatal(err)
		}
		rec := eval(`document.getElementById('json').value`)
		got, err := household.Unmarshal([]byte(rec))
		if err != nil {
			t.Errorf("%s: the form's record does not decode: %v\n%s", name, err, rec)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("样例经 JSON 转表单再转 JSON 须不变 / %s read into the form and written back (-sample +form):\n%s", name, diff)
		}
	}

	// records the form cannot hold exactly: refused with the path, in
	// JSON mode still, the form as it was (sample h07, the last read)
	raw, err := samples.Raw("h01-yaodu")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		t.Fatal(err)
	}
	h01 := b.String()
	edit := func(old, new string) string {
		t.Helper()
		if !strings.Contains(h01, old) {
			t.Fatalf("h01 has no %s", old)
		}
		return strings.Replace(h01, old, new, 1)
	}
	before := state()
	// hidden is personal data the refusal must not show: a member's name,
	// or what a key that is not the form's may hold (a misspelt "name")
	for _, c := range []struct{ what, rec, path, detail, hidden string }{
		{"an unknown key", edit(`"name":"示例户主甲",`, `"name":"示例户主甲","nickname":"甲",`), "members[0].nickname", "未知字段", ""},
		{"a misspelt name", edit(`"name":"示例户主甲",`, `"nmae":"示例户主甲",`), "members[0].nmae", "未知字段", "示例户主甲"},
		{"a name as a list", edit(`"name":"示例户主甲",`, `"name":["示例户主甲"],`), "members[0].name", "应为字符串", "示例户主甲"},
		{"a name not quoted", edit(`"name":"示例户主甲",`, `"name":示例户主甲,`), "—", "JSON 语法错误", "示例户主甲"},
		{"a name for a member", `{"id":"H","township":"T","members":["示例户主甲"]}`, "members[0]", "应为对象", "示例户主甲"},
		{"bad JSON", h01[:len(h01)/2], "—", "JSON 语法错误", ""},
		{"a grade as a string", edit(`"grade":2`, `"grade":"2"`), "members[0].disability.grade", "应为整数", ""},
		{"a grade of 2.0", edit(`"grade":2`, `"grade":2.0`), "members[0].disability.grade", "应为整数", ""},
		{"an amount as a number", edit(`"amount":"4200.00"`, `"amount":4200`), "members[0].incomes[0].amount", "应为字符串", ""},
		{"a key twice", edit(`"village":"示例一村",`, `"village":"示例一村","village":"示例二村",`), "village", "出现两次", ""},
		{"a relation not offered", edit(`"relation":"spouse"`, `"relation":"cousin"`), "members[1].relation", "不在表单的可选值内", ""},
		{"a day the calendar lacks", edit(`"birth_date":"1959-10-03"`, `"birth_date":"1959-02-30"`), "members[1].birth_date", "表单无法原样保存", ""},
		{"a name with spaces at its ends", edit(`"name":"示例子女甲"`, `"name":" 示例子女甲 "`), "members[2].name", "表单无法原样保存", "示例子女甲"},
		{"empty assets", edit(`"registered_poor":true,`, `"registered_poor":true,"assets":{},`), "assets", "表单无法原样保存", ""},
		{"a list that is not one", `{"id":"H","township":"T","members":[],"hardships":{"e1":{}}}`, "hardships", "应为数组", ""},
	} {
		eval(`document.getElementById('errors').hidden = true, ''`)
		c2, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := chromedp.Do(c2, chromedp.Click(css("#mode-json")), chromedp.SetValue(css("#json"), c.rec), chromedp.Click(css("#to-form")),
			chromedp.WaitVisible(css("#errors")))
		cancel()
		if err != nil {
			t.Errorf("%s: 无法转为表单的记录应说明 / no refusal shown: %v", c.what, err)
			continue
		}
		// the heading, then each row's path (without the rows it names) and
		// the rest of the row
		errs := eval(`document.querySelector('#errors h2').textContent + ' | ' + [...document.querySelectorAll('#errors tbody tr')].map((r) =>
			r.cells[0].firstChild.textContent + ' ~ ' + [...r.cells].slice(1).map((c) => c.textContent).join(' ~ ')).join(' | ')`)
		if !strings.HasPrefix(errs, "JSON 未填入表单，表单未改动 the JSON was not put in the form") ||
			!strings.Contains(errs, " | "+c.path+" ~ ") || !strings.Contains(errs, c.detail) {
			t.Errorf("%s: 拒绝时应说明路径与原因 / the refusal should name %s and say %q: %q", c.what, c.path, c.detail, errs)
		}
		if c.hidden != "" && strings.Contains(errs, c.hidden) {
			t.Errorf("%s: 拒绝不应显示成员姓名 / the refusal shows personal data %q: %q", c.what, c.hidden, errs)
		}
		if v := eval(`String(document.getElementById('mode-json').checked)`); v != "true" {
			t.Errorf("%s: 拒绝后应留在 JSON 模式 / a refused record switched to the form", c.what)
		}
		if v := state(); v != before {
			t.Errorf("%s: 拒绝后表单不应改动 / a refused record changed the form:\n%s\nwas\n%s", c.what, v, before)
		}
	}
	keep(t, ctx, "to-form-refused.png")

	// sample h05 read into the form, its claim's NCMS payment edited there
	// from 15000.00 to 9000.00: the total is the library's for the edited
	// record, not the sample's
	idx := slices.Index(samples.Names(), "h05-guandi")
	h05, err := samples.Household("h05-guandi")
	if err != nil {
		t.Fatal(err)
	}
	b05, err := s.assessor.Assess(h05, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	h05.Members[0].Claims[0].NCMS = decimal.RequireFromString("9000.00")
	bEdited, err := s.assessor.Assess(h05, samples.Date())
	if err != nil {
		t.Fatal(err)
	}
	want := bEdited.Totals.All().StringFixed(2)
	if want == b05.Totals.All().StringFixed(2) {
		t.Fatalf("the edit changes nothing: total %s either way", want)
	}
	eval(`document.getElementById('result').replaceChildren(), ''`)
	err = chromedp.Do(ctx, set(css("#date"), samples.Date().String()), chromedp.Click(css("#mode-json")),
		chromedp.SetValue(css("#sample"), strconv.Itoa(idx)), chromedp.Click(css("#load-sample")), chromedp.Click(css("#to-form")),
		set(inMember(1, ".c-ncms"), "9000.00"), chromedp.Click(css("#assess")), chromedp.WaitVisible(css("#total-all, #errors:not([hidden])")))
	if err != nil {
		t.Fatal(err)
	}
	if total := eval(`(document.getElementById('total-all') || {}).textContent || document.getElementById('errors').textContent`); total != want {
		t.Errorf("表单中修改样例后的总计 / h05 read into the form, its NCMS payment edited to 9000.00: total %q, want %s (the sample's is %s)",
			total, want, b05.Totals.All().StringFixed(2))
	}
	keep(t, ctx, "to-form-edited.png")
}
