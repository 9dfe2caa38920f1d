package temporary

import (
	"github.com/shopspring/decimal"

	"github.com/safetynet-go/safetynet/household"
	"github.com/safetynet-go/safetynet/policy"
)

// Event is one hardship event's assessment in figures (2.4.1, 2.4.3): its
// shortfall, its maximum, the amount paid and how, and what is left over for
// the joint meeting. Amounts are held in fen and returned in yuan. An Event
// is a value: nothing a caller does with one changes a result.
type Event struct {
	id, member, referral string
	typ                  household.HardshipType
	date                 household.Date
	form                 policy.Form
	multiple             policy.Ratio
	cost, received       policy.Money
	shortfall, maximum   policy.Money
	amount, leftOver     policy.Money
	above                bool // the shortfall is above k × S ÷ 12, compared before rounding
	overLimit            bool
	rank                 int // the event's place among the year's events that would be aided, when over the limit
}

// ID names the event: its id (every event has one, unique in its record).
func (e Event) ID() string { return e.id }

// Member returns the member paid: the one the event names, the person
// himself for a person without a household
// ([household.Household.NoFixedHousehold], recorded alone), otherwise ""
// (the household).
func (e Event) Member() string { return e.member }

// Type returns the event's hardship type.
func (e Event) Type() household.HardshipType { return e.typ }

// Date returns the event's date; its month is the month the aid is paid.
func (e Event) Date() household.Date { return e.date }

// Cost returns the hardship's cost.
func (e Event) Cost() decimal.Decimal { return e.cost.Decimal() }

// Received returns what insurance, compensation and other aid paid against
// the hardship.
func (e Event) Received() decimal.Decimal { return e.received.Decimal() }

// Shortfall returns Cost − Received, floored at 0.
func (e Event) Shortfall() decimal.Decimal { return e.shortfall.Decimal() }

// Multiple returns the type's maximum multiple k.
func (e Event) Multiple() decimal.Decimal { return e.multiple.Decimal() }

// Maximum returns the maximum, k × S ÷ 12 rounded once: what an event
// above it is paid, unless under a unit coarser than the fen it rounds
// above the shortfall (then the shortfall rounded down is paid). Whether
// the shortfall is above it is decided on k × S ÷ 12 before rounding.
func (e Event) Maximum() decimal.Decimal { return e.maximum.Decimal() }

// Amount returns what is paid: min(Shortfall, k × S ÷ 12), rounded once
// and never above the shortfall (under a unit coarser than the fen, the
// shortfall rounded down where rounding would go above it); 0 for a zero
// shortfall or an event over the events-per-year limit.
//
// A set that rounds to the yuan pays a shortfall of 2500.50 as 2500, not
// 2501.
func (e Event) Amount() decimal.Decimal { return e.amount.Decimal() }

// LeftOver returns what goes to the joint meeting (一事一议): Shortfall −
// Amount when the shortfall is above the maximum k × S ÷ 12 (0.00 for a
// shortfall above it that equals its rounded figure, which is paid whole),
// the whole shortfall over the limit, else 0.
func (e Event) LeftOver() decimal.Decimal { return e.leftOver.Decimal() }

// Form returns how the amount is delivered: [policy.Cash] or
// [policy.InKind].
func (e Event) Form() policy.Form { return e.form }

// Referral returns the service the event is referred to (2.4.3), or "".
func (e Event) Referral() string { return e.referral }

// OverLimit reports whether the event is beyond the county's limit on
// events aided per year.
//
// The limit ([Params.EventsPerYear], local, off unless set) counts the
// events of the whole year that have a shortfall of at least one rounding
// unit, in date order, whichever run assesses them, so two runs give the
// lines one run gives when S is unchanged; events of months no parameter
// set is in force in ([Inputs.InForce]) are not assessed and do not count.
func (e Event) OverLimit() bool { return e.overLimit }

// Outcome returns the event's decision: eligible when it is given aid or a
// referral, ineligible otherwise (a zero shortfall, over the limit).
func (e Event) Outcome() policy.Outcome {
	if e.amount > 0 || e.referral != "" {
		return policy.Eligible
	}
	return policy.Ineligible
}

// capped reports whether the event is paid at its maximum with the rest
// left over for the joint meeting.
func (e Event) capped() bool { return !e.overLimit && e.above }
