// Package figures finds the figures in normalised Bengali news text:
// numbers written in digits or words, money, percentages, dates in the
// Gregorian and the Bangladesh Bengali calendar, clock times, ranges and
// durations. Each comes back with an English gloss and a normalised value.
//
// Bengali writes the same figure many ways (৬,০০০, ছয় হাজার, ৬ হাজার),
// inflects number words and units (হাজারেরও, জনকে, সেপ্টেম্বরেই) and
// uses some number words as ordinary words (এক as "a", নয় as "is not").
// Find therefore reads a figure as a short phrase of tokens: optional
// qualifier, the number, optional unit, optional trailing qualifier. A
// word only becomes a token worth reading when its first rune is a digit
// or begins a known figure word, so most words of ordinary prose cost a
// table lookup or two on their first letters and a scan to their end.
//
// Values follow shared/eval/FORMAT.md: durations are ISO 8601 (P3Y,
// PT2H40M), dates without a year --MM-DD, a month of a year YYYY-MM, and
// ranges A/B. Two-digit years (৭১ সালে, '৭১) are read in the nearer
// century: 00–40 as 2000–2040, 41–99 as 1941–1999. টাকা is the taka in
// Bangladesh and the rupee in West Bengal; FindWith decides per article
// (Options.Taka) and says in the gloss when it read rupees.
package figures
