// Command pathok-cli is Pathok without a window: it annotates Bengali
// articles, queries the glossary, and moves the user's glossary in and
// out of other tools, for scripts, tests and benchmarks.
//
//	pathok-cli annotate [-format json|text|html] [-glossary FILE] [-o DIR] FILE…
//	pathok-cli glossary search [-n N] QUERY
//	pathok-cli glossary lookup WORD
//	pathok-cli glossary stats
//	pathok-cli glossary import FILE [-format F] [-user PATH]
//	pathok-cli glossary export FILE [-format F] [-all] [-user PATH]
//	pathok-cli glossary validate FILE [-format F]
//	pathok-cli library add|list|search|mentions|remove|stats …
//	pathok-cli feed add|remove|list|refresh …
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  pathok-cli annotate [-format json|text|html] [-glossary FILE] [-o DIR] FILE…   (- reads standard input)
      -format html writes one page; for several files say -o DIR (one page a file)
  pathok-cli glossary search [-n N] QUERY
  pathok-cli glossary lookup WORD
  pathok-cli glossary stats
  pathok-cli glossary import FILE [-format F] [-user PATH]
      merges FILE into the user glossary at PATH (default: the desktop app's)
  pathok-cli glossary export FILE [-format F] [-all] [-user PATH]
      writes the user's entries (-all: the whole glossary) to FILE (- for standard output)
  pathok-cli glossary validate FILE [-format F]
      parses and checks FILE; exits non-zero on any problem

  pathok-cli library add FILE|URL…        keeps articles (and pages) in the library
  pathok-cli library list [WORDS]           newest first; WORDS filter title and source
  pathok-cli library search QUERY           full text, any inflection
  pathok-cli library mentions NAME          articles naming NAME (any script)
  pathok-cli library remove ID…
  pathok-cli library stats
  pathok-cli feed add URL…                  follow RSS, Atom or JSON feeds
  pathok-cli feed remove ID|URL…
  pathok-cli feed list
  pathok-cli feed refresh                   takes new items into the library
      library and feed commands take -format text|json, -library PATH (default:
      the desktop app's), -user PATH (the glossary) and -n N

  F is json, tsv, csv, omegat (source<TAB>target<TAB>comment), tbx, or anki
  (export only); by default it follows FILE's extension: .json .tsv .csv
  .txt (omegat) .tbx .xml (tbx).
`

// errUsage makes main print the usage and exit with status 2.
var errUsage = errors.New("usage")

func main() {
	err := run(os.Args[1:], os.Stdin, os.Stdout)
	report(os.Stderr, err)
	os.Exit(exitCode(err))
}

// report writes what went wrong, and the usage after a usage error.
func report(w io.Writer, err error) {
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(w, usage)
	case errors.Is(err, errUsage):
		if err != errUsage {
			fmt.Fprintln(w, "pathok-cli:", err)
		}
		fmt.Fprint(w, usage)
	default:
		fmt.Fprintln(w, "pathok-cli:", err)
	}
}

// exitCode is 2 for a usage error, 1 for any other.
func exitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp), errors.Is(err, errUsage):
		return 2
	}
	return 1
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return errUsage
	}
	switch args[0] {
	case "annotate":
		return annotate(args[1:], stdin, stdout)
	case "glossary":
		return glossaryCmd(args[1:], stdin, stdout)
	case "library":
		return libraryCmd(args[1:], stdin, stdout)
	case "feed":
		return feedCmd(args[1:], stdout)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	return fmt.Errorf("unknown command %q: %w", args[0], errUsage)
}

// parseFlags parses a subcommand's flags, turning a bad flag into a usage
// error that names it.
func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%s: %v: %w", fs.Name(), err, errUsage)
	}
	return nil
}
