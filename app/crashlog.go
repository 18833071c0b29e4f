package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// crashLogName is the file in the app's storage that the Go runtime
// writes a crash to: the panic and every goroutine's stack.
const crashLogName = "crash.log"

// crashLog sends crashes of this process to crash.log in dir. A crash
// log left by an earlier run is first renamed to crash-TIME.log, kept for
// the reader to send us, and its new path returned so that the reader
// can be told about it once.
func crashLog(dir string) (previous string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("crash log folder %s: %w", dir, err)
	}
	path := filepath.Join(dir, crashLogName)
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		seen := filepath.Join(dir, "crash-"+st.ModTime().Format("20060102-150405")+".log")
		if err := os.Rename(path, seen); err != nil {
			return "", fmt.Errorf("keeping the last crash log: %w", err)
		}
		previous = seen
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("crash log %s: %w", path, err)
	}
	// Append: a second Pathok running at the same time shares the file
	// rather than wipe the first one's crash.
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return previous, fmt.Errorf("crash log %s: %w", path, err)
	}
	if err := debug.SetCrashOutput(f, debug.CrashOptions{}); err != nil {
		f.Close()
		return previous, fmt.Errorf("crash log %s: %w", path, err)
	}
	// The runtime keeps its own duplicate of the descriptor.
	f.Close()
	return previous, nil
}

// appStorageDir is the folder of the app's own files (the user's
// glossary, the crash log).
func appStorageDir(a fyne.App) string {
	return a.Storage().RootURI().Path()
}

// showPreviousCrash tells the reader, once, that Pathok crashed last
// time and where the report is.
func (s *mainScreen) showPreviousCrash(path string) {
	msg := widget.NewLabel(fmt.Sprintf("Pathok closed unexpectedly last time. "+
		"What went wrong is written in\n\n%s\n\n"+
		"Please send that file with a word on what you were doing when you report the problem.", path))
	msg.Wrapping = fyne.TextWrapWord
	copyPath := widget.NewButton("Copy the path", func() {
		s.a.Clipboard().SetContent(path)
		s.flash("Copied the crash log's path")
	})
	d := newCustom(s.w, "Pathok crashed last time", "OK", container.NewVBox(msg, container.NewHBox(copyPath)))
	d.Resize(dialogSize(s.w, 560, 280))
	d.Show()
}
