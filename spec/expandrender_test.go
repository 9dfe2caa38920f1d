package spec

// The environment a table is evaluated in, and how the expansion's values
// are written in SPEC.md (expand_test.go).

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tableEnv is the environment a table literal of decl is evaluated in: the
// package's, then, inside a function, the statements that precede the
// table in each enclosing block, run in order. A statement that cannot be
// run leaves the variables it defines or names unknown.
func (in *interp) tableEnv(f *srcFile, decl ast.Decl, table ast.Node) *env {
	en := in.pkgEnv(f).child()
	fd, ok := decl.(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return en
	}
	unknown := func(fl *ast.FieldList, why string) {
		if fl == nil {
			return
		}
		for _, p := range fl.List {
			for _, n := range p.Names {
				en.define(n.Name, unknownV{why})
			}
		}
	}
	unknown(fd.Recv, "the receiver of the test")
	unknown(fd.Type.Params, "a parameter of the test")
	var path []ast.Node
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if n == nil || n.Pos() > table.Pos() || n.End() < table.End() {
			return false
		}
		path = append(path, n)
		return n != table
	})
	for i, n := range path {
		var next ast.Node
		if i+1 < len(path) {
			next = path[i+1]
		}
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.FuncLit:
			en = en.child()
			unknown(n.Type.Params, "a parameter of a function literal")
			continue
		case *ast.RangeStmt:
			en = en.child()
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok {
					en.define(id.Name, unknownV{"a loop variable"})
				}
			}
			continue
		default:
			continue
		}
		en = en.child()
		for _, s := range list {
			if s == next {
				break
			}
			in.lenient(s, en)
		}
	}
	return en
}

// lenient runs s; when it cannot, the names it defines or uses are
// unknown from then on.
func (in *interp) lenient(s ast.Stmt, en *env) {
	in.steps = 0
	if _, _, err := in.exec(s, en); err == nil {
		return
	}
	why := "set by a statement that is not expanded"
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						en.define(id.Name, unknownV{why})
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				en.define(id.Name, unknownV{why})
			}
		case *ast.Ident:
			if c, ok := en.lookup(n.Name); ok {
				if _, isFunc := c.v.(*funcV); !isFunc {
					c.v = unknownV{why}
				}
			}
		}
		return true
	})
}

// --- rendering ---

// render writes a value as an auditor reads it: {field: value, …} with
// fields by name and zero fields left out, [a, b] for a list, dates as
// 2017-05-10, months by name, decimals as written.
func render(v value) (string, error) {
	switch v := v.(type) {
	case string:
		return renderString(v), nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	case intV:
		switch v.typ {
		case "time.Month":
			if v.n == 0 {
				return `""`, nil
			}
			if v.n >= 1 && v.n <= 12 {
				return monthNames[v.n], nil
			}
		case "policy.Money":
			return scaled(v.n, -2), nil
		case "policy.Ratio":
			return strings.TrimSuffix(strings.TrimRight(scaled(v.n, -4), "0"), "."), nil
		}
		return strconv.FormatInt(v.n, 10), nil
	case decV:
		return string(v), nil
	case nilV:
		return "none", nil
	case namedV:
		return v.name, nil
	case exprV:
		return v.text, nil
	case ptrV:
		return render(v.s)
	case *structV:
		return renderStruct(v)
	case *sliceV:
		if v == nil {
			return "none", nil
		}
		var parts []string
		n := len(v.elems)
		for i, e := range v.elems {
			if n > maxElems && i >= 3 && i < n-1 {
				if i == 3 {
					parts = append(parts, fmt.Sprintf("… %d more", n-4))
				}
				continue
			}
			s, err := render(e)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	case *mapV:
		var parts []string
		for i, k := range v.keys {
			ks, err := render(k)
			if err != nil {
				return "", err
			}
			vs, err := render(v.vals[i])
			if err != nil {
				return "", err
			}
			parts = append(parts, ks+": "+vs)
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	case *opaqueV:
		if v.root != nil {
			return "", fail("a part of a library value")
		}
		if len(*v.sets) == 0 {
			return v.name, nil
		}
		var parts []string
		for _, o := range *v.sets {
			s, err := render(o.v)
			if err != nil {
				return "", err
			}
			parts = append(parts, strings.TrimSuffix(o.path, ".value")+": "+s)
		}
		return v.name + " with {" + strings.Join(parts, ", ") + "}", nil
	case *funcV:
		return "", fail("a function")
	case unknownV:
		return "", fail("%s", v.why)
	}
	return "", fail("a value of %T", v)
}

// maxElems is the longest list shown whole; a longer one shows its first
// three elements, how many more, and its last.
const maxElems = 12

func renderStruct(s *structV) (string, error) {
	num := func(f string) int64 {
		if i, ok := s.vals[f].(intV); ok {
			return i.n
		}
		return 0
	}
	switch s.info.name {
	case "household.Date":
		if len(s.vals) == 0 || num("Year") == 0 && num("Month") == 0 && num("Day") == 0 {
			return `""`, nil
		}
		return fmt.Sprintf("%04d-%02d-%02d", num("Year"), num("Month"), num("Day")), nil
	case "household.YearMonth":
		if num("Year") == 0 && num("Month") == 0 {
			return `""`, nil
		}
		return fmt.Sprintf("%04d-%02d", num("Year"), num("Month")), nil
	case "policy.Rate":
		if len(s.vals) == 0 {
			return "0", nil
		}
	case "policy.Param":
		if set, _ := s.vals["Set"].(bool); !set {
			return "unset", nil
		}
		v, err := render(s.vals["Value"])
		if err != nil {
			return "", err
		}
		prov, err := render(s.vals["Provenance"])
		if err != nil {
			return "", err
		}
		return v + " (" + prov + ")", nil
	}
	var parts []string
	for _, f := range s.info.fields {
		x, ok := s.vals[f]
		if !ok {
			continue
		}
		v, err := render(x)
		if err != nil {
			return "", err
		}
		if zeroField(x, v) {
			continue // a zero field says nothing
		}
		parts = append(parts, lowerFirst(f)+": "+v)
	}
	return "{" + strings.Join(parts, ", ") + "}", nil
}

// zeroField reports whether a struct field holding x, rendered as v, is
// zero: an empty string, false, nil, or a struct (a date, a month) with
// nothing set. A string "none" or "false" is not zero.
func zeroField(x value, v string) bool {
	switch x := x.(type) {
	case string:
		return x == ""
	case bool:
		return !x
	case nilV:
		return true
	case *sliceV:
		return x == nil
	case *structV:
		return v == "{}" || v == `""`
	case intV:
		return v == `""`
	}
	return false
}

// renderString writes a string as is, with what does not print escaped
// as Go escapes it (m\xff, \u0085) and long repeats shortened:
// ⟨x⟩×5242880 is "x" 5242880 times.
func renderString(s string) string {
	if s == "" {
		return `""`
	}
	s = compactJSON(s)
	var b strings.Builder
	lit := 0
	for i := 0; i < len(s); {
		if b.Len()+i-lit > maxString {
			b.WriteString(escape(s[lit:i]))
			fmt.Fprintf(&b, "… (%d bytes in all)", len(s))
			return b.String()
		}
		unit, n := repeatAt(s, i)
		if n == 0 {
			i++
			continue
		}
		b.WriteString(escape(s[lit:i]))
		fmt.Fprintf(&b, "⟨%s⟩×%d", escape(unit), n)
		i += len(unit) * n
		lit = i
	}
	b.WriteString(escape(s[lit:]))
	return b.String()
}

// maxString is about the most of a string shown, in bytes: a longer one
// shows its start and its length.
const maxString = 1000

// compactJSON drops the line breaks and indentation between the tokens of
// a JSON document written over several lines, which say nothing; inside
// its strings nothing changes.
func compactJSON(s string) string {
	if !strings.HasPrefix(s, "{") && !strings.HasPrefix(s, "[") || !strings.ContainsAny(s, "\n\t") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		// Outside a string: copy up to a quote or a line break.
		i := strings.IndexAny(s, "\"\n\t\r")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		if s[i] != '"' {
			s = strings.TrimLeft(s[i:], " \n\t\r")
			continue
		}
		// Inside a string: copy it whole, to its closing quote.
		j := i + 1
		for j < len(s) {
			k := strings.IndexAny(s[j:], "\"\\")
			if k < 0 {
				j = len(s)
				break
			}
			j += k + 1
			if s[j-1] == '"' {
				break
			}
			j++ // the byte a backslash escapes
		}
		j = min(j, len(s))
		b.WriteString(s[i:j])
		s = s[j:]
	}
	return b.String()
}

// escape writes the bytes and runes of s that do not print as Go escapes
// them: invalid bytes, control characters, and the runes that are not
// graphic (zero-width and bidi controls, U+FEFF, line and paragraph
// separators, private-use and unassigned code points) or are spaces other
// than U+0020, so that SPEC.md shows an id holding U+200B or U+202E as
// written in the test and never holds such a rune itself.
func escape(s string) string {
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, n := utf8.DecodeRuneInString(s[i:])
		w = n
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0 || !unicode.IsGraphic(r) || r != ' ' && unicode.Is(unicode.Zs, r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
	}
	return b.String()
}

// repeatAt finds a unit of up to 40 bytes repeated at s[i:] over at least
// 64 bytes, and how many times.
func repeatAt(s string, i int) (string, int) {
	if len(s)-i < 64 {
		return "", 0
	}
	for l := 1; l <= 40 && i+2*l <= len(s); l++ {
		unit := s[i : i+l]
		n := 1
		j := i + l
		if strings.HasPrefix(s[j:], unit) {
			// Compare whole blocks of the unit repeated, then the rest
			// one unit at a time.
			block := strings.Repeat(unit, max(1, 4096/l))
			for strings.HasPrefix(s[j:], block) {
				n, j = n+len(block)/l, j+len(block)
			}
		}
		for ; j+l <= len(s) && s[j:j+l] == unit; j += l {
			n++
		}
		if n*l >= 64 && n >= 4 && utf8.ValidString(unit) {
			return unit, n
		}
	}
	return "", 0
}

// renderEdits writes what an edit function assigns, in order: path = value.
func renderEdits(edits []override) (string, error) {
	if len(edits) == 0 {
		return "", fail("an edit that assigns nothing")
	}
	var parts []string
	for _, e := range edits {
		v, err := render(e.v)
		if err != nil {
			return "", err
		}
		parts = append(parts, e.path+" = "+v)
	}
	return strings.Join(parts, "; "), nil
}

// edits runs an edit function — one parameter, a record it changes — on
// a record that remembers what is assigned to it.
func (in *interp) edits(f *funcV) (string, error) {
	if f.typ.Results != nil && len(f.typ.Results.List) > 0 || len(f.typ.Params.List) != 1 || len(f.typ.Params.List[0].Names) > 1 {
		return "", fail("a function")
	}
	var edits []override
	if _, err := in.invoke(f, []value{&pathV{"", &edits}}, false); err != nil {
		return "", err
	}
	return renderEdits(edits)
}
