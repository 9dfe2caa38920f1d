package schemas

import (
	"embed"
	"slices"
)

//go:embed household.json params.json breakdown.json
var files embed.FS

// names are the schemas, in the order [Names] lists them.
var names = []string{"household", "params", "breakdown"}

// Names returns the names of the schemas: "household", "params" and
// "breakdown".
func Names() []string { return slices.Clone(names) }

// Get returns the schema of the given name as JSON, and false when there is
// none of that name. Each call returns a new slice the caller may keep or
// change.
func Get(name string) ([]byte, bool) {
	if !slices.Contains(names, name) {
		return nil, false
	}
	b, err := files.ReadFile(name + ".json")
	if err != nil {
		return nil, false
	}
	return b, true
}
