//go:build windows

package pointer

import (
	"syscall"
	"unsafe"
)

var (
	user32         = syscall.NewLazyDLL("user32.dll")
	getCursorPos   = user32.NewProc("GetCursorPos")
	screenToClient = user32.NewProc("ScreenToClient")
	getClientRect  = user32.NewProc("GetClientRect")
)

type point struct{ x, y int32 }

type rect struct{ left, top, right, bottom int32 }

// Inside reports whether the pointer is inside the client area of the
// window with the given HWND; known is false when Windows cannot say.
func Inside(hwnd uintptr) (inside, known bool) {
	if hwnd == 0 {
		return false, false
	}
	var p point
	if r, _, _ := getCursorPos.Call(uintptr(unsafe.Pointer(&p))); r == 0 {
		return false, false
	}
	if r, _, _ := screenToClient.Call(hwnd, uintptr(unsafe.Pointer(&p))); r == 0 {
		return false, false
	}
	var c rect
	if r, _, _ := getClientRect.Call(hwnd, uintptr(unsafe.Pointer(&c))); r == 0 {
		return false, false
	}
	return p.x >= c.left && p.y >= c.top && p.x < c.right && p.y < c.bottom, true
}
