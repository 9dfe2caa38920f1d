package household

import (
	"reflect"
	"testing"
)

// TestTekunEmpty: empty is false as soon as any one field of Tekun is set,
// so that validation, which skips an empty Tekun, never skips a value that
// would have to be checked — whatever fields Tekun gains.
func TestTekunEmpty(t *testing.T) {
	var zero Tekun
	if !zero.empty() {
		t.Fatal("the zero Tekun is not empty")
	}
	typ := reflect.TypeFor[Tekun]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		t.Run(f.Name, func(t *testing.T) {
			var x Tekun
			v := reflect.ValueOf(&x).Elem().Field(i)
			switch v.Kind() {
			case reflect.String:
				v.SetString("x")
			case reflect.Bool:
				v.SetBool(true)
			case reflect.Pointer:
				v.Set(reflect.New(v.Type().Elem()))
			default:
				t.Fatalf("field %s of kind %s: teach this test to set it", f.Name, v.Kind())
			}
			if x.empty() {
				t.Errorf("Tekun with only %s set is empty: empty does not read it", f.Name)
			}
		})
	}
}
