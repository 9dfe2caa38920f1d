// Package enumtest checks an enum's list function alike in every package
// that has one (policy.Forms, household.Relations, benefit.Departments, …):
// the list is the one the table writes out, Valid takes every value listed
// and no value left out (the zero value only where it stands for none or
// unrecorded), and each call returns a copy a caller may change. Only
// tests import it.
package enumtest
