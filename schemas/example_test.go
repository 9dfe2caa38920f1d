package schemas_test

import (
	"encoding/json"
	"fmt"

	"github.com/safetynet-go/safetynet/schemas"
)

func ExampleNames() {
	fmt.Println(schemas.Names())
	// Output: [household params breakdown]
}

// A service serves GET /schema/{name} from Get: 404 for a name it does not
// know.
func ExampleGet() {
	for _, name := range append(schemas.Names(), "nothing") {
		js, ok := schemas.Get(name)
		if !ok {
			fmt.Println(name, "404")
			continue
		}
		var s struct {
			Title string `json:"title"`
		}
		if err := json.Unmarshal(js, &s); err != nil {
			panic(err)
		}
		fmt.Println(name, s.Title)
	}
	// Output:
	// household Household record
	// params Parameter set
	// breakdown Household breakdown
	// nothing 404
}
