package bangla

import "unicode"

// Script says what a token is made of.
type Script uint8

const (
	Bengali Script = iota + 1
	Latin
	Digits
)

// Token is a run of word characters in normalised text: [Start, End) are
// rune offsets into Text.Runes.
type Token struct {
	Start, End int32
	Script     Script
	// Hash is FNV-1a of the token's runes (see HashRunes), taken while
	// the runes pass by: the matcher looks every word up by it, and
	// hashing there read each word a second time.
	Hash uint32
}

// FNV-1a, over runes rather than bytes.
const (
	fnvBasis = 2166136261
	fnvPrime = 16777619
)

// HashRunes is the Hash Tokenize gives a token of these runes.
func HashRunes(w []rune) uint32 {
	h := uint32(fnvBasis)
	for _, r := range w {
		h = (h ^ uint32(r)) * fnvPrime
	}
	return h
}

// Len is the token's length in runes.
func (t Token) Len() int { return int(t.End - t.Start) }

// ScriptOf classifies one rune; 0 means it is not a word character.
func ScriptOf(r rune) Script {
	if r >= 0 && r < rune(len(scriptTable)) {
		return scriptTable[r]
	}
	return scriptBySwitch(r)
}

// scriptTable holds ScriptOf for every code point up to the end of the
// Bengali block: nearly every letter of an article, read with one load
// instead of a chain of range tests.
var scriptTable = func() (t [0x0a00]Script) {
	for r := range t {
		t[r] = scriptBySwitch(rune(r))
	}
	return t
}()

func scriptBySwitch(r rune) Script {
	switch {
	case r >= '০' && r <= '৯', r >= '0' && r <= '9':
		return Digits
	case r >= 0x0980 && r <= 0x09ff:
		return Bengali
	case r < 0x80:
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return Latin
		}
		return 0
	case r >= 0x00c0 && r <= 0x024f && unicode.IsLetter(r):
		return Latin
	case unicode.IsMark(r):
		return Bengali // a stray combining mark stays with its word
	}
	return 0
}

// Tokenize splits normalised runes into word tokens. A change of script
// starts a new token, so glued text such as "DPRKর" still yields the name.
func Tokenize(runes []rune, dst []Token) []Token {
	dst = dst[:0]
	start := -1
	var cur Script
	var h uint32
	for i, r := range runes {
		s := ScriptOf(r)
		if s != 0 && s == cur {
			h = (h ^ uint32(r)) * fnvPrime
			continue
		}
		if start >= 0 && (s == 0 || s != cur) {
			dst = append(dst, Token{int32(start), int32(i), cur, h})
			start = -1
		}
		cur = s
		if s != 0 {
			start = i
			h = (fnvBasis ^ uint32(r)) * fnvPrime
		}
	}
	if start >= 0 {
		dst = append(dst, Token{int32(start), int32(len(runes)), cur, h})
	}
	return dst
}

// Joiner says what separates two adjacent tokens.
type Joiner uint8

const (
	Apart  Joiner = iota // punctuation, a line break, or nothing to join
	Space                // spaces or tabs only
	Hyphen               // a hyphen, perhaps with spaces around it
	Glued                // nothing: a change of script inside one word
)

// Between classifies the runes between two tokens.
func Between(runes []rune, from, to int32) Joiner {
	if from == to {
		return Glued
	}
	j := Space
	for _, r := range runes[from:to] {
		switch r {
		case ' ', '\t':
		case '-':
			if j == Hyphen {
				return Apart
			}
			j = Hyphen
		default:
			return Apart
		}
	}
	return j
}
