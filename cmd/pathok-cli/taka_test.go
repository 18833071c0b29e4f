package main

import (
	"path/filepath"
	"testing"
)

// TestAnnotateTaka checks the -taka flag: the built-in glossary knows
// Kolkata, so auto reads its prices in টাকা as rupees.
func TestAnnotateTaka(t *testing.T) {
	dir := t.TempDir()
	art := write(t, dir, "bazar.txt", "কলকাতার বাজারে আলু ৩০ টাকা কেজি।\n")
	cases := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"auto by default", []string{"annotate", "-format", "json", art}, 0, []string{`"value":"30 INR"`, "the article names Kolkata"}, nil},
		{"set BDT", []string{"annotate", "-format", "json", "-taka", "BDT", art}, 0, []string{`"value":"30 BDT"`}, nil},
		{"set INR", []string{"annotate", "-taka", "INR", art}, 0, []string{"= 30 INR"}, nil},
		{"unknown", []string{"annotate", "-taka", "USD", art}, 2, nil, []string{`unknown -taka "USD"`, "usage:"}},
		{"missing file still reported", []string{"annotate", "-taka", "auto", filepath.Join(dir, "nope.txt")}, 1, nil, []string{"nope.txt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cli("", c.args...).check(t, c.code, c.stdout, c.stderr)
		})
	}
}
