// Package strictjson decodes JSON the way a policy library must, in one pass
// over the input: keys matched exactly (encoding/json matches them
// case-insensitively), no unknown fields, no key given twice in an object
// (encoding/json keeps the last, or merges), required fields present and not
// null, no null for an element of an array or a value of a map, strings of
// valid UTF-8 without control characters, money in one canonical syntax,
// arrays no longer than their documented limits, no byte-order mark before
// the value and nothing after it. Size and nesting are bounded, so the cost
// of any input is linear in its length. Every failure is a
// [policy.FieldError] naming the field path with indexes; at most
// [MaxErrors] are reported, then one that says how many more there were.
//
// A field is named by its json tag. `required:"true"` makes it required;
// `personal:"true"` marks a string field that is personal data, whose errors
// give its length, never its text (on a field of another kind it panics when
// the type is first decoded); `max:"N"` bounds a slice's elements or a map's
// keys; `places:"N"` sets how many decimal places a decimal.Decimal may have
// (2 by default: money). Types that implement encoding.TextUnmarshaler read
// a JSON string; types that implement json.Unmarshaler read their raw JSON
// (checked for syntax and duplicate keys first). Either is handed a slice of
// the input, which it must copy to keep (as both interfaces require).
//
// Keys, enums, dates and amounts are read from the input where they lie,
// compared and parsed without a copy; a Go string is made only for a
// string field the value keeps, and slices grow in place. Decoding a
// sound household record allocates for what it keeps: its strings, its
// slices, its decimals, its pointers.
package strictjson
