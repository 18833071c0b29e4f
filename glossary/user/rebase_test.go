package user

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pathok/pathok/glossary"
)

func place(id, bn, en string) *glossary.Entry {
	return &glossary.Entry{ID: id, Kind: glossary.Place, Country: "KP", Bengali: []string{bn}, English: []string{en}, Origin: "user"}
}

func TestRebase(t *testing.T) {
	sindo := place("user-sindo", "সিন্দো", "Sindo")
	sindo2 := place("user-sindo", "সিন্দো", "Sindo Island")
	sindo3 := place("user-sindo", "সিন্দো", "Sin-do")
	wonsan := place("user-wonsan", "ওনসান", "Wonsan")
	kalma := place("user-kalma", "কালমা", "Kalma")
	kalma2 := place("user-kalma", "কালমা", "Kalma Beach")
	rason := place("user-rason", "রাসন", "Rason")
	f := func(hidden []string, es ...*glossary.Entry) *File {
		return &File{Version: FormatVersion, Entries: es, Hidden: hidden}
	}
	cases := []struct {
		name               string
		base, mine, theirs *File
		want               *File
		taken              int
		overruled          string // English headwords, | between
	}{
		// What only one side did is kept.
		{"nothing changed", f(nil, sindo), f(nil, sindo), f(nil, sindo), f(nil, sindo), 0, ""},
		{"they added", f(nil, sindo), f(nil, sindo), f(nil, sindo, wonsan), f(nil, sindo, wonsan), 1, ""},
		{"we added", f(nil, sindo), f(nil, sindo, kalma), f(nil, sindo), f(nil, sindo, kalma), 0, ""},
		{"both added, ours first", f(nil, sindo), f(nil, sindo, kalma), f(nil, sindo, wonsan, rason), f(nil, sindo, kalma, wonsan, rason), 2, ""},
		{"they changed", f(nil, sindo, kalma), f(nil, sindo, kalma), f(nil, sindo2, kalma), f(nil, sindo2, kalma), 1, ""},
		{"we changed, they changed another", f(nil, sindo, kalma), f(nil, sindo2, kalma), f(nil, sindo, kalma2), f(nil, sindo2, kalma2), 1, ""},
		{"they deleted", f(nil, sindo, kalma), f(nil, sindo, kalma), f(nil, kalma), f(nil, kalma), 1, ""},
		{"we deleted", f(nil, sindo, kalma), f(nil, kalma), f(nil, sindo, kalma), f(nil, kalma), 0, ""},
		// Where both changed one entry, ours wins.
		{"both changed", f(nil, sindo), f(nil, sindo2), f(nil, sindo3), f(nil, sindo2), 0, "Sindo Island"},
		{"both made the same change", f(nil, sindo), f(nil, sindo2), f(nil, sindo2), f(nil, sindo2), 0, ""},
		{"we changed, they deleted", f(nil, sindo), f(nil, sindo2), f(nil), f(nil, sindo2), 0, "Sindo Island"},
		{"we deleted, they changed", f(nil, sindo, kalma), f(nil, kalma), f(nil, sindo3, kalma), f(nil, kalma), 0, "Sin-do"},
		{"both added one id", f(nil), f(nil, sindo2), f(nil, sindo3), f(nil, sindo2), 0, "Sindo Island"},
		// Hidden ids are a set with the same rules.
		{"they hid", f(nil), f(nil), f([]string{"kp-a"}), f([]string{"kp-a"}), 1, ""},
		{"we hid, they hid another", f(nil), f([]string{"kp-a"}), f([]string{"kp-b"}), f([]string{"kp-a", "kp-b"}), 1, ""},
		{"they showed", f([]string{"kp-a", "kp-b"}), f([]string{"kp-a", "kp-b"}), f([]string{"kp-b"}), f([]string{"kp-b"}), 1, ""},
		{"we showed", f([]string{"kp-a"}), f(nil), f([]string{"kp-a"}), f(nil), 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, taken, overruled := Rebase(c.base, c.mine, c.theirs)
			if !reflect.DeepEqual(got, c.want) || taken != c.taken {
				t.Errorf("got %s, %d taken; want %s, %d", show(got), taken, show(c.want), c.taken)
			}
			if got := strings.Join(overruled, "|"); got != c.overruled {
				t.Errorf("got overruled %q; want %q", got, c.overruled)
			}
		})
	}
}

func show(u *File) string {
	data, _ := u.Marshal()
	return string(data)
}

// TestEditorRebase takes in another program's entries while the
// editor has changes of its own, which undo still takes back.
func TestEditorRebase(t *testing.T) {
	ed := NewEditor(testBuiltin(), nil)
	base := ed.User()
	if ps, err := ed.Add(kimJuAe()); err != nil || len(ps) > 0 {
		t.Fatal(ps, err)
	}
	theirs := &File{Version: FormatVersion, Entries: []*glossary.Entry{place("user-wonsan", "ওনসান", "Wonsan")}, Hidden: []string{"kp-pyongyang"}}
	if n := ed.Rebase(base, theirs); n != 2 {
		t.Errorf("got %d taken; want 2", n)
	}
	g, _ := ed.Glossary()
	if _, ok := g.ByID("user-wonsan"); !ok {
		t.Errorf("got no user-wonsan after the rebase; want it")
	}
	if _, ok := g.ByID("kp-pyongyang"); ok {
		t.Errorf("got kp-pyongyang shown; want it hidden as the other program saved")
	}
	if desc, ok := ed.Undo(); !ok || desc != "Added কিম জু এ" {
		t.Fatalf("got undo %q, %v; want the reader's own add", desc, ok)
	}
	if got := ed.User(); len(got.Entries) != 1 || got.Entries[0].ID != "user-wonsan" || len(got.Hidden) != 1 {
		t.Errorf("got %s after undo; want the other program's file", show(got))
	}
}
