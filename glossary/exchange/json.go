package exchange

import (
	"io"

	"github.com/pathok/pathok/glossary"
	"github.com/pathok/pathok/glossary/user"
)

// readJSON reads our user glossary JSON (user.File). Its hidden ids are not imported:
// what to hide is the reader's own choice, not a termbase's.
func readJSON(name, text string) ([]row, error) {
	data := []byte(text)
	u, err := user.ParseJSON(name, data)
	if err != nil {
		return nil, err
	}
	lines := user.EntryLines(data)
	rows := make([]row, len(u.Entries))
	for i, e := range u.Entries {
		rows[i] = row{entry: e}
		if i < len(lines) {
			rows[i].line = lines[i]
		}
	}
	return rows, nil
}

func writeJSON(w io.Writer, entries []*glossary.Entry) error {
	data, err := (&user.File{Version: user.FormatVersion, Entries: entries}).Marshal()
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}
