package spec

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/safetynet-go/safetynet/policy"
)

// maxRuleFileLines is the most lines a non-test source file of a programme
// package holds, so that each file reads as one rule of the document.
const maxRuleFileLines = 300

// TestRuleFilesShort: every non-test source file of a programme package
// (lowincome, tekun, disability, medical, temporary) has at most 300 lines,
// so that a reader finds one rule per file.
func TestRuleFilesShort(t *testing.T) {
	for _, p := range policy.Programmes() {
		files, err := filepath.Glob(filepath.Join(root, string(p), "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("package %s: no Go files (%v)", p, err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if n := bytes.Count(b, []byte("\n")); n > maxRuleFileLines {
				t.Errorf("%s: %d lines, over %d: split it by rule", filepath.ToSlash(f[len(root)+1:]), n, maxRuleFileLines)
			}
		}
	}
}
