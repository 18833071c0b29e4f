package glossary

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

// AnnotateContext gives the same marks as Annotate, and gives up with the
// context's error once it is done.
func TestAnnotateContext(t *testing.T) {
	g := testGlossary(t)
	for _, tc := range []struct {
		name, text string
	}{
		// a short name read by the full name earlier in another paragraph
		{"short name after full, across paragraphs", "সের্গেই ল্যাভরভ মস্কোয় ছিলেন।\n\nপরে ল্যাভরভের দপ্তর জানায়, ১২ শতাংশ বেড়েছে।"},
		{"empty", ""},
		{"figures only", "২০২৫ সালের ৫ মার্চ"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := g.Annotate(tc.text)
			got, err := g.AnnotateContext(context.Background(), tc.text)
			if err != nil {
				t.Fatalf("got error %v; want none", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %+v; want %+v (as Annotate)", got, want)
			}
		})
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got, err := g.AnnotateContext(ctx, "সের্গেই ল্যাভরভ মস্কোয় ছিলেন।")
	if !errors.Is(err, context.Canceled) || got != nil {
		t.Errorf("cancelled: got %v, %v; want nil, context.Canceled", got, err)
	}
	// A cancelled call leaves the pooled scratch memory fit for the next.
	if a := g.Annotate("মস্কোর পথে"); len(a.Spans) != 1 || a.Spans[0].Gloss != "Moscow" {
		t.Errorf("after a cancelled call: got %+v; want one span glossed Moscow", a.Spans)
	}
}
