// Package samples holds the invented sample households the examples and the
// golden tests assess: no real person, name or id number. Each file under
// households/ is one household record as JSON; together they show every
// programme and the worked examples of RULES.md.
package samples
