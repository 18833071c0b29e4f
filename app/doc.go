// Package app is Pathok's desktop UI, built with Fyne.
//
// The window is a mainScreen: an articleView that draws the engine's spans
// over the text it lays out itself (RichText has no per-segment hover or
// background), a hover card, and a glossary pane with search. The UI never
// parses text: every highlight, gloss and count comes from package
// glossary, and every file goes through glossary/page.Decode.
//
// Work that can take longer than a frame (reading, decoding, annotating,
// rebuilding the glossary) runs off the UI goroutine and is applied with
// fyne.Do; the screen counts it in a WaitGroup so that tests can wait for
// it instead of sleeping.
package app
