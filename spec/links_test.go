package spec

import (
	"bufio"
	"fmt"
	"go/scanner"
	"go/token"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestRulesLinks: every relative link and path in the repository's
// Markdown files and Go comments resolves inside the repository, so that a
// clone holds everything it cites (RULES.md, not a specification outside
// it). Web links (http:, https:, mailto:) are not checked. What is checked:
//
//   - Markdown links and images, reference definitions and HTML href and
//     src attributes, in Markdown files and in Go comments: the target is
//     relative to the file's directory (a target starting
//     with / to the repository root) and must exist inside the repository;
//     an anchor into a Markdown file of the repository (RULES.md#2.1.2,
//     SPEC.md#clause-2-1-2, #section) must be an id or name attribute or a
//     heading of that file, and a line anchor into another file (#L46) a
//     line it has;
//   - paths written as text (in code spans and code blocks too): a word
//     starting with ./ or ../, a word with a slash whose last element has a
//     file extension (md, go, json, jsonl, txt, mod, sum, sh, yml, yaml,
//     csv), and a bare file name ending in .md or .go (a document cited by
//     name, a file of the package). Each must name a file or directory inside the
//     repository relative to the file's directory or to the repository
//     root; an anchor is checked as above. A Go package pattern (./...) is
//     read as its directory. Words with a host (github.com/…) or wildcard
//     characters (*_test.go) are not paths.
//
// Every hidden directory and nested module is left out. The test fails
// listing every offender.
func TestRulesLinks(t *testing.T) {
	skipUnderRace(t)
	offenders, err := checkLinks(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(offenders) == 0 {
		return
	}
	files := map[string]bool{}
	rules, _ := os.ReadFile(rulesFile)
	lines := strings.Split(string(rules), "\n")
	for i, o := range offenders {
		files[o.file] = true
		// A row of a generated table: the parameter's source is in the code.
		if m := paramRowID.FindStringSubmatch(lineOf(lines, o.line)); o.file == "RULES.md" && m != nil {
			offenders[i].reason += " (in the source of parameter " + m[1] + ": change it where the parameter is " +
				"defined, then regenerate RULES.md with: " + updateRules + ")"
		}
	}
	msg := fmt.Sprintf("%d relative links or paths in %d files do not resolve inside the repository "+
		"(cite RULES.md, RULES.md#<clause>, or a file of the repository instead):\n%s",
		len(offenders), len(files), formatOffenders(offenders))
	t.Fatal(msg)
}

// TestRulesLinkChecker: the checker itself, on a small tree of its own.
func TestRulesLinkChecker(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/m\n",
		"RULES.md": "# Rules\n\n<a id=\"2.1.2\"></a>\n\n## A heading, with `code`\n\n" +
			"[ok](SPEC.md) [ok](#2.1.2) [ok](#a-heading-with-code) [ok](https://example.com/x.md)\n" +
			"[bad](../outside/RULES.md) [bad](#nope) [bad](SPEC.md#nope) [bad](missing.md)\n" +
			"`go test ./...` `go test ./a/...` see a/b.go and a/b.go#L2 and ./a\n" +
			"bad: ELSEWHERE.md, ../outside/x, seed/y.txt, a/b.go#L9, RULES.md#9.9\n" +
			"ok: github.com/x/y.go *_test.go 元/年 A/B S/12 v1.26 policy.Money\n",
		"SPEC.md": "<a id=\"clause-0\"></a>\n",
		"a/b.go": "package a\n\n// See RULES.md#2.1.2 and [RULES.md](../RULES.md) and doc.go.\n" +
			"// Bad: ../outside/RULES.md and ELSEWHERE.md section 0.\nvar s = \"../not/a/comment.md\"\n",
		"a/doc.go":                "package a\n",
		".hidden/x.md":            "[bad](../../nowhere.md)\n",
		"nested/go.mod":           "module example.com/n\n",
		"nested/README.md":        "[bad](../../nowhere.md)\n",
		"a/testdata/README.md":    "[ok](../../RULES.md#2.1.2) [bad](../RULES.md)\n",
		"examples/x/main_test.go": "package x\n\n// go test ./examples/x -run X\nfunc f() {}\n",
	}
	writeFiles(t, dir, files)
	offenders, err := checkLinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range offenders {
		got = append(got, fmt.Sprintf("%s:%d %s", o.file, o.line, o.ref))
	}
	want := []string{
		"RULES.md:8 ../outside/RULES.md",
		"RULES.md:8 #nope",
		"RULES.md:8 SPEC.md#nope",
		"RULES.md:8 missing.md",
		"RULES.md:10 ELSEWHERE.md",
		"RULES.md:10 ../outside/x",
		"RULES.md:10 seed/y.txt",
		"RULES.md:10 a/b.go#L9",
		"RULES.md:10 RULES.md#9.9",
		"a/b.go:4 ../outside/RULES.md",
		"a/b.go:4 ELSEWHERE.md",
		"a/testdata/README.md:1 ../RULES.md",
	}
	if !slices.Equal(got, want) {
		t.Errorf("offenders:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// paramRowID finds the parameter of a row of a generated table.
var paramRowID = regexp.MustCompile(`^\| <a id="([^"]+)"></a>`)

// lineOf returns line n (from 1) of lines, or "".
func lineOf(lines []string, n int) string {
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// linkOffender is a link or path that does not resolve inside the
// repository.
type linkOffender struct {
	file   string // slash path from the repository root
	line   int
	ref    string // as written
	reason string
}

// formatOffenders lists offenders one a line.
func formatOffenders(offenders []linkOffender) string {
	var b strings.Builder
	for _, o := range offenders {
		fmt.Fprintf(&b, "\t%s:%d: %s — %s\n", o.file, o.line, o.ref, o.reason)
	}
	return b.String()
}

// linkChecker checks the references of one repository.
type linkChecker struct {
	root    string // absolute
	anchors map[string]map[string]bool
	lines   map[string]int
	out     []linkOffender
}

// checkLinks returns every link or path in the Markdown files and Go
// comments under dir (the repository root) that does not resolve inside
// it, by file and line.
func checkLinks(dir string) ([]linkOffender, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	c := &linkChecker{root: abs, anchors: map[string]map[string]bool{}, lines: map[string]int{}}
	err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(abs, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "." {
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir // another module
			}
			return nil
		}
		switch {
		case strings.HasSuffix(rel, ".md"):
			return c.markdown(rel)
		case strings.HasSuffix(rel, ".go"):
			return c.goComments(rel)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(c.out, func(a, b linkOffender) int {
		if a.file != b.file {
			return strings.Compare(a.file, b.file)
		}
		return a.line - b.line
	})
	return c.out, nil
}

// markdown checks every line of a Markdown file.
func (c *linkChecker) markdown(rel string) error {
	b, err := os.ReadFile(filepath.Join(c.root, filepath.FromSlash(rel)))
	if err != nil {
		return err
	}
	for i, l := range strings.Split(string(b), "\n") {
		c.text(rel, i+1, l)
	}
	return nil
}

// goComments checks the comments of a Go file, line by line; string
// literals and code are not read.
func (c *linkChecker) goComments(rel string) error {
	src, err := os.ReadFile(filepath.Join(c.root, filepath.FromSlash(rel)))
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	f := fset.AddFile(rel, -1, len(src))
	var s scanner.Scanner
	s.Init(f, src, nil, scanner.ScanComments)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			return nil
		}
		if tok != token.COMMENT {
			continue
		}
		line := fset.Position(pos).Line
		for i, l := range strings.Split(lit, "\n") {
			c.text(rel, line+i, l)
		}
	}
}

var (
	// mdLink is an inline link or image: text in brackets, then the
	// target and an optional title in parentheses.
	mdLink = regexp.MustCompile(`!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)`)
	// mdRefDef is a reference definition: a label in brackets, a colon and
	// the target, at the start of a line (of a Go comment too).
	mdRefDef = regexp.MustCompile(`^\s{0,3}(?://\s*)?\[[^\]]+\]:\s*<?([^\s>]+)>?`)
	// htmlRef is an href or src attribute.
	htmlRef = regexp.MustCompile(`\b(?:href|src)="([^"]*)"`)
	// webURL is a URL with a scheme, written as text.
	webURL = regexp.MustCompile(`\b[A-Za-z][A-Za-z0-9+.-]*://[^\s)>\]"'` + "`" + `]*`)
	// pathWord is a word that may be a path.
	pathWord = regexp.MustCompile(`[A-Za-z0-9_.\-/*?{}$~#]+`)
	// scheme starts a link with a scheme: https:, mailto:.
	scheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
	// fileExt is the extension of a word with a slash that names a file;
	// bareExt of a bare file name.
	fileExt = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.\-]*\.(md|go|json|jsonl|txt|mod|sum|sh|yml|yaml|csv)$`)
	bareExt = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.\-]*\.(md|go)$`)
	// idAttr is an id or name attribute: an anchor of a Markdown file.
	idAttr = regexp.MustCompile(`\b(?:id|name)="([^"]+)"`)
	// lineAnchor is a line anchor, #L46 or #L46-L50.
	lineAnchor = regexp.MustCompile(`^L(\d+)(?:-L(\d+))?$`)
)

// text checks one line of Markdown or of a Go comment.
func (c *linkChecker) text(file string, line int, l string) {
	var links []string
	// Each pattern runs only on a line holding the text it cannot match
	// without (most lines hold none): "](", "]:", `="`, "://".
	for _, x := range []struct {
		re   *regexp.Regexp
		must string
	}{{mdLink, "]("}, {mdRefDef, "]:"}, {htmlRef, `="`}} {
		if !strings.Contains(l, x.must) {
			continue
		}
		for _, m := range x.re.FindAllStringSubmatch(l, -1) {
			links = append(links, m[1])
		}
		l = x.re.ReplaceAllString(l, " ")
	}
	for _, target := range links {
		if target == "" || scheme.MatchString(target) {
			continue
		}
		c.link(file, line, target)
	}
	if strings.Contains(l, "://") {
		l = webURL.ReplaceAllString(l, " ")
	}
	for _, w := range pathWord.FindAllString(l, -1) {
		c.word(file, line, w)
	}
}

// link checks a link target: relative to the file's directory, or to the
// root when it starts with a slash.
func (c *linkChecker) link(file string, line int, target string) {
	p, frag, _ := strings.Cut(target, "#")
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	var rel string
	switch {
	case p == "":
		rel = file
	case strings.HasPrefix(p, "/"):
		rel = path.Clean(strings.TrimPrefix(p, "/"))
	default:
		rel = path.Join(path.Dir(file), p)
	}
	if reason := c.resolve(rel, frag); reason != "" {
		c.out = append(c.out, linkOffender{file, line, target, reason})
	}
}

// word checks a word of text that may be a path: relative to the file's
// directory or to the root.
func (c *linkChecker) word(file string, line int, w string) {
	w = strings.TrimRight(w, ".#")
	if strings.ContainsAny(w, "*?{}$~") {
		return
	}
	p, frag, _ := strings.Cut(w, "#")
	p = strings.TrimSuffix(p, "/...")
	switch first, _, hasSlash := strings.Cut(p, "/"); {
	case p == "":
		return
	case strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || p == "..":
	case !hasSlash:
		if !bareExt.MatchString(p) {
			return
		}
	case first == "":
		if !fileExt.MatchString(path.Base(p)) {
			return
		}
		c.out = append(c.out, linkOffender{file, line, w, "is an absolute path, outside the repository"})
		return
	case strings.Contains(first, "."):
		return // a host or module path: github.com/…
	default:
		if !fileExt.MatchString(path.Base(p)) {
			return
		}
	}
	var reason string
	for _, rel := range []string{path.Join(path.Dir(file), p), path.Clean(p)} {
		if reason = c.resolve(rel, frag); reason == "" {
			return
		}
	}
	c.out = append(c.out, linkOffender{file, line, w, reason})
}

// resolve returns why rel (a slash path from the root, cleaned) with the
// anchor frag does not resolve inside the repository, or "".
func (c *linkChecker) resolve(rel, frag string) string {
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return "leaves the repository"
	}
	fi, err := os.Stat(filepath.Join(c.root, filepath.FromSlash(rel)))
	if err != nil {
		return "is not a file or directory of the repository"
	}
	if frag == "" || fi.IsDir() {
		return ""
	}
	if strings.HasSuffix(rel, ".md") {
		if !c.anchorsOf(rel)[frag] {
			return "names an anchor that " + rel + " does not have"
		}
		return ""
	}
	if m := lineAnchor.FindStringSubmatch(frag); m != nil {
		n := c.lineCount(rel)
		for _, s := range m[1:] {
			if k, _ := strconv.Atoi(s); s != "" && k > n {
				return fmt.Sprintf("names line %d of %s, which has %d", k, rel, n)
			}
		}
	}
	return ""
}

// anchorsOf returns the anchors of a Markdown file: its id and name
// attributes and its headings' slugs as GitHub makes them.
func (c *linkChecker) anchorsOf(rel string) map[string]bool {
	if a, ok := c.anchors[rel]; ok {
		return a
	}
	a := map[string]bool{}
	c.anchors[rel] = a
	b, err := os.ReadFile(filepath.Join(c.root, filepath.FromSlash(rel)))
	if err != nil {
		return a
	}
	for _, m := range idAttr.FindAllStringSubmatch(string(b), -1) {
		a[m[1]] = true
	}
	fence, seen := false, map[string]int{}
	for _, l := range strings.Split(string(b), "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = !fence
			continue
		}
		if fence || !strings.HasPrefix(l, "#") {
			continue
		}
		h := strings.TrimLeft(l, "#")
		if len(l)-len(h) > 6 || (h != "" && h[0] != ' ') {
			continue
		}
		s := slug(h)
		if n := seen[s]; n > 0 {
			a[fmt.Sprintf("%s-%d", s, n)] = true
		} else {
			a[s] = true
		}
		seen[s]++
	}
	return a
}

// slug is a heading's anchor as GitHub makes it: the text without markup,
// lower case, letters, digits, spaces, hyphens and underscores kept, spaces
// made hyphens.
func slug(h string) string {
	h = mdLink.ReplaceAllStringFunc(h, func(m string) string {
		open, close := strings.Index(m, "["), strings.LastIndex(m, "](")
		return m[open+1 : close]
	})
	h = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h), "#"))
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), unicode.Is(unicode.Mn, r), r == '_', r == '-':
			b.WriteRune(r)
		case r == ' ':
			b.WriteRune('-')
		}
	}
	return b.String()
}

// lineCount returns the number of lines of a file.
func (c *linkChecker) lineCount(rel string) int {
	if n, ok := c.lines[rel]; ok {
		return n
	}
	n := 0
	if f, err := os.Open(filepath.Join(c.root, filepath.FromSlash(rel))); err == nil {
		s := bufio.NewScanner(f)
		s.Buffer(nil, 1<<24)
		for s.Scan() {
			n++
		}
		f.Close()
	}
	c.lines[rel] = n
	return n
}

// writeFiles writes each file of files (a slash-separated path under dir →
// its text) under dir, making its folders: a small module for a checker's
// own test.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
