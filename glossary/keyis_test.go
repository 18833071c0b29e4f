package glossary

import (
	"testing"

	"github.com/pathok/pathok/glossary/bangla"
)

// textKey builds the key keyIs compares without building: the test
// checks the two agree.
func textKey(t *bangla.Text, toks []bangla.Token, i int, lastTok int, cut int32) string {
	var key []rune
	for k := i; k <= lastTok; k++ {
		end := toks[k].End
		if k == lastTok {
			end = cut
		}
		key = append(key, t.Runes[toks[k].Start:end]...)
	}
	return string(key)
}

func TestKeyIs(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		lastTok  int
		cutRunes int // runes of the last token kept; -1 for all
		key      string
		want     bool
	}{
		// one word, whole or with its ending cut off
		{"whole word", "লাভরভ", 0, -1, "লাভরভ", true},
		{"ending cut", "লাভরভের", 0, 5, "লাভরভ", true},
		{"ending kept", "লাভরভের", 0, -1, "লাভরভ", false},
		{"key longer than the text", "লাভ", 0, -1, "লাভরভ", false},
		{"one letter differs", "ল্যাভরভ", 0, -1, "লাভরভ", false},
		// word breaks drop out of the key
		{"two words", "কিম জং-উন", 2, -1, "কিমজংউন", true},
		{"two words, the second cut", "কিম জংয়ের", 1, 2, "কিমজং", true},
		{"the space is not in the key", "কিম জং", 1, -1, "কিম জং", false},
		// scripts
		{"Latin", "DPRK", 0, -1, "DPRK", true},
		{"case matters", "Dprk", 0, -1, "DPRK", false},
		{"empty key", "কিম", 0, 0, "", true},
	}
	for _, tt := range tests {
		tx := bangla.Normalize(tt.text)
		toks := bangla.Tokenize(tx.Runes, nil)
		cut := toks[tt.lastTok].End
		if tt.cutRunes >= 0 {
			cut = toks[tt.lastTok].Start + int32(tt.cutRunes)
		}
		key := bangla.NormalizeString(tt.key)
		if got := keyIs(tx, toks, 0, tt.lastTok, cut, key); got != tt.want {
			t.Errorf("%s: keyIs(%q, %q) = %v; want %v", tt.name, tt.text, tt.key, got, tt.want)
		}
		if got := textKey(tx, toks, 0, tt.lastTok, cut) == key; got != tt.want {
			t.Errorf("%s: textKey(%q) == %q is %v; want %v", tt.name, tt.text, tt.key, got, tt.want)
		}
	}
}
