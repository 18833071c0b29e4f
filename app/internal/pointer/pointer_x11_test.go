//go:build cgo && !wayland && (linux || freebsd || openbsd || netbsd)

package pointer

import (
	"os"
	"testing"
)

func TestInsideX11(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no X display (run under Xvfb to test)")
	}
	root := rootWindow()
	if root == 0 {
		t.Fatalf("DISPLAY=%s but no connection", os.Getenv("DISPLAY"))
	}
	for _, tc := range []struct {
		name          string
		window        uintptr
		inside, known bool
	}{
		{"the root window holds the pointer", root, true, true},
		{"no window", 0, false, false},
		{"a window that does not exist", 0x7ffffff1, false, false},
	} {
		inside, known := Inside(tc.window)
		if inside != tc.inside || known != tc.known {
			t.Errorf("%s: got inside %v, known %v; want %v, %v", tc.name, inside, known, tc.inside, tc.known)
		}
	}
}
