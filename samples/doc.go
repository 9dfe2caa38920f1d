// Package samples holds the invented sample households the examples and the
// golden tests assess. [Names] lists them, [Household] decodes one, [All]
// decodes every one and [Raw] returns one's JSON; [Date] is the date they
// are assessed on.
//
// # Files
//
// Each file under households/ is one household record as JSON; together
// they show every programme and the worked examples of RULES.md.
//
// # Invented data
//
// No sample holds a real person, name or id number.
package samples
