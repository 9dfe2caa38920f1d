package samples

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/safetynet-go/safetynet/household"
)

//go:embed households/*.json
var files embed.FS

// Date returns the date the samples are assessed on: a day in 2017, when
// the built-in parameter set is in force, after every event they record.
func Date() household.Date { return household.NewDate(2017, 9, 1) }

// Names returns the sample files' names (without .json), in order.
func Names() []string {
	entries, _ := fs.ReadDir(files, "households")
	var names []string
	for _, e := range entries {
		names = append(names, e.Name()[:len(e.Name())-len(".json")])
	}
	slices.Sort(names)
	return names
}

// ErrUnknown is wrapped by the error for a name that is not a sample's.
var ErrUnknown = errors.New("no such sample")

// Raw returns the JSON of the named sample.
func Raw(name string) ([]byte, error) {
	if !slices.Contains(Names(), name) {
		return nil, fmt.Errorf("%w: %q (samples: %s)", ErrUnknown, name, strings.Join(Names(), ", "))
	}
	return files.ReadFile(path.Join("households", name+".json"))
}

// Household decodes the named sample.
func Household(name string) (*household.Household, error) {
	b, err := Raw(name)
	if err != nil {
		return nil, err
	}
	h, err := household.Unmarshal(b)
	if err != nil {
		return nil, fmt.Errorf("sample %q: %w", name, err)
	}
	return h, nil
}

// All decodes every sample, in the order of [Names].
func All() ([]*household.Household, error) {
	var hs []*household.Household
	for _, n := range Names() {
		h, err := Household(n)
		if err != nil {
			return nil, err
		}
		hs = append(hs, h)
	}
	return hs, nil
}
