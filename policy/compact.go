package policy

import "unsafe"

// extra holds a value's shape and what does not fit in its inline fields:
// a claim or event id, the operand values beyond the inline ones and,
// rarer, words not in the table of texts and a line's rate too large for
// its inline fields. A value with nothing of its own beyond its inline
// fields points at its shape's plain extra, which holds the shape alone, so
// that the value keeps one pointer, not two. An extra is made with its
// value (a plain one with its shape), in its assessment's arena or on its
// own (storage.go), and never changed afterwards — until the assessment is
// released and its arena reused, when values still pointing at it are no
// longer valid — so values that share it share nothing mutable.
type extra struct {
	sh *shape
	id string
	// more points at the first of the values beyond the inline ones, as
	// many as the shape has operands beyond them ([extra.values]): a
	// pointer, not a slice, keeps an extra and its usual buffers in the
	// allocation size classes they took before the extra held the shape.
	more *int64
	rare *rare
}

// values returns the n values x keeps beyond the inline ones.
func (x *extra) values(n int) []int64 { return unsafe.Slice(x.more, n) }

// own returns x when it holds something of a value's own (an id, values,
// texts or a rate), and nil when it is nil or a shape's plain extra.
func (x *extra) own() *extra {
	if x == nil || x.sh == nil || x == &x.sh.plain {
		return nil
	}
	return x
}

// rare is what an extra seldom holds.
type rare struct {
	texts []text
	rate  Rate
}

// newExtra returns an extra of shape sh with room for more values, made on
// its own, in one allocation for the common sizes.
func newExtra(sh *shape, more int) *extra {
	var x *extra
	switch {
	case more == 0:
		x = new(extra)
	case more <= 4:
		x = withBuf(func(b *[4]int64) *int64 { return &b[0] })
	case more <= 8:
		x = withBuf(func(b *[8]int64) *int64 { return &b[0] })
	case more <= 12:
		x = withBuf(func(b *[12]int64) *int64 { return &b[0] })
	case more <= 16:
		x = withBuf(func(b *[16]int64) *int64 { return &b[0] })
	default:
		x = &extra{more: &make([]int64, more)[0]}
	}
	x.sh = sh
	return x
}

// withBuf makes an extra and its buffer B in one allocation, its values
// the first of the buffer's, from first.
func withBuf[B any](first func(*B) *int64) *extra {
	e := new(struct {
		extra
		buf B
	})
	e.more = first(&e.buf)
	return &e.extra
}

// encode keeps the values of args, whose shape is sh, in vals and returns
// the extra the value points at: sh's plain extra, or one of its own, made
// in a's arena (on its own for a nil a) when something does not fit in
// vals, for what does not; id, when not empty, goes into it. Words go into
// the table of texts when intern is true and it has room, else into the
// value's extra.
func encode(a *Assessment, sh *shape, args []Arg, vals []int64, id string, intern bool) *extra {
	var x *extra
	n := min(len(args), len(vals))
	if id != "" || len(args) > n {
		x = a.newExtra(sh, len(args)-n)
		x.id = id
	}
	for i := range args[:n] {
		v := args[i].num
		if sh.texts && args[i].kind() == argText {
			v = encodeText(a, &x, sh, &args[i], intern)
		}
		vals[i] = v
	}
	if len(args) > n {
		more := x.values(len(args) - n)
		for i := range args[n:] {
			arg := &args[n+i]
			v := arg.num
			if sh.texts && arg.kind() == argText {
				v = encodeText(a, &x, sh, arg, intern)
			}
			more[i] = v
		}
	}
	return plainOr(x, sh)
}

// encodeText returns the value of the words arg: their id in the table of
// texts when intern is true and it has room, else where they are in the
// texts of *x, made (of shape sh, in a's arena) when nil.
func encodeText(a *Assessment, x **extra, sh *shape, arg *Arg, intern bool) int64 {
	if intern {
		if v, ok := textID(arg.zh, arg.en); ok {
			return v
		}
	}
	if *x == nil {
		*x = a.newExtra(sh, 0)
	}
	if (*x).rare == nil {
		(*x).rare = new(rare)
	}
	(*x).rare.texts = append((*x).rare.texts, text{zh: arg.zh, en: arg.en})
	return -int64(len((*x).rare.texts))
}

// plainOr returns x, or sh's plain extra when x is nil.
func plainOr(x *extra, sh *shape) *extra {
	if x == nil {
		return &sh.plain
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
			v = x.values(len(sh.args) - len(inline))[i-len(inline)]
		}
		a := Arg{argShape: *s}
		if s.kind() == argText {
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
