package strictjson_test

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/strictjson"
	"github.com/safetynet-go/safetynet/policy"
	"github.com/safetynet-go/safetynet/samples"
)

// FuzzDecode: decoding any input never panics; every failure is made of
// field errors, at most MaxErrors and one more, each with a short value;
// and whatever the strict decoder accepts, encoding/json (which merges
// repeated keys, matches keys in any case and replaces invalid UTF-8)
// reads as the same value — so nothing it accepts can be read two ways.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"id":"x"}`,
		`{"id":"x","name":"示例","amount":"3622.00","rate":"0.0125","count":3,"small":-1,"flag":true,"inner":{"code":"c"},` +
			`"items":[{"id":"i","amount":"1","parts":[{"amount":"0.5"}]}],"tags":["a"],"day":"2017-02-28","grade":2,"counts":{"k":1}}`,
		`{"id":"a","id":"b"}`,
		`{"id":"a","amount":"10000","amount":null}`,
		`{"id":"a","items":[{"amount":"1"}],"items":[{"amount":"2"}]}`,
		`{"id":"a","extra":{"list":[{"q":1},{"q":1,"q":2}]}}`,
		`{"ID":"x"}`,
		`{"\u0069d":"x"}`,
		"{\"id\":\"m\xff\"}",
		`{"id":"\ud800"}`,
		`{"id":"\ud83d\ude00"}`,
		`{"id":"m\u0000"}`,
		"{\"id\":\"m\x7f\"}",
		`{"id":"x","amount":12}`,
		`{"id":"x","amount":"5."}`,
		`{"id":"x","amount":"00012"}`,
		`{"id":"x","amount":"1e13"}`,
		`{"id":"x","amount":"1.005"}`,
		`{"id":"x","counts":{"k\ud800":1}}`,
		`{"id":"x","items":[{},{},{},{}]}`,
		`{"id":"x","grade":{"a":1,"a":2}}`,
		`{"id":"x"} {}`,
		"{\"id\":\"x\"}\x00",
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[`,
	} {
		f.Add([]byte(s))
	}
	for _, name := range samples.Names() {
		b, err := samples.Raw(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		differential[doc](t, data)
		differential[plainHousehold](t, data)
	})
}

// plainHousehold is the household record without its methods: a
// Household's UnmarshalJSON is household.Unmarshal, which calls this
// decoder and then validates, so the tests of the decoder alone, and
// encoding/json's reading beside it, read this.
type plainHousehold household.Household

// differential decodes data into a T strictly and checks the error or, if
// there is none, that encoding/json reads the same value.
func differential[T any](t *testing.T, data []byte) {
	var strict T
	err := strictjson.Decode(data, &strict)
	if err != nil {
		fes := policy.FieldErrors(err)
		if len(fes) == 0 || len(fes) > strictjson.MaxErrors+1 {
			t.Fatalf("%d field errors in %v", len(fes), err)
		}
		for _, fe := range fes {
			// A value is quoted from at most 40 bytes, each written in at
			// most 4 (\xff), with "…" after.
			if len(fe.Value) > 4*40+5 || fe.Type == "" || fe.Path == "" || fe.Detail == "" {
				t.Fatalf("field error %#v: a long value, or no type, path or detail", fe)
			}
		}
		return
	}
	var loose T
	if err := json.Unmarshal(data, &loose); err != nil {
		t.Fatalf("strictjson accepts what encoding/json refuses (%v):\n%q", err, data)
	}
	if diff := cmp.Diff(loose, strict); diff != "" {
		t.Fatalf("strictjson and encoding/json read %q differently (-json +strict):\n%s", data, diff)
	}
	if !utf8.Valid(data) {
		t.Fatalf("strictjson accepts invalid UTF-8: %q", data)
	}
}
