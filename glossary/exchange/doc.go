// Package exchange moves the user's glossary in and out of the tools
// readers and translators already use: our JSON, the TSV of the built-in
// glossary, CSV, OmegaT glossaries, TBX termbases, and Anki decks.
//
// Import parses a whole file before anything changes: a malformed file
// (bad XML, a wrong number of columns, text that is not UTF-8 or UTF-16
// with a byte-order mark, no header) is an error that names the line, and
// rows that parse but fail glossary.Validate come back as Rejections.
// Merge then lays the batch over an Editor as one undo step.
//
// What each format carries:
//
//   - json: everything (the user.File format; hidden ids are not imported).
//   - tsv, csv: every field, in the columns of resources/glossary/README.md,
//     found by their header names; lists are joined with "|". Only bengali
//     and english columns are required on import; an empty kind is other,
//     an empty country ZZ, an empty id is made up on merge.
//   - omegat: Bengali source, English target and the English note as the
//     comment, one line per Bengali form; consecutive lines with the same
//     target and comment are one entry. A line whose source is English and
//     target Bengali (an English→Bengali glossary) is read the other way.
//   - tbx: TBX (ISO 30042) as martif/text/body/termEntry/langSet/tig/term;
//     TBX v3 tbx/…/conceptEntry/langSec/termSec/term is read too. Bengali
//     forms go in langSet bn, English in en, the native form in the
//     language of the country (ru, uk, be, ko; und when unknown), Hanja in
//     ko-Hani. Short forms are termType shortForm, demonyms partOfSpeech
//     adjective, the romanisation termType romanizedForm, notes
//     <descrip type="definition"> in bn and en (a <note> is read too).
//     What TBX has no data category for travels in x-pathok-… types:
//     <admin type="x-pathok-kind|x-pathok-country|x-pathok-as-of">,
//     <termNote type="x-pathok-field">native|russian|korean</termNote> and
//     <termNote type="x-pathok-default">yes</termNote> on the "!" short form.
//   - anki: export only, a deck of notes (Bengali front, English back).
package exchange
