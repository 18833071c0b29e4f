// Command indexgen writes resources/glossary.index, the built-in glossary
// parsed and indexed, which Pathok reads at start instead of parsing the
// files in resources/glossary/ and indexing them (see glossary/index.go).
// Run it after changing a built-in file, or the code that reads or
// indexes one; TestBuiltinIndexCurrent says when it is due.
//
// Run it from anywhere in the module; paths are relative to the module root:
//
//	go run ./glossary/internal/indexgen [-out file]
//
// The output depends only on its inputs, so regenerating without changes
// gives the same bytes.
package main

import (
	"errors"
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/resources"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("indexgen: ")
	outPath := flag.String("out", filepath.Join("resources", glossary.IndexFile), "file to write, relative to the module root")
	flag.Parse()
	root, err := moduleRoot()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.Chdir(root); err != nil {
		log.Fatal(err)
	}
	// The files on disk, not the ones compiled in: go run compiles the
	// same files, but reading them says what is meant.
	data, err := glossary.BuiltinIndex(os.DirFS("resources"), resources.GlossaryFiles...)
	if err != nil {
		log.Fatal(err)
	}
	// Written beside the file and renamed over it, so that an
	// interrupted run leaves the old index whole.
	tmp := *outPath + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.Rename(tmp, *outPath); err != nil {
		os.Remove(tmp)
		log.Fatal(err)
	}
}

// moduleRoot finds the directory holding go.mod, at or above the working
// directory.
func moduleRoot() (string, error) {
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
