package user

import (
	"reflect"

	"github.com/pathok/pathok/glossary"
)

// Rebase lays the changes mine made since base over theirs, the file as
// another program left it: what only one side changed is kept, and where
// both changed the same entry (or the same hidden id) mine wins. Entries
// keep mine's order; those theirs added come after them, in their order.
// taken counts the entries and hidden ids that came from theirs;
// overruled names (by English headword) the entries both changed, each
// its own way, where mine won: the reader should hear of them.
//
// The three files are not changed; the result may share their entries.
func Rebase(base, mine, theirs *File) (merged *File, taken int, overruled []string) {
	baseE, theirE := byID(base.Entries), byID(theirs.Entries)
	mineE := byID(mine.Entries)
	merged = &File{Version: FormatVersion}
	for _, e := range mine.Entries {
		b, inBase := baseE[e.ID]
		t, inTheirs := theirE[e.ID]
		switch {
		case inBase && sameEntry(b, e) && !inTheirs:
			taken++ // they deleted it; we did not touch it
		case inBase && sameEntry(b, e) && !sameEntry(t, e):
			merged.Entries = append(merged.Entries, t)
			taken++
		default:
			merged.Entries = append(merged.Entries, e)
			weChanged := !inBase || !sameEntry(b, e)
			theyChanged := inBase && (!inTheirs || !sameEntry(b, t)) || !inBase && inTheirs
			if weChanged && theyChanged && !(inTheirs && sameEntry(t, e)) {
				overruled = append(overruled, e.EnglishHeadword())
			}
		}
	}
	for _, t := range theirs.Entries {
		if _, ok := mineE[t.ID]; ok {
			continue
		}
		if b, inBase := baseE[t.ID]; inBase {
			if !sameEntry(b, t) {
				overruled = append(overruled, t.EnglishHeadword()) // we deleted what they changed
			}
			continue // we deleted it, which wins even if they changed it
		}
		merged.Entries = append(merged.Entries, t)
		taken++
	}

	baseH, mineH, theirH := set(base.Hidden), set(mine.Hidden), set(theirs.Hidden)
	for _, id := range mine.Hidden {
		if baseH[id] && !theirH[id] {
			taken++ // they showed it again
			continue
		}
		merged.Hidden = append(merged.Hidden, id)
	}
	for _, id := range theirs.Hidden {
		if !mineH[id] && !baseH[id] {
			merged.Hidden = append(merged.Hidden, id)
			taken++
		}
	}
	return merged, taken, overruled
}

func byID(es []*glossary.Entry) map[string]*glossary.Entry {
	m := make(map[string]*glossary.Entry, len(es))
	for _, e := range es {
		m[e.ID] = e
	}
	return m
}

func set(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// sameEntry compares entries as the file holds them (Origin is not saved).
func sameEntry(a, b *glossary.Entry) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	// Clone makes empty lists nil on both sides.
	x, y := a.Clone(), b.Clone()
	x.Origin, y.Origin = "", ""
	return reflect.DeepEqual(x, y)
}
