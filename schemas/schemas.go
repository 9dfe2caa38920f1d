package schemas

import (
	"embed"
	"slices"
)

//go:embed household.json params.json breakdown.json
var files embed.FS

// names are the schemas, in the order [Names] lists them.
var names = []string{"household", "params", "breakdown"}

// Names returns the names of the schemas: "household", "params" and
// "breakdown".
func Names() []string { return slices.Clone(names) }

// Get returns the schema of the given name as JSON, and false when there is
// none of that name. Each call returns a new slice the caller may keep or
// change.
//
// In "household", amounts are yuan as strings of digits with at most two
// places ("3622.00", "0.3", "12"), no sign, no leading zero, at most 10^12
// 元; dates are "YYYY-MM-DD" days that exist, from 1900; months "YYYY-MM";
// ids 1 to 64 characters and a township 1 to 200 (a village 0 to 200, or
// null), visible ones only (no control or format character such as U+200B
// or U+202E, no blank such as U+3164, no space but U+0020 and none at
// either end, not spaces only);
// other texts up to 200 characters without control characters;
// lists no longer than the limits of package household (50 members, 20
// incomes, claims or hardship events a member or household, 100 payments);
// enums exactly the values the decoder accepts; every object closed
// (additionalProperties false); an optional field may be null. It states
// the rules between fields a schema can: a home, its class and a stay in it
// only for centralized 特困 support, a period, self-care level or
// incapacity only with a mode of support; a person without a household is
// one member; a 低保 payment only to a household covered by 低保.
//
// In "params", every parameter is an object {value, provenance, source},
// whose value only a local parameter may leave out; values by type
// (amounts, rates and multiples as strings of digits with at most four
// places, whole numbers, switches, and the switches' values); with "base":
// 2017 any part of the set, without it every parameter the library
// requires ($defs/complete). It is generated from the Go types of
// benefit.Params, and which parameters are required is found by asking
// benefit.Unmarshal; regenerate it after changing a programme's parameters
// with go test ./schemas -run TestParamsSchemaFresh -update.
//
// In "breakdown", the first field is "schema_version", benefit.SchemaVersion
// ("1"), which changes when a field is removed, renamed or changes meaning.
// Money is yuan as a string with two places everywhere ("6366.00"), the
// arguments of explanations included; an amount an explanation shows
// worked out exactly but not yet rounded keeps its own 3 to 12 places.
//
// What no schema can state the decoders still check: ids unique and
// references to members that exist, a claim's payments not above its
// compliant cost, a period not reversed, a nursing-home stay within the
// support's period, a parameter against the floors of the document, lengths
// in bytes (a schema counts characters), whole numbers written without a
// point or exponent (1.0 is an integer to a schema), no key given twice.
//
// The tests hold the schemas to the code: every sample household, every
// golden breakdown and the breakdowns of a synthetic county, the built-in
// parameter set and the sets of the benefit package's test data, and every
// input of the decoders' fuzz corpora the library accepts are valid; every
// record and set one change away from a sound one (a field left out, null
// or empty) is accepted by the schema exactly when the library accepts it;
// a table of inputs the library refuses is refused; and the enums, limits
// and required fields are compared with the Go types.
func Get(name string) ([]byte, bool) {
	if !slices.Contains(names, name) {
		return nil, false
	}
	b, err := files.ReadFile(name + ".json")
	if err != nil {
		return nil, false
	}
	return b, true
}
