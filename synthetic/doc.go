// Package synthetic generates a deterministic synthetic county of invented
// household records, for budget runs over a whole county and for property
// tests. [New] returns the [Generator] of a [Config] (a seed, how many
// households, the assessment date); [Generator.Household] returns record i
// and [Generator.All] yields every record.
//
// # Records
//
// [Generator.HouseholdInto] writes a record over a household the caller
// has done with, reusing its slices, so that a run that generates a county
// household by household allocates little more than the amounts
// themselves. Nothing in a record is real: townships are numbered ("乡镇01"
// … "乡镇20", see [Townships]), villages "村01" … "村12", nursing homes
// "乡镇01敬老院" …, members are named "合成成员1" … and records are numbered
// "SYN-0000001" ….
//
// # Determinism
//
// A [Generator] is a pure function of its [Config], safe for concurrent
// use: any shard or goroutine can generate any record without the records
// before it. Every record passes [household.Household.Validate] and
// [household.Household.ValidateOn] on the configured date; a budget over
// the synthetic county so has the year's recurring lines in full and its
// lump sums up to the date.
//
// # The county's mix
//
// The county mixes every programme in fixed proportions, listed in the
// [Generator] doc: ordinary households of one to six members, 特困 persons
// alone or living among kin, persons without a fixed household; about 30%
// of households covered by 低保 now, with deliberate errors in what some
// are paid; disability certificates (2.2.4), children in difficulty
// (2.2.3), inpatient claims (2.3.4), hardship events (2.4) and flagged
// needs. The tests check the proportions loosely, and check the planted
// audit findings against the lowincome and disability packages.
package synthetic
