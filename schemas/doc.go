// Package schemas holds the JSON Schemas (draft 2020-12) of the library's
// three documents on the wire, embedded, so that a service can serve them
// (GET /schema/{name}) and a client can check its documents before it sends
// them. [Names] lists them and [Get] returns one: "household"
// (household.json), a household record, as [household.Unmarshal] reads it;
// "params" (params.json), a parameter set, as [benefit.Unmarshal] reads it
// and [benefit.Params.Marshal] writes it; and "breakdown"
// (breakdown.json), a household's breakdown, as
// [benefit.Breakdown.AppendJSON], WriteJSON and Marshal write it, its first
// field "schema_version", [benefit.SchemaVersion].
//
// # What a schema checks
//
// The schemas state formats, limits, enums and required fields, and the
// household schema the rules between fields a schema can; what no schema
// can state the decoders still check (ids unique, references to members
// that exist, a parameter against the floors of the document, …). A
// document valid under its schema may still be refused, with a field error
// naming what is wrong; a household record or parameter set the library
// accepts is always valid under its schema. The tests hold the schemas to
// the code.
//
// # Breakdowns read back
//
// The breakdown reader ([benefit.Breakdown.UnmarshalJSON]) is not a
// validator: it reads back what the library wrote, older versions
// included, so a breakdown it reads may still fail the breakdown schema.
//
// [household.Unmarshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/household#Unmarshal
// [benefit.Unmarshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Unmarshal
// [benefit.Params.Marshal]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Params.Marshal
// [benefit.Breakdown.AppendJSON]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Breakdown.AppendJSON
// [benefit.Breakdown.UnmarshalJSON]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#Breakdown.UnmarshalJSON
// [benefit.SchemaVersion]: https://pkg.go.dev/github.com/safetynet-go/safetynet/benefit#SchemaVersion
package schemas
