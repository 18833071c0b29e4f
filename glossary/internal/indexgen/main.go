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
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/internal/genfile"
	"github.com/pathok/pathok/resources"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("indexgen: ")
	outPath := flag.String("out", filepath.Join("resources", glossary.IndexFile), "file to write, relative to the module root")
	flag.Parse()
	root, err := genfile.ModuleRoot()
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
	if err := genfile.Write(*outPath, data); err != nil {
		log.Fatal(err)
	}
}
