package glossary

import "testing"

func TestEntryInts(t *testing.T) {
	var m entryInts
	m.reset(4)
	if _, ok := m.get(2); ok {
		t.Errorf("get(2) on a fresh map: found; want nothing")
	}
	m.set(2, 7)
	if v, ok := m.get(2); !ok || v != 7 {
		t.Errorf("get(2) = %d, %v; want 7, true", v, ok)
	}
	// A reset empties it, for the next article.
	m.reset(4)
	if _, ok := m.get(2); ok {
		t.Errorf("get(2) after reset: found; want nothing")
	}
	// A larger glossary grows it.
	m.reset(10)
	m.set(9, 1)
	if v, ok := m.get(9); !ok || v != 1 {
		t.Errorf("get(9) = %d, %v; want 1, true", v, ok)
	}
	// When the generation wraps, nothing set before looks current.
	m.set(3, 5)
	m.gen = ^uint32(0)
	m.stamp[3] = 1
	m.reset(10)
	if _, ok := m.get(3); ok {
		t.Errorf("get(3) after the generation wrapped: found; want nothing")
	}
}
