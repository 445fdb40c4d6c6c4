package graph

import (
	"sync"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/gazetteer"
	"github.com/cnplan/kg/graph/model"
)

// gazetteerOnce loads the embedded gazetteer the first time a position is
// asked for, not at start-up: the positions are the only thing the API takes
// from it, and the store holds everything else. It is immutable afterwards,
// so shared by every request.
var gazetteerOnce = sync.OnceValues(gazetteer.Load)

// regionPosition returns the gazetteer's point of a province, city or county
// entity, nil for other entities and for regions without one.
func regionPosition(e *kg.Entity) (*model.Position, error) {
	switch e.Type {
	case kg.Province, kg.City, kg.County:
	default:
		return nil, nil
	}
	if e.Code == "" {
		return nil, nil
	}
	g, err := gazetteerOnce()
	if err != nil {
		return nil, err
	}
	p, ok := g.Position(e.Code)
	if !ok {
		return nil, nil
	}
	return &model.Position{Lng: p.Lng, Lat: p.Lat}, nil
}
