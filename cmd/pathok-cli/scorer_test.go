package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// TestScorer runs the project's annotation scorer over the gold articles
// beside the repository and holds the engine to the bar the product
// promises: names_F1 and figures_F1 of at least 0.97.
func TestScorer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the CLI and runs the scorer")
	}
	eval, _ := filepath.Abs("../../../shared/eval")
	if _, err := os.Stat(filepath.Join(eval, "score.go")); err != nil {
		t.Skip("../shared/eval not found")
	}
	bin := filepath.Join(t.TempDir(), "pathok-cli")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the CLI: %v\n%s", err, out)
	}
	score := exec.Command("go", "run", "score.go", "-dir", "../seeds", "-run", bin+" annotate -format json {}")
	score.Dir = eval
	out, err := score.CombinedOutput()
	if err != nil {
		t.Fatalf("scorer: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`failed=(\d+) names_F1=([0-9.]+) figures_F1=([0-9.]+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line in the scorer's output:\n%s", out)
	}
	t.Logf("%s", m[0])
	if string(m[1]) != "0" {
		t.Errorf("got failed=%s articles; want 0", m[1])
	}
	for i, name := range []string{"names_F1", "figures_F1"} {
		f, _ := strconv.ParseFloat(string(m[i+2]), 64)
		if f < 0.97 {
			t.Errorf("got %s=%.3f; want at least 0.970", name, f)
		}
	}
}
