package spec

// The statements of the expansion (expand_test.go): what a helper's body
// runs, and the places a value is assigned to.

import (
	"go/ast"
	"go/token"
	"slices"
)

type ctl int

const (
	ctlNone ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

func (in *interp) block(list []ast.Stmt, en *env) (ctl, []value, error) {
	for _, s := range list {
		c, vals, err := in.exec(s, en)
		if err != nil || c != ctlNone {
			return c, vals, err
		}
	}
	return ctlNone, nil, nil
}

func (in *interp) exec(s ast.Stmt, en *env) (ctl, []value, error) {
	if err := in.tick(); err != nil {
		return 0, nil, err
	}
	switch s := s.(type) {
	case *ast.BlockStmt:
		return in.block(s.List, en.child())
	case *ast.ExprStmt:
		c, ok := s.X.(*ast.CallExpr)
		if !ok {
			return 0, nil, fail("statement %T", s.X)
		}
		_, err := in.call(c, en)
		return ctlNone, nil, err
	case *ast.AssignStmt:
		return ctlNone, nil, in.assign(s, en)
	case *ast.IncDecStmt:
		l, err := in.loc(s.X, en)
		if err != nil {
			return 0, nil, err
		}
		v, err := l.get()
		if err != nil {
			return 0, nil, err
		}
		i, ok := v.(intV)
		if !ok {
			return 0, nil, fail("%s on %T", s.Tok, v)
		}
		if s.Tok == token.INC {
			i.n++
		} else {
			i.n--
		}
		return ctlNone, nil, l.set(i)
	case *ast.DeclStmt:
		g, ok := s.Decl.(*ast.GenDecl)
		if !ok {
			return 0, nil, fail("declaration %T", s.Decl)
		}
		for i, sp := range g.Specs {
			switch sp := sp.(type) {
			case *ast.TypeSpec:
				en.defineType(sp.Name.Name, typeRef{sp.Type, en.file, en})
			case *ast.ValueSpec:
				if g.Tok == token.CONST {
					en.define("iota", intV{n: int64(i)})
				}
				var t typeRef
				if sp.Type != nil {
					t = typeRef{sp.Type, en.file, en}
				}
				var vals []value
				if len(sp.Values) == 1 && len(sp.Names) > 1 {
					v, err := in.multi(sp.Values[0], en)
					if err != nil {
						return 0, nil, err
					}
					vals = v
				}
				for j, n := range sp.Names {
					var v value
					var err error
					switch {
					case vals != nil && j < len(vals):
						v = vals[j]
					case j < len(sp.Values):
						v, err = in.eval(sp.Values[j], t, en)
						if err == nil && sp.Type != nil {
							v, err = in.assignable(v, t)
						}
					default:
						v, err = in.zero(t)
					}
					if err != nil {
						return 0, nil, err
					}
					en.define(n.Name, v)
				}
			}
		}
		return ctlNone, nil, nil
	case *ast.ReturnStmt:
		if len(s.Results) == 1 {
			if c, ok := s.Results[0].(*ast.CallExpr); ok { // return f(), f returning several values
				v, err := in.call(c, en)
				if err != nil {
					return 0, nil, err
				}
				if t, ok := v.(tupleV); ok {
					return ctlReturn, t, nil
				}
			}
		}
		var vals []value
		results := en.results()
		for i, r := range s.Results {
			var t typeRef
			if i < len(results) {
				t = results[i]
			}
			v, err := in.eval(r, t, en)
			if err != nil {
				return 0, nil, err
			}
			if v, err = in.assignable(v, t); err != nil {
				return 0, nil, err
			}
			vals = append(vals, v)
		}
		return ctlReturn, vals, nil
	case *ast.IfStmt:
		en = en.child()
		if s.Init != nil {
			if _, _, err := in.exec(s.Init, en); err != nil {
				return 0, nil, err
			}
		}
		cond, err := in.eval(s.Cond, typeRef{}, en)
		if err != nil {
			return 0, nil, err
		}
		b, ok := cond.(bool)
		if !ok {
			return 0, nil, fail("if on %T", cond)
		}
		if b {
			return in.block(s.Body.List, en.child())
		}
		if s.Else != nil {
			return in.exec(s.Else, en)
		}
		return ctlNone, nil, nil
	case *ast.ForStmt:
		en = en.child()
		if s.Init != nil {
			if _, _, err := in.exec(s.Init, en); err != nil {
				return 0, nil, err
			}
		}
		for {
			if s.Cond != nil {
				cond, err := in.eval(s.Cond, typeRef{}, en)
				if err != nil {
					return 0, nil, err
				}
				if b, ok := cond.(bool); !ok {
					return 0, nil, fail("for on %T", cond)
				} else if !b {
					return ctlNone, nil, nil
				}
			}
			c, vals, err := in.block(s.Body.List, en.child())
			if err != nil || c == ctlReturn {
				return c, vals, err
			}
			if c == ctlBreak {
				return ctlNone, nil, nil
			}
			if s.Post != nil {
				if _, _, err := in.exec(s.Post, en); err != nil {
					return 0, nil, err
				}
			}
		}
	case *ast.RangeStmt:
		return in.rangeStmt(s, en)
	case *ast.SwitchStmt:
		en = en.child()
		if s.Init != nil {
			if _, _, err := in.exec(s.Init, en); err != nil {
				return 0, nil, err
			}
		}
		var tag value = true
		if s.Tag != nil {
			var err error
			if tag, err = in.eval(s.Tag, typeRef{}, en); err != nil {
				return 0, nil, err
			}
		}
		var dflt *ast.CaseClause
		for _, cc := range s.Body.List {
			cc := cc.(*ast.CaseClause)
			if cc.List == nil {
				dflt = cc
				continue
			}
			for _, e := range cc.List {
				v, err := in.eval(e, typeRef{}, en)
				if err != nil {
					return 0, nil, err
				}
				if equal(tag, v) {
					return in.caseBody(cc, en)
				}
			}
		}
		if dflt != nil {
			return in.caseBody(dflt, en)
		}
		return ctlNone, nil, nil
	case *ast.BranchStmt:
		if s.Label != nil {
			return 0, nil, fail("labels are not expanded")
		}
		switch s.Tok {
		case token.BREAK:
			return ctlBreak, nil, nil
		case token.CONTINUE:
			return ctlContinue, nil, nil
		}
		return 0, nil, fail("%s", s.Tok)
	case *ast.EmptyStmt:
		return ctlNone, nil, nil
	}
	return 0, nil, fail("statement %T", s)
}

func (in *interp) caseBody(cc *ast.CaseClause, en *env) (ctl, []value, error) {
	c, vals, err := in.block(cc.Body, en.child())
	if c == ctlBreak {
		c = ctlNone
	}
	return c, vals, err
}

func (in *interp) rangeStmt(s *ast.RangeStmt, en *env) (ctl, []value, error) {
	x, err := in.eval(s.X, typeRef{}, en)
	if err != nil {
		return 0, nil, err
	}
	var keys, vals []value
	switch x := x.(type) {
	case intV:
		for i := range x.n {
			keys = append(keys, intV{n: i})
		}
	case *sliceV:
		if x != nil {
			for i, v := range x.elems {
				keys, vals = append(keys, intV{n: int64(i)}), append(vals, v)
			}
		}
	case nilV:
	case *mapV:
		keys, vals = x.keys, x.vals
	case string:
		for i, r := range x {
			keys, vals = append(keys, intV{n: int64(i)}), append(vals, intV{n: int64(r)})
		}
	default:
		return 0, nil, fail("range over %T", x)
	}
	for i, k := range keys {
		body := en.child()
		bind := func(e ast.Expr, v value) error {
			if e == nil {
				return nil
			}
			if s.Tok == token.DEFINE {
				body.define(e.(*ast.Ident).Name, copyVal(v))
				return nil
			}
			l, err := in.loc(e, en)
			if err != nil {
				return err
			}
			return l.set(copyVal(v))
		}
		if err := bind(s.Key, k); err != nil {
			return 0, nil, err
		}
		if s.Value != nil {
			if err := bind(s.Value, vals[i]); err != nil {
				return 0, nil, err
			}
		}
		c, rv, err := in.block(s.Body.List, body)
		if err != nil || c == ctlReturn {
			return c, rv, err
		}
		if c == ctlBreak {
			break
		}
	}
	return ctlNone, nil, nil
}

// multi evaluates an expression of several values: a call.
func (in *interp) multi(e ast.Expr, en *env) ([]value, error) {
	c, ok := e.(*ast.CallExpr)
	if !ok {
		return nil, fail("several values of %T", e)
	}
	v, err := in.call(c, en)
	if err != nil {
		return nil, err
	}
	t, ok := v.(tupleV)
	if !ok {
		return nil, fail("one value where several are wanted")
	}
	return t, nil
}

func (in *interp) assign(s *ast.AssignStmt, en *env) error {
	var vals []value
	if len(s.Lhs) > 1 && len(s.Rhs) == 1 {
		v, err := in.multi(s.Rhs[0], en)
		if err != nil {
			return err
		}
		if len(v) != len(s.Lhs) {
			return fail("%d values for %d names", len(v), len(s.Lhs))
		}
		vals = v
	} else {
		for i, r := range s.Rhs {
			var hint typeRef
			if s.Tok == token.ASSIGN {
				hint = in.typeOf(s.Lhs[i], en)
			}
			v, err := in.eval(r, hint, en)
			if err != nil {
				return err
			}
			vals = append(vals, v)
		}
	}
	switch s.Tok {
	case token.DEFINE:
		for i, l := range s.Lhs {
			id := l.(*ast.Ident)
			if c, ok := en.vars[id.Name]; ok {
				c.v = copyVal(vals[i])
				continue
			}
			en.define(id.Name, copyVal(vals[i]))
		}
		return nil
	case token.ASSIGN:
		locs := make([]loc, len(s.Lhs))
		for i, l := range s.Lhs {
			if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
				continue
			}
			lc, err := in.loc(l, en)
			if err != nil {
				return err
			}
			locs[i] = lc
		}
		for i, lc := range locs {
			if lc == nil {
				continue
			}
			if err := lc.set(copyVal(vals[i])); err != nil {
				return err
			}
		}
		return nil
	}
	// x op= y
	op := map[token.Token]token.Token{token.ADD_ASSIGN: token.ADD, token.SUB_ASSIGN: token.SUB,
		token.MUL_ASSIGN: token.MUL, token.QUO_ASSIGN: token.QUO, token.REM_ASSIGN: token.REM}[s.Tok]
	if op == 0 || len(s.Lhs) != 1 {
		return fail("assignment %s", s.Tok)
	}
	lc, err := in.loc(s.Lhs[0], en)
	if err != nil {
		return err
	}
	cur, err := lc.get()
	if err != nil {
		return err
	}
	tmp := en.child()
	tmp.define("\x00a", cur)
	tmp.define("\x00b", vals[0])
	v, err := in.binary(&ast.BinaryExpr{X: ast.NewIdent("\x00a"), Op: op, Y: ast.NewIdent("\x00b")}, tmp)
	if err != nil {
		return err
	}
	return lc.set(v)
}

// typeOf is the declared type of a field assigned to, for the literal
// assigned to it: x.F = {…} is not Go, but x.F = []T{{…}} is.
func (in *interp) typeOf(e ast.Expr, en *env) typeRef {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return typeRef{}
	}
	x, err := in.ref(sel.X, en)
	if err != nil {
		return typeRef{}
	}
	if p, ok := x.(ptrV); ok {
		x = p.s
	}
	if s, ok := x.(*structV); ok {
		if i := slices.Index(s.info.fields, sel.Sel.Name); i >= 0 {
			return s.info.types[i]
		}
	}
	return typeRef{}
}

// loc is a place a value is assigned to.
type loc interface {
	get() (value, error)
	set(value) error
}

type cellLoc struct{ c *cell }

func (l cellLoc) get() (value, error) { return l.c.v, nil }
func (l cellLoc) set(v value) error   { l.c.v = v; return nil }

type fieldLoc struct {
	in   *interp
	s    *structV
	name string
}

func (l fieldLoc) get() (value, error) { return l.in.field(l.s, l.name, true) }
func (l fieldLoc) set(v value) error {
	i := slices.Index(l.s.info.fields, l.name)
	if i < 0 {
		return fail("no field %s", l.name)
	}
	v, err := l.in.assignable(v, l.s.info.types[i])
	if err != nil {
		return err
	}
	l.s.vals[l.name] = v
	return nil
}

type elemLoc struct {
	s *sliceV
	i int
}

func (l elemLoc) get() (value, error) { return l.s.elems[l.i], nil }
func (l elemLoc) set(v value) error   { l.s.elems[l.i] = v; return nil }

type mapLoc struct {
	m *mapV
	k value
}

func (l mapLoc) get() (value, error) {
	if i := l.m.find(l.k); i >= 0 {
		return l.m.vals[i], nil
	}
	return nil, fail("map key not present")
}

func (l mapLoc) set(v value) error {
	if i := l.m.find(l.k); i >= 0 {
		l.m.vals[i] = v
		return nil
	}
	l.m.keys, l.m.vals = append(l.m.keys, l.k), append(l.m.vals, v)
	return nil
}

type opaqueLoc struct{ o *opaqueV }

func (l opaqueLoc) get() (value, error) { return nil, fail("reading %s", pathText(l.o.path)) }
func (l opaqueLoc) set(v value) error {
	p := pathText(l.o.path)
	sets := l.o.root.sets
	for i, o := range *sets {
		if o.path == p {
			(*sets)[i].v = v
			return nil
		}
	}
	*sets = append(*sets, override{p, v})
	return nil
}

type derefLoc struct{ s *structV }

func (l derefLoc) get() (value, error) { return l.s, nil }
func (l derefLoc) set(v value) error {
	n, ok := v.(*structV)
	if !ok || n.info != l.s.info {
		return fail("*p = %T", v)
	}
	l.s.vals = copyVal(n).(*structV).vals
	return nil
}

type editLoc struct{ p *pathV }

func (l editLoc) get() (value, error) { return nil, fail("an edit reads %s", l.p.path) }
func (l editLoc) set(v value) error {
	*l.p.edits = append(*l.p.edits, override{l.p.path, v})
	return nil
}

func (in *interp) loc(e ast.Expr, en *env) (loc, error) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return in.loc(e.X, en)
	case *ast.Ident:
		if c, ok := en.lookup(e.Name); ok {
			return cellLoc{c}, nil
		}
		return nil, fail("assigning %s outside the function", e.Name)
	case *ast.SelectorExpr:
		x, err := in.ref(e.X, en)
		if err != nil {
			return nil, err
		}
		switch x := x.(type) {
		case ptrV:
			return fieldLoc{in, x.s, e.Sel.Name}, nil
		case *structV:
			return fieldLoc{in, x, e.Sel.Name}, nil
		case *opaqueV:
			root := x
			if x.root != nil {
				root = x.root
			}
			return opaqueLoc{&opaqueV{name: root.name, root: root, path: append(slices.Clone(x.path), e.Sel.Name), sets: root.sets}}, nil
		case *pathV:
			p, _ := in.field(x, e.Sel.Name, true)
			return editLoc{p.(*pathV)}, nil
		}
		return nil, fail("assigning a field of %T", x)
	case *ast.IndexExpr:
		x, err := in.ref(e.X, en)
		if err != nil {
			return nil, err
		}
		switch x := x.(type) {
		case *sliceV:
			i, err := in.evalInt(e.Index, en)
			if err != nil {
				return nil, err
			}
			if x == nil || i < 0 || i >= len(x.elems) {
				return nil, fail("index %d out of range", i)
			}
			return elemLoc{x, i}, nil
		case *mapV:
			k, err := in.eval(e.Index, typeRef{}, en)
			if err != nil {
				return nil, err
			}
			return mapLoc{x, k}, nil
		case *pathV, *opaqueV:
			k, err := in.eval(e.Index, typeRef{}, en)
			if err != nil {
				return nil, err
			}
			ks, err := render(k)
			if err != nil {
				return nil, err
			}
			if o, ok := x.(*opaqueV); ok {
				root := o
				if o.root != nil {
					root = o.root
				}
				return opaqueLoc{&opaqueV{name: root.name, root: root, path: append(slices.Clone(o.path), "["+ks+"]"), sets: root.sets}}, nil
			}
			p := x.(*pathV)
			return editLoc{&pathV{p.path + "[" + ks + "]", p.edits}}, nil
		}
		return nil, fail("assigning an element of %T", x)
	case *ast.StarExpr:
		x, err := in.ref(e.X, en)
		if err != nil {
			return nil, err
		}
		switch x := x.(type) {
		case ptrV:
			return derefLoc(x), nil
		case *pathV:
			return nil, fail("an edit replaces the whole value")
		}
		return nil, fail("*%T", x)
	}
	return nil, fail("assigning to %T", e)
}
