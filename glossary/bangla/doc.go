// Package bangla knows the Bengali script well enough to match names in
// real news text: it normalises text for matching while remembering where
// every character came from, splits text into tokens, strips inflectional
// endings, and folds spelling variants to a common key.
//
// Nothing here changes what the reader sees. Normalised text is only ever
// compared; offsets handed back to callers always point into the original.
package bangla
