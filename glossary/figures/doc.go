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
// or begins a known figure word, so ordinary prose costs one table lookup
// per word.
package figures
