// Package schemas holds the JSON Schemas (draft 2020-12) of the library's
// three documents on the wire, embedded so that a service can serve them
// and a client can validate against them:
//
//   - "household": a household record, as [household.Unmarshal] reads it;
//   - "params": a parameter set, as [benefit.Unmarshal] reads it and
//     [benefit.Params.Marshal] writes it;
//   - "breakdown": a household's breakdown, as [benefit.Breakdown.AppendJSON]
//     writes it, its "schema_version" the constant [benefit.SchemaVersion].
//
// The files are in this directory (household.json, params.json,
// breakdown.json). The package's tests validate every sample household, every
// golden breakdown, the built-in parameter set and every input the decoders'
// fuzz corpora hold that the library accepts, so the schemas cannot drift
// from the code.
//
// [household.Unmarshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/household#Unmarshal
// [benefit.Unmarshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Unmarshal
// [benefit.Params.Marshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Params.Marshal
// [benefit.Breakdown.AppendJSON]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Breakdown.AppendJSON
// [benefit.SchemaVersion]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#SchemaVersion
package schemas
