package exchange

import (
	"fmt"
	"io"

	"github.com/pathok/pathok/glossary"
)

// Export writes entries in format f. The file is built whole before the
// first byte is written, so a failure writes nothing.
func Export(w io.Writer, entries []*glossary.Entry, f Format) error {
	switch f {
	case JSON:
		return writeJSON(w, entries)
	case TSV:
		return writeTSV(w, entries)
	case CSV:
		return writeCSV(w, entries)
	case OmegaT:
		return writeOmegaT(w, entries)
	case TBX:
		return writeTBX(w, entries)
	case Anki:
		return ExportAnki(w, entries)
	}
	return fmt.Errorf("unknown format %q", f)
}
