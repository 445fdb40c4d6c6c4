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
	out := &kg.Matrix{Level: q.Level, Units: []*kg.Entity{}}
	members := map[string][]string{}
	inAny := map[int32]bool{}
	for i := range st.ents {
		u := int32(i)
		if st.entType[u] != level || (scope != nil && !scope[u]) {
			continue
		}
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
	// The relations of the asked types with both ends in some unit.
	var rels []*kg.Relation
	for i := range st.rels {
		r := int32(i)
		if mask&(1<<st.relType[r]) == 0 || !inAny[st.relFrom[r]] || !inAny[st.relTo[r]] || !st.hasEvidenceIn(r, docs) {
			continue
		}
		rels = append(rels, st.rel(r, docs))
	}
	out.Cells, out.Truncated = kg.BuildMatrix(members, rels, top, maxCells)
	return out, nil
}
