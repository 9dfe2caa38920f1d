// Package household holds the typed records every programme reads: a
// [Household] and its [Member] records. The records are designed for all
// of RULES.md, so programmes read them as they are: [Decode] reads one
// from JSON, and [Household.Check] validates it once for an assessment
// date and hands the programmes a [Checked] record.
//
// # Records
//
// A [Household] has its township and village, its flags (registered poor
// 建档立卡, low-income family, impoverished by illness 因病致贫, no fixed
// household), what it is paid now ([Current]), its hardship events (2.4,
// [Hardship]) and its [Member] records — birth date, relation, ability to
// work, 低保 class (2.1.2), 特困 support (2.2.1–2.2.2), child category
// (2.2.3), disability certificate (2.2.4), major disease, incomes by
// category (2.1.2–2.1.3) and inpatient claims (2.3.4).
//
// # Validation
//
// [Household.Validate] checks a record on its own and returns every problem
// as a [policy.FieldError] naming the field path, such as
// "members[2].disability.grade: 7 is not 1–4"; [Household.ValidateOn] adds
// the checks that need the assessment date. Errors carry field values only,
// never a whole record, so they can be logged.
//
// Ids (of the household, members, claims, events, homes, payment items and
// hardship levels) and place names (township, village) hold visible
// characters only, so that two a caseworker reads as one are one: valid
// UTF-8 of graphic characters (unicode.IsGraphic: no control or format
// character such as U+200B, U+202E or U+FEFF, no line or paragraph
// separator, no private-use or unassigned code point), none of the graphic
// ones that show nothing (Unicode's default-ignorable ones such as the
// Hangul filler U+3164 and the variation selectors, and the blank Braille
// pattern U+2800), no space but U+0020, none at the start or end, and not
// spaces only; an error quotes the value with such characters escaped and
// names the first character at fault with its byte, as `members[1].id:
// "m1\u200b" has an invisible character U+200B at byte 2`, else the
// spaces. Look-alike letters of other scripts, and a letter written
// precomposed or with a combining mark, remain different texts; and
// traditional Mongolian written with its free variation selectors, a rare
// character with an ideographic variation selector, or a character newer
// than Go's Unicode tables cannot be an id or place name. Other texts — a member's name, a referral — are held
// to valid UTF-8 without control characters.
//
// # JSON
//
// On the wire, enums are typed strings whose UnmarshalText rejects unknown
// values. [Decode] is strict: keys match exactly, unknown fields, trailing
// data, missing or null required amounts and over-precise money are errors.
// Amounts are yuan as strings of digits with at most two places ("3622.00");
// a JSON number is refused, and so is "10.000", for the text is held to two
// places, whereas an amount built in Go is checked by its value:
// decimal.RequireFromString("10.000") is 10.00, and [Household.Validate]
// accepts it. [Decode] reads a record in one pass, copying only the strings
// the record keeps. The record's JSON Schema (2020-12) is the schema
// "household" of package schemas (schemas/household.json).
package household
