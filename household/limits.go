package household

import "github.com/safetynet-go/safetynet/internal/strictjson"

// Limits on one record. Each bounds what one record can cost to decode,
// validate and assess, so that any input, however large or hostile, costs
// time and memory linear in its size and bounded by these numbers. They
// guard the input, not policy: the rules set no limit on events per year
// unless the county sets one (temporary.events_per_year), and a county
// that needs more of anything than a limit allows should say so (the
// numbers are chosen well above any real household's).
const (
	// MaxMembers is the most members of one household: 50, far above any
	// rural household (共同生活的家庭成员).
	MaxMembers = 50
	// MaxIncomes is the most income entries of one member: 20, more than
	// the 14 income categories.
	MaxIncomes = 20
	// MaxClaims is the most inpatient claims of one member in a year: 20.
	MaxClaims = 20
	// MaxHardships is the most hardship events of one household in a
	// year: 20.
	MaxHardships = 20
	// MaxPayments is the most payments recorded now for one household:
	// 100, a line per member of every programme twice over.
	MaxPayments = 100
	// MaxIDLength is the most bytes of an id (household, member, claim,
	// event, home, payment item): 64.
	MaxIDLength = 64
	// MaxTextLength is the most bytes of a name, township, village or
	// service: 200.
	MaxTextLength = 200
	// MaxRecordBytes is the most bytes of one record's JSON: 4 MiB.
	// [Decode] reads no further; a server should cap its request bodies at
	// this size too.
	MaxRecordBytes = strictjson.MaxBytes
	// MaxErrors is the most errors validation reports; one more says how
	// many were left out.
	MaxErrors = 100
)

// childAge is the age below which a 2.2.3 category applies: "a person
// under 18".
const childAge = 18
