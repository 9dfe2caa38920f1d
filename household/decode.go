package household

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/safetynet-go/safetynet/internal/strictjson"
	"github.com/safetynet-go/safetynet/policy"
)

// Decode reads one household record from JSON strictly and validates it.
// Keys must match exactly (not case-insensitively); unknown fields, data
// after the record, a missing or null required amount, an unknown enum value,
// input over 4 MiB or nested deeper than 32 levels are errors, as is anything
// [Household.Validate] rejects. Every error of the record is a
// [policy.FieldError] (joined when there are several) that wraps
// [policy.ErrInvalid]; an error reading r is returned wrapped, as it is,
// for it is not the record's fault. A nil r is an error wrapping
// [policy.ErrInvalid].
func Decode(r io.Reader) (*Household, error) {
	if r == nil {
		return nil, fmt.Errorf("household: Decode from a nil io.Reader: %w", policy.ErrInvalid)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxRecordBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading household record: %w", err)
	}
	if len(data) > MaxRecordBytes { // read no further: its length is not known
		return nil, strictjson.OverLimit()
	}
	return Unmarshal(data)
}

// Unmarshal is [Decode] for a byte slice. It reads the record in one pass
// of the strict decoder, then validates the record it built (a walk of the
// record, not of the input); its cost is linear in len(data). It does not
// keep data: the record's strings are its own.
func Unmarshal(data []byte) (*Household, error) {
	var h Household
	// The strict decoder calls a type's own UnmarshalJSON, which for a
	// Household is this function: it decodes a record, the same fields
	// without the method.
	if err := strictjson.Decode(data, (*record)(&h)); err != nil {
		return nil, err
	}
	if err := h.Validate(); err != nil {
		return nil, err
	}
	return &h, nil
}

// record is a Household without its methods, UnmarshalJSON's among them,
// for the strict decoder to read field by field.
type record Household

// UnmarshalJSON reads the record as [Unmarshal] does, so that
// json.Unmarshal(data, &h), a json.Decoder or a struct field of type
// Household read it strictly too: keys spelled exactly, no unknown key,
// amounts as strings, the record validated, and the same errors naming the
// same paths (relative to the record, for a record inside another value).
// It replaces all of *h, never merging with what h held before, and leaves
// h unchanged on an error. Only JSON that encoding/json finds malformed
// (a syntax error) fails with encoding/json's own error, before this
// method is called; null is an error, as it is to Unmarshal. A nil h is an
// error wrapping [policy.ErrInvalid]. encoding/json scans the whole input
// for that syntax error before calling it, however long the input: for
// untrusted input call [Decode] or [Unmarshal], which stop at
// [MaxRecordBytes].
func (h *Household) UnmarshalJSON(data []byte) error {
	if h == nil {
		return fmt.Errorf("household: UnmarshalJSON into a nil *Household: %w", policy.ErrInvalid)
	}
	read, err := Unmarshal(data)
	if err != nil {
		return err
	}
	*h = *read
	return nil
}

// Marshal writes the record as indented JSON that [Unmarshal] reads back
// into an equal record. A nil record is an error at "household" ("is
// missing"), as [Household.Validate] reports it.
func (h *Household) Marshal() ([]byte, error) {
	if h == nil {
		return nil, policy.Path("household").Required("is missing")
	}
	return json.MarshalIndent(h, "", "  ")
}
