package user

import (
	"errors"
	"fmt"
	"os"
	"time"
)

// LockWait is how long a save waits for another program (a second Pathok
// window, a pathok-cli import) to finish with the file before it gives up
// and says so. An import of thousands of rows holds the lock for a few
// seconds, and far longer on a busy machine: the wait is generous.
var LockWait = time.Minute

// ErrBusy is a lock another process held for longer than the wait.
var ErrBusy = errors.New("another Pathok window or pathok-cli run is saving the glossary")

// fileLock is an advisory lock on path+".lock", held by this process
// from lock to unlock. Every Pathok process takes it around each
// read–change–write of the user's file, so that two of them never both
// read the same version and each write over the other's change.
//
// The lock is on an open file, not on the file's existence: a process
// that dies lets go of it, and the lock file itself is never removed
// (removing it would let two processes lock two different files).
type fileLock struct {
	f *os.File
}

// lock takes the lock of path, trying again until wait has passed. The
// folder must exist.
func lock(path string, wait time.Duration) (*fileLock, error) {
	name := path + ".lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(wait)
	pause := 5 * time.Millisecond
	for {
		ok, err := tryLock(f)
		switch {
		case err != nil:
			f.Close()
			return nil, fmt.Errorf("cannot lock %s: %w", name, err)
		case ok:
			return &fileLock{f}, nil
		case !time.Now().Before(deadline):
			f.Close()
			return nil, fmt.Errorf("%w and has been for %s (it holds %s); try again when it is done",
				ErrBusy, wait.Round(time.Millisecond), name)
		}
		time.Sleep(min(pause, time.Until(deadline)))
		pause = min(2*pause, 200*time.Millisecond)
	}
}

func (l *fileLock) unlock() {
	unlockFile(l.f)
	l.f.Close()
}

// Lock takes the lock that Update takes around each save of path, for
// callers that read and write the file in steps of their own (and for
// tests that play another process). release gives it back.
func Lock(path string, wait time.Duration) (release func(), err error) {
	l, err := lock(path, wait)
	if err != nil {
		return nil, err
	}
	return l.unlock, nil
}
