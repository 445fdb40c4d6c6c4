package inmem

import (
	"context"
	"fmt"
	"slices"

	"github.com/cnplan/kg"
)

// CooperationMatrix aggregates the relations between the regions of one
// level within an optional scope, pair by pair (kg.BuildMatrix).
func (s *Store) CooperationMatrix(ctx context.Context, q kg.MatrixQuery) (*kg.Matrix, error) {
	const op = "cooperation matrix"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	if err := kg.CheckMatrixQuery(&q); err != nil {
		return nil, fmt.Errorf("inmem: %s: %w", op, err)
	}
	top, err := countLimit(op, "top", q.Top, kg.DefaultMatrixTop, kg.CapTop)
	if err != nil {
		return nil, err
	}
	maxCells, err := countLimit(op, "maxCells", q.MaxCells, kg.DefaultMaxEdges, kg.CapMaxEdges)
	if err != nil {
		return nil, err
	}
	mask, err := relationMask(op, q.RelationTypes, defaultCooperationMask())
	if err != nil {
		return nil, err
	}
	docs, err := st.docFilter(op, "", q.Time)
	if err != nil {
		return nil, err
	}
	var scope map[int32]bool
	if q.Within != "" {
		w, err := st.entity(op, "within", q.Within)
		if err != nil {
			return nil, err
		}
		if scope, err = st.within(ctx, op, w); err != nil {
			return nil, err
		}
	}
	level := entTypeIndex(q.Level)
	// The units: the entities of the level, within the scope when there is
	// one. Read from the scope or the type's index rather than from every
	// entity, so that a matrix of a small scope costs what the scope holds.
	var units []int32
	if scope != nil {
		for u := range scope {
			if st.entType[u] == level {
				units = append(units, u)
			}
		}
		slices.Sort(units)
	} else {
		units = st.byType[level]
	}
	out := &kg.Matrix{Level: q.Level, Units: []*kg.Entity{}}
	members := map[string][]string{}
	inAny := map[int32]bool{}
	for _, u := range units {
		set, err := st.within(ctx, op, u)
		if err != nil {
			return nil, err
		}
		out.Units = append(out.Units, st.ent(u))
		ids := make([]string, 0, len(set))
		for m := range set {
			ids = append(ids, st.ents[m].ID)
			inAny[m] = true
		}
		slices.Sort(ids)
		members[st.ents[u].ID] = ids
	}
	// The relations of the asked types with both ends in some unit, found
	// from the members' adjacency lists (each relation once, from its
	// source end), in id order.
	var idx []int32
	steps := 0
	for m := range inAny {
		for _, h := range st.adj[m] {
			if steps++; steps%checkEvery == 0 {
				if err := ctx.Err(); err != nil {
					return nil, ctxError(op, err)
				}
			}
			if h.out && mask&(1<<h.typ) != 0 && inAny[h.other] && st.hasEvidenceIn(h.rel, docs) {
				idx = append(idx, h.rel)
			}
		}
	}
	slices.Sort(idx)
	rels := make([]*kg.Relation, len(idx))
	for k, r := range idx {
		rels[k] = st.rel(r, docs)
	}
	out.Cells, out.Truncated = kg.BuildMatrix(members, rels, top, maxCells)
	return out, nil
}
