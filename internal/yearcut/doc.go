// Package yearcut cuts a year into runs of months at random, for the
// property tests of the programmes that a year in runs must not change
// (section 0 of RULES.md: a line that goes on unchanged from one run into
// the next is one line, audited once joined). Only tests import it.
package yearcut
