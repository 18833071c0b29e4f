// Package pointer asks the windowing system whether the mouse pointer is
// inside a window, for the hover card: Fyne 2.8 reports no pointer
// leaving a window (its GLFW driver sets no cursor-enter callback), so
// the app asks while a card is up. The window is named by the native
// handle Fyne gives through driver.NativeWindow: an X11 window id or a
// Windows HWND. Elsewhere (macOS, Wayland, a build without cgo on X11)
// the answer is unknown.
package pointer
