package schemas_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/benefit"
	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/internal/testrun"
	"github.com/safetynet-go/safetynet/lowincome"
	"github.com/safetynet-go/safetynet/policy"
)

var update = flag.Bool("update", false, "rewrite params.json from the Go types of benefit.Params")

// The parameter set's schema is generated from the Go types of
// benefit.Params (every programme's parameters, by their json tags), so
// that a parameter added to a programme is in the schema the moment
// params.json is regenerated, and TestParamsSchemaFresh fails until it is:
//
//	go test ./schemas -run TestParamsSchemaFresh -update

// TestParamsSchemaFresh: params.json is what the generator writes from
// today's benefit.Params.
func TestParamsSchemaFresh(t *testing.T) {
	if testrun.Race && !testrun.Long() {
		t.Skip("one goroutine, nothing for the race detector to check: run without -race")
	}
	got := paramsSchema(t)
	if *update {
		if err := os.WriteFile("params.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("params.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("params.json is stale (go test ./schemas -run TestParamsSchemaFresh -update) (-file +generated):\n%s", diff)
	}
}

// Patterns the schemas share.
const (
	// noControl: no control character (unicode.IsControl: C0, DEL, C1),
	// as records' texts, parameters' sources, a set's name and hardship
	// levels.
	noControl = "^[^\u0000-\u001f\u007f-\u009f]*$"
)

// amountPattern is policy.ParseAmount's syntax with at most places decimal
// places and at most policy.MaxDigits digits: no sign, no leading zero, no
// exponent, digits on both sides of a point.
func amountPattern(places int) string {
	alts := []string{fmt.Sprintf("(0|[1-9][0-9]{0,%d})", policy.MaxDigits-1)}
	for p := 1; p <= places; p++ {
		alts = append(alts, fmt.Sprintf("(0|[1-9][0-9]{0,%d})\\.[0-9]{%d}", policy.MaxDigits-1-p, p))
	}
	return "^(" + strings.Join(alts, "|") + ")$"
}

// paramValues are the schemas of the values a parameter holds, by Go
// type, each with the name of its parameter definition. Switches list the
// values their programme's Validate accepts (policy.CheckOneOf).
var paramValues = map[reflect.Type]struct {
	def    string
	schema map[string]any
}{
	reflect.TypeFor[decimal.Decimal](): {"amountParam", map[string]any{"type": "string", "pattern": amountPattern(4),
		"description": "an amount, rate or multiple: digits with at most four places, no sign, no leading zero, no exponent; each programme's validation narrows it (money has at most two places, a rate is from 0 to 1)"}},
	reflect.TypeFor[int]():                   {"integerParam", map[string]any{"type": "integer"}},
	reflect.TypeFor[bool]():                  {"booleanParam", map[string]any{"type": "boolean"}},
	reflect.TypeFor[lowincome.UpliftBase]():  {"upliftBaseParam", enum(lowincome.UpliftBases()...)},
	reflect.TypeFor[lowincome.UpliftScope](): {"upliftScopeParam", enum(lowincome.UpliftScopes()...)},
	reflect.TypeFor[lowincome.ChildMode]():   {"childModeParam", enum(lowincome.ChildModes()...)},
	reflect.TypeFor[policy.Form]():           {"formParam", enum(policy.Cash, policy.InKind)},
}

func enum[S ~string](values ...S) map[string]any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return map[string]any{"enum": out}
}

// mapKeys are the schemas of map keys, by Go type.
var mapKeys = map[reflect.Type]map[string]any{
	reflect.TypeFor[household.IncomeCategory](): enum(household.IncomeCategories()...),
	reflect.TypeFor[household.HardshipType]():   enum(household.HardshipTypes()...),
}

// hardshipKey is the schema of a hardship basis, the key of a subsidy's
// tiers: lowincome, registered-poor or a county hardship level, which is an
// id of a member's record, so it takes the household schema's id rule
// (visible characters only, household.IDFault) as it is written there.
func hardshipKey(t *testing.T) map[string]any {
	id := schemaTree(t, "household")["$defs"].(map[string]any)["id"].(map[string]any)
	return map[string]any{"minLength": 1, "maxLength": household.MaxIDLength, "pattern": id["pattern"]}
}

// generator builds the schema of a Go type, collecting definitions.
type generator struct {
	t    *testing.T
	defs map[string]any
	// valued are the paths of the parameters that must have a value in any
	// set (the library requires them, so a set may not give them unset).
	valued map[string]bool
}

var paramPrefix = reflect.TypeFor[policy.Param[int]]().PkgPath() + ".Param["

// schema returns the schema of a value of type typ at path (the JSON path in
// the set, for the few rules that depend on it).
func (g *generator) schema(typ reflect.Type, path string) map[string]any {
	if strings.HasPrefix(typ.PkgPath()+"."+typ.Name(), paramPrefix) {
		s := g.param(typ)
		if g.valued[path] {
			s["required"] = []any{"value"}
			s["properties"] = map[string]any{"value": map[string]any{"not": map[string]any{"type": "null"}}}
			s["description"] = "required: this parameter must have a value"
		}
		return s
	}
	switch typ.Kind() {
	case reflect.Struct:
		props := map[string]any{}
		var names []string
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			ps := g.schema(f.Type, join(path, name))
			if max, err := strconv.Atoi(f.Tag.Get("max")); err == nil && f.Type.Kind() == reflect.Map {
				ps["maxProperties"] = max // the decoder's bound on its keys
			}
			props[name] = ps
			names = append(names, name)
		}
		s := map[string]any{"type": []any{"object", "null"}, "additionalProperties": false, "properties": props}
		if strings.HasSuffix(path, ".by_hardship.*") {
			s["type"] = "object"
			s["anyOf"] = setsOneOf(names) // a basis sets at least one grade
			if strings.HasPrefix(path, "disability.nursing.") {
				props["grade4"] = map[string]any{"$ref": "#/$defs/unsetParam",
					"description": "the nursing subsidy covers grades 1–3: a grade-4 tier may not be set"}
			}
		}
		return s
	case reflect.Map:
		key, ok := mapKeys[typ.Key()]
		if typ.Key() == reflect.TypeFor[string]() {
			key, ok = hardshipKey(g.t), true
		}
		if !ok {
			g.t.Fatalf("%s: no schema for map keys of %v", path, typ.Key())
		}
		s := map[string]any{"type": []any{"object", "null"}, "propertyNames": key,
			"additionalProperties": g.schema(typ.Elem(), join(path, "*"))}
		props := map[string]any{}
		for v := range g.valued {
			if k, ok := strings.CutPrefix(v, path+"."); ok && !strings.Contains(k, ".") {
				props[k] = g.schema(typ.Elem(), v)
			}
		}
		if len(props) > 0 {
			s["properties"] = props
		}
		return s
	}
	g.t.Fatalf("%s: no schema for %v", path, typ)
	return nil
}

// setsOneOf: at least one of the named parameters has a value.
func setsOneOf(names []string) []any {
	var out []any
	for _, n := range names {
		out = append(out, map[string]any{"required": []any{n}, "properties": map[string]any{
			n: map[string]any{"required": []any{"value"}, "properties": map[string]any{"value": map[string]any{"not": map[string]any{"type": "null"}}}}}})
	}
	return out
}

// param returns a reference to the definition of a parameter of type typ
// (a policy.Param[T]), adding it: an object {value, provenance, source}
// whose value only a local parameter may leave out.
func (g *generator) param(typ reflect.Type) map[string]any {
	v, ok := paramValues[typ.Field(1).Type]
	if !ok {
		g.t.Fatalf("no schema for the values of %v", typ)
	}
	g.defs[v.def] = map[string]any{
		"type":                 "object",
		"additionalProperties": false,
		"required":             []any{"provenance"},
		"properties": map[string]any{
			"value":      map[string]any{"anyOf": []any{v.schema, map[string]any{"type": "null"}}},
			"provenance": map[string]any{"$ref": "#/$defs/provenance"},
			"source":     map[string]any{"type": []any{"string", "null"}, "maxLength": policy.MaxSourceLength, "pattern": noControl},
		},
		"if":   map[string]any{"properties": map[string]any{"provenance": map[string]any{"const": string(policy.Local)}}},
		"else": map[string]any{"required": []any{"value"}, "properties": map[string]any{"value": v.schema}},
	}
	return map[string]any{"$ref": "#/$defs/" + v.def}
}

// paramsSchema generates params.json.
func paramsSchema(t *testing.T) []byte {
	g := &generator{t: t, defs: map[string]any{}}
	g.defs["provenance"] = enum(policy.Provenances()...)
	g.defs["unsetParam"] = map[string]any{
		"type": "object", "additionalProperties": false, "required": []any{"provenance"},
		"properties": map[string]any{
			"value":      map[string]any{"type": "null"},
			"provenance": map[string]any{"$ref": "#/$defs/provenance"},
			"source":     map[string]any{"type": []any{"string", "null"}, "maxLength": policy.MaxSourceLength, "pattern": noControl},
		},
	}
	props := map[string]any{
		"year": map[string]any{"type": "integer", "minimum": 2000, "maximum": 2100},
		"from": map[string]any{"type": []any{"string", "null"}, "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-01$",
			"description": "the first day of a month of the set's year"},
		"name": map[string]any{"type": []any{"string", "null"}, "maxLength": benefit.MaxNameLength, "pattern": noControl},
		"base": map[string]any{"enum": []any{2017, nil},
			"description": "the year of the built-in set this set changes; without it every parameter must be given"},
		"rounding": map[string]any{
			"type": []any{"object", "null"}, "additionalProperties": false,
			"properties": map[string]any{
				"mode":   map[string]any{"enum": append(enum(policy.RoundingModes()...)["enum"].([]any), nil)},
				"places": map[string]any{"type": []any{"integer", "null"}, "minimum": -2, "maximum": 2},
			},
		},
	}
	g.defs["complete"], g.valued = completeSet(t)
	typ := reflect.TypeFor[benefit.Params]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if _, done := props[name]; done || name == "-" {
			continue
		}
		props[name] = g.schema(f.Type, name)
	}
	s := map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "https://github.com/safetynet-go/safetynet/schemas/params.json",
		"title":                "Parameter set",
		"description":          "One parameter set as benefit.Unmarshal reads it and Params.Marshal writes it: every programme's parameters for one calendar year, each {value, provenance, source}. Without \"base\" every parameter that is not local must be given ($defs/complete). Generated from the Go types by go test ./schemas -run TestParamsSchemaFresh -update.",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []any{"year"},
		"properties":           props,
		"if":                   map[string]any{"required": []any{"base"}, "properties": map[string]any{"base": map[string]any{"type": "integer"}}},
		"else":                 map[string]any{"$ref": "#/$defs/complete"},
		"$defs":                g.defs,
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// completeSet is what a set without "base" must give: every parameter the
// library requires then, found by leaving each parameter of the built-in
// set out in turn and reading the set without a base. Each one refused is
// required, and must be refused with a required error at its own path. It
// returns the schema of a complete set and the paths of the parameters it
// requires, which in any set must have a value.
func completeSet(t *testing.T) (map[string]any, map[string]bool) {
	full := builtinTree(t)
	var params [][]string
	var walk func(path []string, v map[string]any)
	walk = func(path []string, v map[string]any) {
		if _, ok := v["provenance"]; ok {
			params = append(params, slices.Clone(path))
			return
		}
		for k, x := range v {
			if m, ok := x.(map[string]any); ok {
				walk(append(path, k), m)
			}
		}
	}
	walk(nil, full)
	slices.SortFunc(params, func(a, b []string) int { return strings.Compare(strings.Join(a, "."), strings.Join(b, ".")) })
	root := map[string]any{}
	valued := map[string]bool{}
	for _, p := range params {
		tree := builtinTree(t)
		parent := tree
		for _, k := range p[:len(p)-1] {
			parent = parent[k].(map[string]any)
		}
		delete(parent, p[len(p)-1])
		js, err := json.Marshal(tree)
		if err != nil {
			t.Fatal(err)
		}
		_, err = benefit.Unmarshal(js)
		if err == nil {
			continue // optional
		}
		path := strings.Join(p, ".")
		var fe *policy.FieldError
		if !errors.As(err, &fe) || fe.Type != policy.ErrorRequired || fe.Path != path || len(policy.FieldErrors(err)) != 1 {
			t.Fatalf("the built-in set without %s: %v; want one required error at %s", path, err, path)
		}
		valued[path] = true
		// Mark p required, its sections required in theirs.
		node := root
		for _, k := range p {
			props, _ := node["properties"].(map[string]any)
			if props == nil {
				props = map[string]any{}
				node["properties"] = props
			}
			req, _ := node["required"].([]any)
			if !slices.Contains(req, any(k)) {
				node["required"] = append(req, k)
			}
			next, _ := props[k].(map[string]any)
			if next == nil {
				next = map[string]any{"type": "object"}
				props[k] = next
			}
			node = next
		}
	}
	// Section 0: a set without a base names its rounding (the zero one
	// would round to the yuan); it is not a parameter, so it is added here.
	root["properties"].(map[string]any)["rounding"] = map[string]any{
		"type":     "object",
		"required": []any{"mode", "places"},
		"properties": map[string]any{
			"mode":   map[string]any{"type": "string"},
			"places": map[string]any{"type": "integer"},
		},
	}
	root["required"] = append(root["required"].([]any), "rounding")
	root["description"] = "the parameters a set without \"base\" must give (all but the local ones and a few optional switches and tiers), found from benefit.Unmarshal"
	return root, valued
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// builtinTree is the built-in set's JSON, as a tree.
func builtinTree(t *testing.T) map[string]any {
	js, err := benefit.Default2017().Marshal()
	if err != nil {
		t.Fatal(err)
	}
	var tree map[string]any
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		t.Fatal(err)
	}
	return tree
}

// paramTypes maps the path of every parameter of the built-in set to the
// Go type of its value.
func paramTypes(t *testing.T) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var walk func(path string, typ reflect.Type, node map[string]any)
	walk = func(path string, typ reflect.Type, node map[string]any) {
		if strings.HasPrefix(typ.PkgPath()+"."+typ.Name(), paramPrefix) {
			out[path] = typ.Field(1).Type
			return
		}
		switch typ.Kind() {
		case reflect.Struct:
			for i := range typ.NumField() {
				f := typ.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if sub, ok := node[name].(map[string]any); ok && f.IsExported() && name != "-" {
					walk(join(path, name), f.Type, sub)
				}
			}
		case reflect.Map:
			for k, v := range node {
				if sub, ok := v.(map[string]any); ok {
					walk(join(path, k), typ.Elem(), sub)
				}
			}
		}
	}
	walk("", reflect.TypeFor[benefit.Params](), builtinTree(t))
	return out
}

// over returns a set over the built-in one that gives the parameter at
// path as the JSON param.
func over(path, param string) []byte {
	keys := strings.Split(path, ".")
	js := param
	for i := len(keys) - 1; i >= 0; i-- {
		js = `{"` + keys[i] + `":` + js + `}`
	}
	return []byte(`{"year":2018,"base":2017,` + js[1:])
}

// TestParamSchemaRules holds the parameter set's schema to the library on
// the rules it states beyond syntax: each switch accepts exactly the
// values the library accepts (tried: each listed value, and values it
// does not list), and each parameter the schema says must have a value
// the library refuses to see unset.
func TestParamSchemaRules(t *testing.T) {
	if testrun.Race && !testrun.Long() {
		t.Skip("one goroutine, nothing for the race detector to check: run without -race")
	}
	s := compile(t, "params")
	types := paramTypes(t)
	unlisted := map[reflect.Type][]string{
		reflect.TypeFor[policy.Form](): {string(policy.Referral), "", "cash "},
	}
	n := 0
	for path, typ := range types {
		v := paramValues[typ]
		values, isEnum := v.schema["enum"].([]any)
		if !isEnum {
			continue
		}
		for _, x := range values {
			in := over(path, `{"value":"`+x.(string)+`","provenance":"seed"}`)
			if _, err := benefit.Unmarshal(in); err != nil {
				t.Errorf("%s: the schema lists %q, the library refuses it: %v", path, x, err)
			}
			if err := validate(s, in); err != nil {
				t.Errorf("%s: the schema refuses %q: %v", path, x, err)
			}
			n++
		}
		for _, x := range append(unlisted[typ], "unlisted") {
			in := over(path, `{"value":"`+x+`","provenance":"seed"}`)
			if _, err := benefit.Unmarshal(in); err == nil {
				t.Errorf("%s: the library accepts %q, which the schema does not list", path, x)
			}
			if validate(s, in) == nil {
				t.Errorf("%s: the schema accepts %q", path, x)
			}
		}
	}
	_, valued := completeSet(t)
	for path := range valued {
		in := over(path, `{"provenance":"local","source":"not set"}`)
		if _, err := benefit.Unmarshal(in); err == nil {
			t.Errorf("%s: the library accepts it unset, the schema says it must have a value", path)
		}
		if validate(s, in) == nil {
			t.Errorf("%s: the schema accepts it unset", path)
		}
		n++
	}
	if n < 50 {
		t.Errorf("only %d cases tried", n)
	}
}
