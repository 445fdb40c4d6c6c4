package gazetteer

import (
	"fmt"
	"strconv"
)

// Position is a point of a region: the longitude (east) and latitude
// (north) in degrees of its seat of government as the source gives it.
// The source's points are those of Chinese web maps (GCJ-02, off WGS-84 by a
// few hundred metres), close enough to draw a region, not to survey it.
type Position struct {
	Lng, Lat float64
}

// positionCols is the column count of positions.tsv of positions.tsv: code, lng, lat, match,
// source_code, source_name (see data/SOURCE.md).
const positionCols = 6

func (g *Gazetteer) loadPositions() error {
	if g.decodePositions() {
		return nil
	}
	rs, err := rows("positions.tsv", positionCols)
	if err != nil {
		return err
	}
	g.positions = make([]Position, len(g.regions))
	for i, f := range rs {
		j := g.byCode.find(f[0])
		if j < 0 {
			return fmt.Errorf("gazetteer: positions.tsv line %d: unknown region %s", i+2, f[0])
		}
		lng, err1 := parseCoord(f[1])
		lat, err2 := parseCoord(f[2])
		// China lies within 73-136E, 3-54N; anything else is a corrupt row.
		if err1 != nil || err2 != nil || lng < 73 || lng > 136 || lat < 3 || lat > 54 {
			return fmt.Errorf("gazetteer: positions.tsv line %d: bad position %q %q", i+2, f[1], f[2])
		}
		if g.positions[j].Lng != 0 {
			return fmt.Errorf("gazetteer: positions.tsv: duplicate code %s", f[0])
		}
		g.positions[j] = Position{Lng: lng, Lat: lat}
	}
	return nil
}

// parseCoord is strconv.ParseFloat(s, 64) for the plain decimals of
// positions.tsv (116.407394): at most 15 digits and one point are read as
// their digits over a power of ten. Both are exact in a float64, so the
// one division is correctly rounded, as ParseFloat's result is (Clinger's
// fast path), and the bits are the same. Anything else goes to
// ParseFloat, which cost 600 instructions a number here (TestParseCoord).
func parseCoord(s string) (float64, error) {
	var m uint64
	digits, frac, point := 0, 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			m = m*10 + uint64(c-'0')
			digits++
			if point {
				frac++
			}
		case c == '.' && !point:
			point = true
		default:
			return strconv.ParseFloat(s, 64)
		}
	}
	if digits == 0 || digits > 15 {
		return strconv.ParseFloat(s, 64)
	}
	p := 1.0
	for range frac {
		p *= 10 // exact: 10^15 < 2^53
	}
	return float64(m) / p, nil
}

// Position returns the point of the region with the GB/T 2260 code, false
// when the region is unknown or the source has no point for it (26 county-
// level divisions made by merging or splitting since the source's data,
// such as 杭州's 临平区; see data/SOURCE.md).
func (g *Gazetteer) Position(code string) (Position, bool) {
	i := g.byCode.find(code)
	if i < 0 {
		return Position{}, false
	}
	p := g.loadedPositions()[i]
	return p, p.Lng != 0 // (0 is no longitude of China's)
}

// loadedPositions is g.positions, read at the first call.
func (g *Gazetteer) loadedPositions() []Position {
	g.positionsOnce.Do(func() { g.positionsErr = g.loadPositions() })
	if g.positionsErr != nil {
		panic(g.positionsErr)
	}
	return g.positions
}
