package gazetteer

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "write index.bin again (go generate ./gazetteer)")

// parsed is a gazetteer with regions.tsv and groups.tsv parsed, never
// decoded from index.bin.
func parsed(t *testing.T) *Gazetteer {
	t.Helper()
	saved := prebuiltIndex
	prebuiltIndex = ""
	defer func() { prebuiltIndex = saved }()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestPrebuiltIndex checks that index.bin is the encoding of what Load
// parses out of the embedded files (it fails when a file changed and
// index.bin was not made again: go generate ./gazetteer), and that the
// gazetteer decoded from it is the parsed one: the same regions, groups,
// lookups and lists in the same order.
func TestPrebuiltIndex(t *testing.T) {
	p := parsed(t)
	b, err := p.encodeIndex(namesDigest())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("index.bin", b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote index.bin (%d bytes)", len(b))
		return
	}
	if !bytes.Equal(b, []byte(prebuiltIndex)) {
		t.Fatal("index.bin is stale: run go generate ./gazetteer")
	}
	g := &Gazetteer{}
	if !g.decodeIndex(namesDigest()) {
		t.Fatal("index.bin does not decode")
	}
	if g.decodeIndex(namesDigest() + 1) {
		t.Error("index.bin decodes for another digest")
	}
	if len(g.regions) != len(p.regions) || len(g.groups) != len(p.groups) {
		t.Fatalf("%d regions, %d groups decoded, want %d, %d", len(g.regions), len(g.groups), len(p.regions), len(p.groups))
	}
	pos := map[*Region]int{}
	for i, r := range p.regions {
		pos[r] = i
	}
	same := func(a, b []*Region) bool { // the same regions by position
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != g.regions[pos[b[i]]] {
				return false
			}
		}
		return true
	}
	for i, r := range g.regions {
		q := p.regions[i]
		a, b := *r, *q
		a.up, b.up, a.children, b.children = nil, nil, nil, nil
		if !reflect.DeepEqual(a, b) {
			t.Errorf("region %d: %+v, parsed %+v", i, a, b)
		}
		if (r.up == nil) != (q.up == nil) || r.up != nil && r.up != g.regions[pos[q.up]] {
			t.Errorf("region %s: parent differs", r.Code)
		}
		if !same(r.children, q.children) {
			t.Errorf("region %s: children differ", r.Code)
		}
		if x, ok := g.byCode.one(r.Code); !ok || x != r {
			t.Errorf("byCode %s", r.Code)
		}
	}
	if g.byCode.slots != p.byCode.slots || !reflect.DeepEqual(g.byCode.nums, p.byCode.nums) {
		t.Error("byCode differs")
	}
	for _, m := range []struct{ a, b index[*Region] }{{g.byName, p.byName}, {g.byShort, p.byShort}} {
		if !reflect.DeepEqual(m.a.keys, m.b.keys) || !reflect.DeepEqual(m.a.start, m.b.start) || m.a.slots != m.b.slots {
			t.Error("byName or byShort differs")
		}
		for _, k := range m.b.keys {
			if !same(m.a.get(k), m.b.get(k)) {
				t.Errorf("key %s: regions differ", k)
			}
		}
	}
	for i, gr := range g.groups {
		if !reflect.DeepEqual(*gr, *p.groups[i]) {
			t.Errorf("group %d: %+v, parsed %+v", i, *gr, *p.groups[i])
		}
	}
	if !reflect.DeepEqual(g.byGroup.keys, p.byGroup.keys) || g.byGroup.slots != p.byGroup.slots {
		t.Error("byGroup differs")
	}
	// the files read at first use: decoded, and equal to the parsed ones
	g.lazyIndex = prebuiltIndex[len(prebuiltIndex)-len(load(t).lazyIndex):]
	if !g.decodePositions() || !g.decodeRegionTowns() {
		t.Fatal("positions or region towns do not decode")
	}
	if !reflect.DeepEqual(g.positions, p.loadedPositions()) {
		t.Error("positions differ")
	}
	if !reflect.DeepEqual(g.regionTowns, p.loadedRegionTowns()) {
		t.Error("region towns differ")
	}
	for _, k := range p.byGroup.keys {
		a, _ := g.byGroup.one(k)
		b, _ := p.byGroup.one(k)
		if a.Name != b.Name {
			t.Errorf("group key %s: %s, parsed %s", k, a.Name, b.Name)
		}
	}
}

// TestIndexLookups checks the tables against a scan of their keys: every
// key found at its place, and keys that are none not found.
func TestIndexLookups(t *testing.T) {
	g := load(t)
	for i, r := range g.regions {
		if g.byCode.get(r.Code) != g.regions[i] || g.byCode.has(r.Code[:5]) || g.byCode.has(r.Code+"0") {
			t.Errorf("byCode %s", r.Code)
		}
	}
	for _, k := range []string{"", "11000a", "-10000", "999999", "000000", "1100000"} {
		if g.byCode.has(k) {
			t.Errorf("byCode has %q", k)
		}
	}
	for _, x := range []index[*Region]{g.byName, g.byShort} {
		seen := map[string]bool{}
		for j, k := range x.keys {
			if seen[k] {
				t.Errorf("key %s twice", k)
			}
			seen[k] = true
			if x.find(k) != j {
				t.Errorf("key %s at %d, found at %d", k, j, x.find(k))
			}
			for _, s := range []string{k + "x", "x" + k, k[:len(k)-1]} {
				if !seen[s] && x.find(s) >= 0 && x.keys[x.find(s)] != s {
					t.Errorf("%q found as %q", s, x.keys[x.find(s)])
				}
			}
		}
	}
	if g.byName.has("不存在市") || g.byGroup.has("") {
		t.Error("a key that is none found")
	}
	var empty index[*Region]
	if empty.has("x") || empty.get("x") != nil {
		t.Error("the empty index has keys")
	}
}
