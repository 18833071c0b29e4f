package user

import (
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// staleAfter is how old a temporary file of ours must be before it is
// taken for the leftover of a killed save. Saves hold the lock, so one
// found while we hold it is dead already; the age also spares a save by
// a Pathok from before the lock.
const staleAfter = 30 * time.Second

// tempPattern names the temporary file a save of name writes first
// (os.CreateTemp puts digits for the star): hidden, and with our name
// in it so that removeStaleTemps never touches a file of anyone else's.
func tempPattern(name string) string { return "." + name + ".*.tmp" }

// removeStaleTemps removes the temporary files that saves of path (and
// of its backup) left when they were killed between creating and
// renaming them. The caller holds the lock.
func removeStaleTemps(path string) {
	dir, name := filepath.Split(path)
	ours := regexp.MustCompile(`^\.` + regexp.QuoteMeta(name) + `(\.bak)?\.[0-9]+\.tmp$`)
	ds, err := os.ReadDir(filepath.Clean(dir))
	if err != nil {
		return
	}
	for _, d := range ds {
		if !d.Type().IsRegular() || !ours.MatchString(d.Name()) {
			continue
		}
		if fi, err := d.Info(); err == nil && time.Since(fi.ModTime()) > staleAfter {
			os.Remove(filepath.Join(dir, d.Name()))
		}
	}
}
