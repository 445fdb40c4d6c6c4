package gazetteer

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// km is the great-circle distance between two points.
func km(a, b Position) float64 {
	const r = 6371.0
	la1, la2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dl := (b.Lng - a.Lng) * math.Pi / 180
	c := math.Sin(la1)*math.Sin(la2) + math.Cos(la1)*math.Cos(la2)*math.Cos(dl)
	return r * math.Acos(math.Min(1, c))
}

func TestPosition(t *testing.T) {
	g := load(t)
	tests := []struct {
		name     string
		code     string
		lng, lat float64 // expected seat, to 0.2 degrees
	}{
		{"南昌市", "360100", 115.9, 28.7},
		{"萍乡市", "360300", 113.9, 27.6},
		{"乌鲁木齐市", "650100", 87.6, 43.8},
		{"江西省 at its capital", "360000", 115.9, 28.7},
		{"上栗县", "360322", 113.8, 27.9},
		{"北京市 东城区", "110101", 116.4, 39.9},
		{"香港", "810000", 114.2, 22.3},
		// Recoded since the source's data: 赣县 360721 became 赣县区 360704.
		{"赣县区 (recoded)", "360704", 115.0, 25.9},
		// Moved to another prefecture: 公主岭 from 四平 (220381) to 长春.
		{"公主岭市 (moved)", "220184", 124.8, 43.5},
		// From the successor table: 郫县 -> 郫都区.
		{"郫都区 (successor)", "510117", 103.9, 30.8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := g.Position(tc.code)
			if !ok {
				t.Fatalf("Position(%s): none", tc.code)
			}
			if math.Abs(p.Lng-tc.lng) > 0.2 || math.Abs(p.Lat-tc.lat) > 0.2 {
				t.Errorf("Position(%s) = %.3fE %.3fN, want about %.1fE %.1fN", tc.code, p.Lng, p.Lat, tc.lng, tc.lat)
			}
		})
	}
	for _, code := range []string{"330113", "999999", ""} { // 临平区: made in 2021, not in the source
		if p, ok := g.Position(code); ok {
			t.Errorf("Position(%q) = %v, want none", code, p)
		}
	}
}

// TestPositionCoverage pins the coverage reported in data/SOURCE.md: every
// province and prefecture, all but 31 county-level divisions.
func TestPositionCoverage(t *testing.T) {
	g := load(t)
	with, all := map[Level]int{}, map[Level]int{}
	for _, r := range g.Regions() {
		all[r.Level]++
		if _, ok := g.Position(r.Code); ok {
			with[r.Level]++
		}
	}
	for _, lv := range []Level{Province, City} {
		if with[lv] != all[lv] {
			t.Errorf("%s: %d of %d with a position, want all", lv, with[lv], all[lv])
		}
	}
	if missing := all[County] - with[County]; missing != 31 {
		t.Errorf("county: %d of %d without a position, want 31 (see data/SOURCE.md)", missing, all[County])
	}
}

// TestPositionNearParent catches a point matched to the wrong division: a
// county lies within 600 km of its prefecture's seat (三沙's districts,
// islands far out at sea, excepted; the large western prefectures need
// that much), a prefecture within 1,200 km of its
// province's.
func TestPositionNearParent(t *testing.T) {
	g := load(t)
	for _, r := range g.Regions() {
		p, ok := g.Position(r.Code)
		if !ok || r.Parent == "" || r.Parent == "460300" {
			continue
		}
		parent, _ := g.Region(r.Parent)
		q, ok := g.Position(r.Parent)
		if !ok {
			t.Errorf("%s %s has a position, its parent %s none", r.Code, r.Name, r.Parent)
			continue
		}
		limit := 1200.0
		if r.Level == County && parent.Level == City {
			limit = 600 // 额济纳旗 is 525 km from 阿拉善盟's seat
		}
		if d := km(p, q); d > limit {
			t.Errorf("%s %s is %.0f km from its parent %s, more than %.0f", r.Code, r.Name, d, parent.Name, limit)
		}
	}
}

// TestParseCoord compares parseCoord with strconv.ParseFloat, bit for bit
// and error for error, over every number of positions.tsv, odd forms and
// random decimals of up to 17 digits.
func TestParseCoord(t *testing.T) {
	check := func(s string) {
		t.Helper()
		got, err := parseCoord(s)
		want, werr := strconv.ParseFloat(s, 64)
		if (err != nil) != (werr != nil) || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("parseCoord(%q) = %v, %v; ParseFloat: %v, %v", s, got, err, want, werr)
		}
	}
	rs, err := rows("positions.tsv", positionCols)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rs {
		check(f[1])
		check(f[2])
	}
	for _, s := range []string{"", ".", "0", "0.", ".5", "1.", "-1.5", "+2", "1e3", "1.2.3", "inf", "NaN", "0x1p3", "1_0",
		"000000000000000.5", "999999999999999", "9999999999999999", "0.000000000000001", "123456789012345.6", " 1"} {
		check(s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		n := 1 + rng.IntN(17)
		b := make([]byte, 0, n+1)
		point := rng.IntN(n + 1)
		for i := range n {
			if i == point {
				b = append(b, '.')
			}
			b = append(b, byte('0'+rng.IntN(10)))
		}
		check(string(b))
	}
}
