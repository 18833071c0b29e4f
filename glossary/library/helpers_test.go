package library

import (
	"os"
	"testing"

	"github.com/pathok/pathok/glossary"
)

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func builtinGlossary() (*glossary.Glossary, error) { return glossary.Builtin() }
