// Command pathok-cli is Pathok without a window: it annotates Bengali
// articles and queries the glossary, for scripts, tests and benchmarks.
//
//	pathok-cli annotate [-format json|text|html] [-glossary FILE] FILE…
//	pathok-cli glossary search [-n N] QUERY
//	pathok-cli glossary lookup WORD
//	pathok-cli glossary stats
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  pathok-cli annotate [-format json|text|html] [-glossary FILE] FILE…   (- reads standard input)
  pathok-cli glossary search [-n N] QUERY
  pathok-cli glossary lookup WORD
  pathok-cli glossary stats
`

// errUsage makes main print the usage and exit with status 2.
var errUsage = errors.New("usage")

func main() {
	err := run(os.Args[1:], os.Stdin, os.Stdout)
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	case errors.Is(err, errUsage):
		if err != errUsage {
			fmt.Fprintln(os.Stderr, "pathok-cli:", err)
		}
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "pathok-cli:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return errUsage
	}
	switch args[0] {
	case "annotate":
		return annotate(args[1:], stdin, stdout)
	case "glossary":
		return glossaryCmd(args[1:], stdout)
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
