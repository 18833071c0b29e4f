package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/exchange"
	"github.com/pathok/pathok/glossary/textfile"
	"github.com/pathok/pathok/glossary/user"
	"github.com/pathok/pathok/resources/metadata"
)

// defaultUserPath is where the desktop app keeps the user's glossary: the
// root of its Fyne storage (Storage().RootURI()), named by the app ID in
// FyneApp.toml.
func defaultUserPath() (string, error) {
	var home, config string
	var err error
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		home, err = os.UserHomeDir()
	} else {
		config, err = os.UserConfigDir()
	}
	if err != nil {
		return "", err
	}
	return userPathFor(runtime.GOOS, home, config), nil
}

// userPathFor is defaultUserPath on goos. Fyne v2.8 keeps an app's storage
// at rootConfigDir()/<app id>, where rootConfigDir is
// os.UserConfigDir()/fyne on Linux and the BSDs, ~/Library/Preferences/fyne
// on macOS and ~/AppData/Roaming/fyne on Windows
// (fyne.io/fyne/v2/internal/app/config_*.go).
func userPathFor(goos, home, config string) string {
	var root string
	switch goos {
	case "darwin":
		root = filepath.Join(home, "Library", "Preferences", "fyne")
	case "windows":
		root = filepath.Join(home, "AppData", "Roaming", "fyne")
	default:
		root = filepath.Join(config, "fyne")
	}
	return filepath.Join(root, metadata.ID(), user.FileName)
}

// parseArgs parses flags that may come before or after the file names
// (glossary import FILE -format tsv), returning the names.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var names []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return names, nil
		}
		names, args = append(names, args[0]), args[1:]
	}
}

// oneFile checks that exactly one file was named.
func oneFile(cmd string, names []string) (string, error) {
	switch len(names) {
	case 0:
		return "", fmt.Errorf("%s: no file given: %w", cmd, errUsage)
	case 1:
		return names[0], nil
	}
	return "", fmt.Errorf("%s: one file at a time, not %d: %w", cmd, len(names), errUsage)
}

// formatOf is the -format flag, or the file's extension's format.
func formatOf(cmd, flagValue, name string, importing bool) (exchange.Format, error) {
	if flagValue != "" {
		f := exchange.Format(strings.ToLower(flagValue))
		switch {
		case !f.Valid():
			return "", fmt.Errorf("%s: unknown format %q (want json, tsv, csv, omegat, tbx or anki): %w", cmd, flagValue, errUsage)
		case importing && !f.CanImport():
			return "", fmt.Errorf("%s: %s files can be exported but not imported: %w", cmd, f, errUsage)
		}
		return f, nil
	}
	if f, ok := exchange.FormatFor(name); ok {
		return f, nil
	}
	return "", fmt.Errorf("%s: cannot tell the format of %q from its name; say -format json, tsv, csv, omegat or tbx: %w", cmd, name, errUsage)
}

// readBatch imports a file ("-" is standard input).
func readBatch(name string, f exchange.Format, stdin io.Reader) (*exchange.Batch, error) {
	if name == "-" {
		return exchange.Import("standard input", stdin, f)
	}
	data, err := textfile.ReadFile(name, name, glossary.MaxFileBytes, "glossaries")
	if err != nil {
		return nil, err
	}
	return exchange.Import(name, bytes.NewReader(data), f)
}

// userFlag adds -user, whose default is the desktop app's file.
func userFlag(fs *flag.FlagSet) *string {
	return fs.String("user", "", "the user glossary (default: the desktop app's, in its Fyne storage)")
}

// userPath is the -user flag, or the desktop app's file.
func userPath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	p, err := defaultUserPath()
	if err != nil {
		return "", fmt.Errorf("cannot find the app's glossary (say -user FILE): %w", err)
	}
	return p, nil
}

// openEditor puts the user's glossary u over the built-in one.
func openEditor(u *user.File) (*user.Editor, error) {
	builtin, err := glossary.BuiltinEntries()
	if err != nil {
		return nil, fmt.Errorf("built-in glossary: %w", err)
	}
	return user.NewEditor(builtin, u), nil
}

// unreadable says that a corrupt user glossary is left alone.
func unreadable(err error) error {
	return fmt.Errorf("the user glossary cannot be read, so it is left as it is: %w", err)
}

func importCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("glossary import", flag.ContinueOnError)
	format := fs.String("format", "", "the file's format: json, tsv, csv, omegat or tbx (default: from its extension)")
	userArg := userFlag(fs)
	names, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	name, err := oneFile("glossary import", names)
	if err != nil {
		return err
	}
	f, err := formatOf("glossary import", *format, name, true)
	if err != nil {
		return err
	}
	b, err := readBatch(name, f, stdin)
	if err != nil {
		return err
	}
	path, err := userPath(*userArg)
	if err != nil {
		return err
	}
	// The merge reads the file under its lock, so that an import running
	// at the same time (or the app saving) is merged with, not written
	// over.
	var rep exchange.Report
	err = user.Update(path, func(disk *user.File) (*user.File, error) {
		ed, err := openEditor(disk)
		if err != nil {
			return nil, err
		}
		rep = exchange.Merge(ed, b)
		if rep.Added+rep.Merged == 0 {
			return nil, nil
		}
		return ed.User(), nil
	})
	var le *glossary.LineError
	switch {
	case errors.As(err, &le):
		return unreadable(le)
	case err != nil:
		return err
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "%s: %d added, %d merged, %d already there, %d rejected\n", name, rep.Added, rep.Merged, rep.Unchanged, len(rep.Rejected))
	writeRejections(&out, name, rep.Rejected)
	if rep.Added+rep.Merged > 0 {
		fmt.Fprintf(&out, "saved %s\n", path)
	}
	_, err = stdout.Write(out.Bytes())
	return err
}

func writeRejections(w io.Writer, name string, rs []exchange.Rejection) {
	for _, r := range rs {
		if r.Line > 0 {
			fmt.Fprintf(w, "  %s:%d: %s\n      %s\n", name, r.Line, r.Reason, r.Text)
		} else {
			fmt.Fprintf(w, "  %s: %s\n      %s\n", name, r.Reason, r.Text)
		}
	}
}

func exportCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("glossary export", flag.ContinueOnError)
	format := fs.String("format", "", "json, tsv, csv, omegat, tbx or anki (default: from the file's extension)")
	all := fs.Bool("all", false, "export the whole glossary, built-in entries too, not only the user's")
	userArg := userFlag(fs)
	names, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	name, err := oneFile("glossary export", names)
	if err != nil {
		return err
	}
	f, err := formatOf("glossary export", *format, name, false)
	if err != nil {
		return err
	}
	path, err := userPath(*userArg)
	if err != nil {
		return err
	}
	u, err := user.Load(path)
	if err != nil {
		return unreadable(err)
	}
	ed, err := openEditor(u)
	if err != nil {
		return err
	}
	entries := u.Entries
	if *all {
		g, err := ed.Glossary()
		if err != nil {
			return err
		}
		entries = g.Entries()
	}
	var out bytes.Buffer
	if err := exchange.Export(&out, entries, f); err != nil {
		return err
	}
	if name == "-" {
		_, err = stdout.Write(out.Bytes())
		return err
	}
	if err := os.WriteFile(name, out.Bytes(), 0o644); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "%s: %d entries (%s)\n", name, len(entries), f)
	return err
}

func validateCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("glossary validate", flag.ContinueOnError)
	format := fs.String("format", "", "json, tsv, csv, omegat or tbx (default: from the file's extension)")
	names, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	name, err := oneFile("glossary validate", names)
	if err != nil {
		return err
	}
	f, err := formatOf("glossary validate", *format, name, true)
	if err != nil {
		return err
	}
	b, err := readBatch(name, f, stdin)
	if err != nil {
		return err
	}
	problems := append(b.Rejected, exchange.Check(b)...)
	if len(problems) > 0 {
		var msg bytes.Buffer
		fmt.Fprintf(&msg, "%s: %d problems\n", name, len(problems))
		writeRejections(&msg, name, problems)
		return fmt.Errorf("%s", strings.TrimSuffix(msg.String(), "\n"))
	}
	_, err = fmt.Fprintf(stdout, "%s: %d entries, no problems\n", name, len(b.Entries))
	return err
}
