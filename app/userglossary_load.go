package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/user"
)

// loadedGlossary is what loading finds, handed to the UI goroutine.
type loadedGlossary struct {
	builtin    []*glossary.Entry
	builtinErr error
	ed         *user.Editor
	onDisk     *user.File // the file edits are saved to, as read
	g          *glossary.Glossary
	savePath   string
	loadErr    error
	recovered  bool // edits of an earlier session were read from the recovered copy
}

// loadUserGlossary reads the built-in entries and the user's file at
// path. It runs off the UI goroutine. A file it cannot read is left
// alone: the glossary starts from the built-in entries (or from the
// recovered copy of an earlier session) and edits go to the recovered
// copy.
func loadUserGlossary(path string) *loadedGlossary {
	l := &loadedGlossary{savePath: path}
	l.builtin, l.builtinErr = glossary.BuiltinEntries()
	if l.builtinErr != nil {
		l.builtin = nil
	}
	mine, err := user.Load(path)
	if err == nil {
		l.ed, l.onDisk = user.NewEditor(l.builtin, mine), mine
		if l.g, err = l.ed.Glossary(); err != nil {
			// Readable, but its entries do not go with the built-in
			// ones: as unusable as a broken file, and as precious.
			err = fmt.Errorf("%s cannot be used: %w", filepath.Base(path), err)
		}
	}
	if err != nil {
		l.loadErr = err
		l.savePath = ""
		rec := recoveredPath(path)
		if r, rerr := user.Load(rec); rerr == nil {
			ed := user.NewEditor(l.builtin, r)
			if g, gerr := ed.Glossary(); gerr == nil {
				l.ed, l.g, l.savePath, l.onDisk = ed, g, rec, r
				l.recovered = len(r.Entries) > 0 || len(r.Hidden) > 0
			}
		}
		if l.savePath == "" {
			// The recovered copy is broken too: keep edits in memory.
			l.ed = user.NewEditor(l.builtin, nil)
			l.g, _ = l.ed.Glossary()
		}
	}
	if l.g == nil {
		// Names cannot be glossed, but figures still can.
		l.g, _ = glossary.New(nil)
	}
	return l
}

// glossaryLoad is the glossary loaded off the UI goroutine from launch
// on: started by the first article's read when that article is long (its
// text takes long enough to make ready that the glossary loads meanwhile,
// and the article is shown marked), else once the first frame is drawn
// (loadGlossary).
type glossaryLoad struct {
	path string
	once sync.Once
	done chan struct{} // closed once l is loaded
	l    *loadedGlossary
	took time.Duration
}

func newGlossaryLoad(path string) *glossaryLoad {
	return &glossaryLoad{path: path, done: make(chan struct{})}
}

// start starts loading, the first time it is called. Any goroutine.
func (gl *glossaryLoad) start() {
	if gl == nil {
		return
	}
	gl.once.Do(func() {
		go func() {
			defer close(gl.done)
			start := time.Now()
			gl.l = loadUserGlossary(gl.path)
			gl.took = time.Since(start)
		}()
	})
}

// ready is the loaded glossary, or nil while it is loading (or when
// there is no load): an article never waits for it. Any goroutine.
func (gl *glossaryLoad) ready() *glossary.Glossary {
	if gl == nil {
		return nil
	}
	select {
	case <-gl.done:
		return gl.l.g
	default:
		return nil
	}
}

// useLoaded makes what loading found the session's user glossary.
func (u *userGlossary) useLoaded(l *loadedGlossary) {
	u.builtin, u.ed = l.builtin, l.ed
	u.savePath, u.loadErr = l.savePath, l.loadErr
	u.base = l.onDisk
}

// loadProblem says, for a person, what is wrong with the user's file
// and what Pathok does about it.
func (u *userGlossary) loadProblem() string {
	name := filepath.Base(u.path)
	var b strings.Builder
	var le *glossary.LineError
	switch {
	case errors.As(u.loadErr, &le):
		fmt.Fprintf(&b, "Line %d of %s is wrong: %s.", le.Line, name, strings.TrimSuffix(le.Msg, "."))
	case errors.Is(u.loadErr, os.ErrPermission):
		fmt.Fprintf(&b, "You do not have permission to read %s.", name)
	default:
		fmt.Fprintf(&b, "%s could not be read: %v.", name, u.loadErr)
	}
	fmt.Fprintf(&b, "\n\nThe file is %s", u.path)
	b.WriteString("\n\nPathok started with the built-in glossary and will not change this file. ")
	if u.savePath != "" {
		fmt.Fprintf(&b, "Entries you add or change now are saved to %s beside it. ", filepath.Base(u.savePath))
		fmt.Fprintf(&b, "Fix the line above, or replace %s with %s, and start Pathok again to use your glossary.", name, filepath.Base(u.savePath))
	} else {
		fmt.Fprintf(&b, "%s cannot be read either, so entries you add or change now are kept only until you quit. ", recoveredGlossaryName)
		b.WriteString("Fix the line above and start Pathok again to use your glossary.")
	}
	return b.String()
}
