package user

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"github.com/pathok/pathok/glossary"
)

// ErrReadOnly is a save refused because the reader made the file
// read-only: Pathok respects that rather than replacing the file.
// errors.Is(err, ErrReadOnly) tells a *ReadOnlyError.
var ErrReadOnly = errors.New("the glossary file is read-only")

// ReadOnlyError is a save refused because the file at Path is read-only.
type ReadOnlyError struct{ Path string }

func (e *ReadOnlyError) Error() string {
	return e.Path + " is read-only, so Pathok leaves it as it is; make it writable to save your changes"
}

// Is makes errors.Is(err, ErrReadOnly) true.
func (e *ReadOnlyError) Is(target error) bool { return target == ErrReadOnly }

// Save writes u to path, taking the file's lock for the time of the save
// (see Update). It replaces whatever is at path: callers that may have
// read the file a while ago use Update, so that changes another program
// made meanwhile are not lost.
func Save(path string, u *File) error {
	return Update(path, func(*File) (*File, error) { return u, nil })
}

// Update is one read–change–write of the file at path, with the file
// locked against other Pathok processes from the read to the end of the
// write. change gets what is on disk now (an empty glossary when there
// is no file) and returns what to save, or nil to save nothing. A file
// that is not a readable user glossary is never replaced: Update then
// fails before change is called.
//
// The save is atomic: a temporary file in the same folder, fsync, rename
// over path. The previous file is first kept as path+".bak" (written the
// same way), and the folder is fsynced after each rename. A failure at
// any step leaves the previous file intact and loadable. A file whose
// permissions forbid its owner to write it is left alone (ErrReadOnly).
func Update(path string, change func(disk *File) (*File, error)) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("cannot save the glossary: %w", err)
	}
	l, err := lock(path, LockWait)
	if err != nil {
		return fmt.Errorf("cannot save the glossary: %w", err)
	}
	defer l.unlock()
	removeStaleTemps(path)
	disk, old, err := read(path)
	var le *glossary.LineError
	switch {
	case errors.As(err, &le):
		return fmt.Errorf("will not replace %s, which Pathok cannot read: %w", path, err)
	case err != nil:
		return fmt.Errorf("cannot save the glossary: %w", err)
	}
	next, err := change(disk)
	if err != nil || next == nil {
		return err
	}
	return write(path, old, next)
}

// write saves u over old, the bytes now at path (nil: no file).
func write(path string, old []byte, u *File) error {
	data, err := u.Marshal()
	if err != nil {
		return fmt.Errorf("cannot save the glossary: %w", err)
	}
	// What is saved must load again: better an error now than a file
	// the next start refuses.
	if _, err := ParseJSON(path, data); err != nil {
		return fmt.Errorf("cannot save the glossary: %w", err)
	}
	if old == nil {
		return saveError(writeAtomic(path, data))
	}
	if bytes.Equal(old, data) {
		return nil
	}
	// Root may write anything, so the mode bits, not a failed open, say
	// what the reader wants.
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o200 == 0 {
		return &ReadOnlyError{path}
	}
	if err := writeAtomic(path+".bak", old); err != nil {
		return fmt.Errorf("cannot keep a backup of the glossary: %w", err)
	}
	return saveError(writeAtomic(path, data))
}

func saveError(err error) error {
	if err != nil {
		return fmt.Errorf("cannot save the glossary: %w", err)
	}
	return nil
}

// writeAtomic replaces path with data so that a crash or a failure at
// any step leaves either the old file or the new one, never a mix.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := disk.CreateTemp(dir, tempPattern(filepath.Base(path)))
	if err != nil {
		return err
	}
	tmp, renamed := f.Name(), false
	defer func() {
		if !renamed {
			disk.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := disk.Rename(tmp, path); err != nil {
		return err
	}
	renamed = true
	// The rename is durable only once the folder is.
	return disk.SyncDir(dir)
}

// diskOps is the part of the file system the write path uses. It is a
// variable so that the crash-safety tests can fail each step.
type diskOps interface {
	CreateTemp(dir, pattern string) (diskFile, error)
	Rename(from, to string) error
	Remove(name string) error
	SyncDir(dir string) error
}

type diskFile interface {
	io.Writer
	Sync() error
	Close() error
	Name() string
}

var disk diskOps = osDisk{}

type osDisk struct{}

func (osDisk) CreateTemp(dir, pattern string) (diskFile, error) { return os.CreateTemp(dir, pattern) }
func (osDisk) Rename(from, to string) error                     { return os.Rename(from, to) }
func (osDisk) Remove(name string) error                         { return os.Remove(name) }

func (osDisk) SyncDir(dir string) error {
	// Windows cannot open a folder to sync it, and its rename is
	// already durable when it returns.
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
