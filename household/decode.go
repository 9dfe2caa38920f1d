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
	if err := strictjson.Decode(data, &h); err != nil {
		return nil, err
	}
	if err := h.Validate(); err != nil {
		return nil, err
	}
	return &h, nil
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
