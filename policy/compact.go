package policy

// extra holds what does not fit in a value's inline fields: a claim or
// event id, the operand values beyond the inline ones and, rarer, words not
// in the table of texts and a line's rate too large for its inline fields.
// It is made with the value and never changed, so values that share it
// share nothing mutable.
type extra struct {
	id   string
	more []int64
	rare *rare
}

// rare is what an extra seldom holds.
type rare struct {
	texts []text
	rate  Rate
}

// newExtra returns an extra with room for more values, made in one
// allocation for the common sizes.
func newExtra(more int) *extra {
	switch {
	case more == 0:
		return new(extra)
	case more <= 4:
		return withBuf(more, func(b *[4]int64) []int64 { return b[:] })
	case more <= 8:
		return withBuf(more, func(b *[8]int64) []int64 { return b[:] })
	case more <= 12:
		return withBuf(more, func(b *[12]int64) []int64 { return b[:] })
	case more <= 16:
		return withBuf(more, func(b *[16]int64) []int64 { return b[:] })
	}
	return &extra{more: make([]int64, more)}
}

// withBuf makes an extra and its buffer B in one allocation, its values the
// first more of the buffer.
func withBuf[B any](more int, slice func(*B) []int64) *extra {
	e := new(struct {
		extra
		buf B
	})
	e.more = slice(&e.buf)[:more]
	return &e.extra
}

// encode keeps the values of args, whose shape is sh, in vals and what does
// not fit in x, made when needed and returned; id, when not empty, goes
// into x. Words go into the table of texts when intern is true and it has
// room, else into x.
func encode(sh *shape, args []Arg, vals []int64, id string, intern bool) *extra {
	var x *extra
	if id != "" || len(args) > len(vals) {
		x = newExtra(max(len(args)-len(vals), 0))
		x.id = id
	}
	if !sh.texts {
		if len(args) <= len(vals) {
			for i := range args {
				vals[i] = args[i].num
			}
			return x
		}
		for i := range vals {
			vals[i] = args[i].num
		}
		for i := len(vals); i < len(args); i++ {
			x.more[i-len(vals)] = args[i].num
		}
		return x
	}
	for i := range args {
		a := &args[i]
		v := a.num
		if a.kind == argText {
			ok := false
			if intern {
				v, ok = textID(a.zh, a.en)
			}
			if !ok {
				if x == nil {
					x = newExtra(0)
				}
				if x.rare == nil {
					x.rare = new(rare)
				}
				x.rare.texts = append(x.rare.texts, text{zh: a.zh, en: a.en})
				v = -int64(len(x.rare.texts))
			}
		}
		if i < len(vals) {
			vals[i] = v
		} else {
			x.more[i-len(vals)] = v
		}
	}
	return x
}

// decode appends the operands of shape sh with values inline and x to dst.
func decode(dst []Arg, sh *shape, inline []int64, x *extra) []Arg {
	for i := range sh.args {
		s := &sh.args[i]
		var v int64
		if i < len(inline) {
			v = inline[i]
		} else {
			v = x.more[i-len(inline)]
		}
		a := Arg{name: s.name, formula: s.formula, kind: s.kind, inner: s.inner, places: s.places}
		if s.kind == argText {
			var t *text
			if v >= 0 {
				t = texts.slots[v].Load()
			} else {
				t = &x.rare.texts[-v-1]
			}
			a.zh, a.en = t.zh, t.en
		} else {
			a.num = v
		}
		dst = append(dst, a)
	}
	return dst
}

// idOf returns the id kept in x, or "".
func idOf(x *extra) string {
	if x == nil {
		return ""
	}
	return x.id
}

// argBuf is how many operands an explanation decodes without allocating.
const argBuf = 24
