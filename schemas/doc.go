// Package schemas holds the JSON Schemas (draft 2020-12) of the library's
// three documents on the wire, embedded, so that a service can serve them
// (GET /schema/{name}) and a client can check its documents before it sends
// them:
//
//   - "household" (household.json): a household record, as
//     [household.Unmarshal] reads it. Amounts are yuan as strings of digits
//     with at most two places ("3622.00", "0.3", "12"), no sign, no leading
//     zero, at most 10^12 元; dates are "YYYY-MM-DD" days that exist, from
//     1900; months "YYYY-MM"; ids 1 to 64 and texts up to 200 characters
//     without control characters; lists no longer than the limits of
//     package household (50 members, 20 incomes, claims or hardship events
//     a member or household, 100 payments); enums exactly the values the
//     decoder accepts; every object closed (additionalProperties false);
//     an optional field may be null. It states the rules between fields a
//     schema can: a home, its class and a stay in it only for centralized
//     特困 support, a period, self-care level or incapacity only with a mode
//     of support; a person without a household is one
//     member; a 低保 payment only to a household covered by 低保.
//   - "params" (params.json): a parameter set, as [benefit.Unmarshal] reads
//     it and [benefit.Params.Marshal] writes it: every parameter an object
//     {value, provenance, source}, whose value only a local parameter may
//     leave out; values by type (amounts, rates and multiples as strings of
//     digits with at most four places, whole numbers, switches, and the
//     switches' values); with "base": 2017 any part of the set, without it
//     every parameter the library requires ($defs/complete). It is
//     generated from the Go types of benefit.Params, and which parameters
//     are required is found by asking benefit.Unmarshal; regenerate it after
//     changing a programme's parameters with
//     go test ./schemas -run TestParamsSchemaFresh -update.
//   - "breakdown" (breakdown.json): a household's breakdown, as
//     [benefit.Breakdown.AppendJSON], WriteJSON and Marshal write it. Its
//     first field is "schema_version", [benefit.SchemaVersion] ("1"), which
//     changes when a field is removed, renamed or changes meaning. Money is
//     yuan as a string with two places everywhere ("6366.00"), the arguments
//     of explanations included; an amount an explanation shows worked out
//     exactly but not yet rounded keeps its own 3 to 12 places.
//
// What no schema can state the decoders still check: ids unique and
// references to members that exist, a claim's payments not above its
// compliant cost, a period not reversed, a nursing-home stay within the
// support's period, a parameter against the floors of
// the document, lengths in bytes (a schema counts characters), whole
// numbers written without a point or exponent (1.0 is an integer to a
// schema), no key given twice. A document valid under its schema may still
// be refused, with a field error naming what is wrong; a document the
// library accepts is always valid under its schema.
//
// The tests hold the schemas to the code: every sample household, every
// golden breakdown and the breakdowns of a synthetic county, the built-in
// parameter set and the sets of the benefit package's test data, and every
// input of the decoders' fuzz corpora the library accepts are valid;
// every record and set one change away from a sound one (a field left out,
// null or empty) is accepted by the schema exactly when the library
// accepts it; a table of inputs the library refuses is refused; and the
// enums, limits and required fields are compared with the Go types.
//
// [household.Unmarshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/household#Unmarshal
// [benefit.Unmarshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Unmarshal
// [benefit.Params.Marshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Params.Marshal
// [benefit.Breakdown.AppendJSON]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Breakdown.AppendJSON
// [benefit.SchemaVersion]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#SchemaVersion
package schemas
