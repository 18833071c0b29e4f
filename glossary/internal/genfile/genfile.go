// Package genfile holds what the generators under glossary/internal
// share: finding the module they run in, and writing a generated file so
// that an interrupted run leaves the old one whole.
package genfile

import (
	"errors"
	"os"
	"path/filepath"
)

// ModuleRoot finds the directory holding go.mod, at or above the working
// directory: go generate runs in the package directory, a person in the
// module root.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod at or above the working directory")
		}
		dir = parent
	}
}

// Write writes data to path through a file beside it renamed over it.
func Write(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
