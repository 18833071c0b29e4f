//go:build cgo && !wayland && (linux || freebsd || openbsd || netbsd)

package pointer

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <stdlib.h>

// inside is 1 when the pointer is within window w, 0 when not, -1 when X
// cannot say (no display, a window gone).
static int inside(Display *d, unsigned long w) {
	Window root, child;
	int rx, ry, wx, wy;
	unsigned int mask;
	XWindowAttributes a;
	if (!XGetWindowAttributes(d, (Window)w, &a)) return -1;
	if (!XQueryPointer(d, (Window)w, &root, &child, &rx, &ry, &wx, &wy, &mask)) return 0;
	return wx >= 0 && wy >= 0 && wx < a.width && wy < a.height;
}

static int ignore(Display *d, XErrorEvent *e) { return 0; }

static unsigned long root(Display *d) { return (unsigned long)DefaultRootWindow(d); }

static Display *open(void) {
	Display *d = XOpenDisplay(NULL);
	if (d) XSetErrorHandler(ignore);
	return d;
}
*/
import "C"

import "sync"

var (
	mu      sync.Mutex
	display *C.Display
	opened  bool
)

// conn is our own X connection, opened on first use, or nil with no
// display. Xlib connections are not shared between threads, and GLFW's
// is not ours. Callers hold mu.
func conn() *C.Display {
	if !opened {
		opened = true
		display = C.open()
	}
	return display
}

// rootWindow is the screen's root window, which always holds the
// pointer, or 0 with no display.
func rootWindow() uintptr {
	mu.Lock()
	defer mu.Unlock()
	if conn() == nil {
		return 0
	}
	return uintptr(C.root(display))
}

// Inside reports whether the pointer is inside the X11 window with the
// given id; known is false when X cannot say.
func Inside(window uintptr) (inside, known bool) {
	if window == 0 {
		return false, false
	}
	mu.Lock()
	defer mu.Unlock()
	if conn() == nil {
		return false, false
	}
	switch C.inside(display, C.ulong(window)) {
	case 1:
		return true, true
	case 0:
		return false, true
	}
	return false, false
}
