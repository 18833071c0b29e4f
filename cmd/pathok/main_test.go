package main

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/pathok/pathok/resources/metadata"
)

func TestWithMetadata(t *testing.T) {
	injected := fyne.AppMetadata{ID: metadata.ID(), Name: metadata.Name(), Version: metadata.Version(), Build: 7, Release: true}
	tests := []struct {
		name    string
		in      fyne.AppMetadata
		changed bool
	}{
		// A plain go build carries nothing.
		{"go build", fyne.AppMetadata{}, true},
		// Fyne's own fallback reads FyneApp.toml from the working folder,
		// which may be another project's.
		{"another app's file", fyne.AppMetadata{ID: "com.example.other", Name: "Other", Version: "9.9.9"}, true},
		// fyne package injected ours: keep it, release flag and all.
		{"fyne package", injected, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := withMetadata(tt.in)
			if changed != tt.changed {
				t.Errorf("changed = %v; want %v", changed, tt.changed)
			}
			if got.ID != metadata.ID() || got.Version != metadata.Version() || got.Name != metadata.Name() {
				t.Errorf("got %s %s %s; want %s %s %s", got.ID, got.Name, got.Version, metadata.ID(), metadata.Name(), metadata.Version())
			}
			if !changed && (got.Release != tt.in.Release || got.Build != tt.in.Build) {
				t.Errorf("injected metadata changed: got %+v; want %+v", got, tt.in)
			}
			if changed && got.Icon == nil {
				t.Error("no icon set")
			}
		})
	}
}
