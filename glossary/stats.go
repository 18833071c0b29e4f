package glossary

// Stats counts a glossary for `pathok-cli glossary stats`.
type Stats struct {
	Entries                                int
	BengaliForms, ShortForms, EnglishForms int
	ByKind, ByCountry, ByOrigin            map[string]int
	// WithField counts the entries that fill each optional field.
	WithField map[string]int
}

// StatsOf counts entries.
func StatsOf(entries []*Entry) Stats {
	st := Stats{
		Entries:   len(entries),
		ByKind:    map[string]int{},
		ByCountry: map[string]int{},
		ByOrigin:  map[string]int{},
		WithField: map[string]int{},
	}
	for _, e := range entries {
		st.BengaliForms += len(e.Bengali)
		st.ShortForms += len(e.Short)
		st.EnglishForms += len(e.English)
		st.ByKind[string(e.Kind)]++
		st.ByCountry[e.Country]++
		st.ByOrigin[e.Origin]++
		for field, set := range map[string]bool{
			"variants": len(e.Bengali) > 1, "short": len(e.Short) > 0, "aliases": len(e.English) > 1,
			"native": e.Native != "", "hanja": e.Hanja != "", "roman": e.Roman != "",
			"note_en": e.NoteEN != "", "note_bn": e.NoteBN != "", "as_of": e.AsOf != "",
			"demonym": len(e.DemonymBN) > 0,
		} {
			if set {
				st.WithField[field]++
			}
		}
	}
	return st
}
