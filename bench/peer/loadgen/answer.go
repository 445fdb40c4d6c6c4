package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// answer is what the agreement check compares of one response.
type answer struct {
	null      bool              // path: none found
	truncated bool              // kg said a limit cut the answer
	nodes     map[string]bool   // neighbourhood and cooperation: node ids
	edges     map[string]string // edge id -> "source>target"
	length    int               // path: number of edges
	path      []string          // path: node ids in order
	coBuilt   map[string]bool   // cooperation: ids of the things co-built
}

// parse reads a response of system kind ("kg" or "peer") to q.
func parse(q *query, kind string, raw []byte) (*answer, error) {
	var resp struct {
		Data   map[string]json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &resp); err != nil {
		return nil, fmt.Errorf("response is not JSON: %.200s", raw)
	}
	if len(resp.Errors) > 0 {
		return nil, fmt.Errorf("GraphQL error: %s", resp.Errors[0].Message)
	}
	a := &answer{nodes: map[string]bool{}, edges: map[string]string{}, coBuilt: map[string]bool{}}
	if kind == "kg" {
		return a, parseKG(q, resp.Data, a)
	}
	return a, parsePeer(q, resp.Data, a)
}

type kgEdge struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Target string `json:"target"`
}

type idOnly struct {
	ID string `json:"id"`
}

func parseKG(q *query, data map[string]json.RawMessage, a *answer) error {
	switch q.shape {
	case "neighbourhood", "cooperation":
		var v struct {
			Truncated bool     `json:"truncated"`
			Nodes     []idOnly `json:"nodes"`
			Edges     []kgEdge `json:"edges"`
			CoBuilt   []struct {
				Thing idOnly `json:"thing"`
			} `json:"coBuilt"`
		}
		if err := json.Unmarshal(data[q.shape], &v); err != nil {
			return err
		}
		a.truncated = v.Truncated
		for _, n := range v.Nodes {
			a.nodes[n.ID] = true
		}
		for _, e := range v.Edges {
			a.edges[e.ID] = e.Source + ">" + e.Target
		}
		for _, c := range v.CoBuilt {
			a.coBuilt[c.Thing.ID] = true
		}
	case "path":
		var v *struct {
			Length int      `json:"length"`
			Nodes  []idOnly `json:"nodes"`
		}
		if err := json.Unmarshal(data["shortestPath"], &v); err != nil {
			return err
		}
		if v == nil {
			a.null = true
			return nil
		}
		a.length = v.Length
		for _, n := range v.Nodes {
			a.path = append(a.path, n.ID)
		}
	}
	return nil
}

// peerEdges walks the relationship connection fields of a peer entity
// object (and, when depth > 1, of the nodes at their other ends), adding
// nodes and edges to a.
func peerEdges(obj map[string]any, depth int, a *answer) {
	id, _ := obj["id"].(string)
	a.nodes[id] = true
	for _, f := range relFields(relationTypes) {
		conn, _ := obj[f.name+"Connection"].(map[string]any)
		edges, _ := conn["edges"].([]any)
		for _, x := range edges {
			e, _ := x.(map[string]any)
			props, _ := e["properties"].(map[string]any)
			node, _ := e["node"].(map[string]any)
			eid, _ := props["id"].(string)
			other, _ := node["id"].(string)
			if f.in {
				a.edges[eid] = other + ">" + id
			} else {
				a.edges[eid] = id + ">" + other
			}
			a.nodes[other] = true
			if depth > 1 {
				peerEdges(node, depth-1, a)
			}
		}
	}
}

func parsePeer(q *query, data map[string]json.RawMessage, a *answer) error {
	switch q.shape {
	case "neighbourhood":
		var v []map[string]any
		if err := json.Unmarshal(data["entities"], &v); err != nil {
			return err
		}
		if len(v) != 1 {
			return fmt.Errorf("%d entities for one id", len(v))
		}
		peerEdges(v[0], q.hops, a)
	case "path":
		var v []struct {
			ShortestPath []string `json:"shortestPath"`
		}
		if err := json.Unmarshal(data["entities"], &v); err != nil {
			return err
		}
		if len(v) != 1 {
			return fmt.Errorf("%d entities for one id", len(v))
		}
		p := v[0].ShortestPath
		if len(p) == 0 {
			a.null = true
			return nil
		}
		// The field returns the node ids, then the edge ids: n + (n-1).
		n := (len(p) + 1) / 2
		a.length = n - 1
		a.path = p[:n]
	case "cooperation":
		var side []map[string]any
		if err := json.Unmarshal(data["sideA"], &side); err != nil {
			return err
		}
		for _, x := range side {
			sub := &answer{nodes: map[string]bool{}, edges: map[string]string{}}
			peerEdges(x, 1, sub)
			maps.Copy(a.edges, sub.edges)
		}
		for _, st := range a.edges {
			from, to, _ := strings.Cut(st, ">")
			a.nodes[from], a.nodes[to] = true, true
		}
		var cb []map[string]any
		if err := json.Unmarshal(data["coBuilt"], &cb); err != nil {
			return err
		}
		for _, x := range cb {
			id, _ := x["id"].(string)
			a.coBuilt[id] = true
		}
	}
	return nil
}

// agree compares got (from a system of kind) with ref (kg with Neo4j) and
// says how they differ, or "" when they agree as far as the two systems
// can: the peer cannot truncate, and its neighbourhood is the edges
// walked from the seed, not the subgraph induced by the nodes.
func agree(q *query, args map[string]any, ref, got *answer, kind string) string {
	switch q.shape {
	case "neighbourhood":
		if kind == "kg" {
			if ref.truncated != got.truncated || !maps.Equal(ref.nodes, got.nodes) || !maps.Equal(ref.edges, got.edges) {
				return fmt.Sprintf("%v: %d nodes %d edges (truncated %v) against %d nodes %d edges (truncated %v)",
					args, len(got.nodes), len(got.edges), got.truncated, len(ref.nodes), len(ref.edges), ref.truncated)
			}
			return ""
		}
		if ref.truncated {
			// kg kept the nearest maxNodes: they must be among the peer's.
			for n := range ref.nodes {
				if !got.nodes[n] {
					return fmt.Sprintf("%v: kg's node %s (of a truncated answer) missing", args, n)
				}
			}
			return ""
		}
		if d := setDiff(ref.nodes, got.nodes); d != "" {
			return fmt.Sprintf("%v: nodes differ: %s", args, d)
		}
		// The peer walks every edge with an end nearer than hops; kg also
		// returns the edges between two nodes at the last hop.
		dist := distances(args["id"].(string), ref.edges)
		want := map[string]string{}
		for id, st := range ref.edges {
			from, to, _ := strings.Cut(st, ">")
			if min(dist[from], dist[to]) < q.hops {
				want[id] = st
			}
		}
		if !maps.Equal(want, got.edges) {
			return fmt.Sprintf("%v: edges differ: %s", args, setDiff(keys(want), keys(got.edges)))
		}
	case "path":
		if ref.null != got.null || ref.length != got.length {
			return fmt.Sprintf("%v: path null=%v length %d against null=%v length %d", args, got.null, got.length, ref.null, ref.length)
		}
		if kind == "kg" && !slices.Equal(ref.path, got.path) {
			return fmt.Sprintf("%v: path %v against %v", args, got.path, ref.path)
		}
	case "cooperation":
		if kind == "kg" && ref.truncated != got.truncated {
			return fmt.Sprintf("%v: truncated %v against %v", args, got.truncated, ref.truncated)
		}
		if ref.truncated {
			return ""
		}
		if d := setDiff(keys(ref.edges), keys(got.edges)); d != "" {
			return fmt.Sprintf("%v: edges differ: %s", args, d)
		}
		if d := setDiff(ref.coBuilt, got.coBuilt); d != "" {
			return fmt.Sprintf("%v: coBuilt differs: %s", args, d)
		}
	}
	return ""
}

// distances is the number of edges from seed to every node over edges
// (either direction), breadth first.
func distances(seed string, edges map[string]string) map[string]int {
	adj := map[string][]string{}
	for _, st := range edges {
		from, to, _ := strings.Cut(st, ">")
		adj[from] = append(adj[from], to)
		adj[to] = append(adj[to], from)
	}
	dist := map[string]int{seed: 0}
	queue := []string{seed}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range adj[n] {
			if _, ok := dist[m]; !ok {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
	return dist
}

func keys[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// setDiff describes how got differs from want, or "" when equal.
func setDiff(want, got map[string]bool) string {
	var missing, extra []string
	for k := range want {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	for k := range got {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	if len(missing)+len(extra) == 0 {
		return ""
	}
	slices.Sort(missing)
	slices.Sort(extra)
	return fmt.Sprintf("%d missing %v, %d extra %v", len(missing), head(missing), len(extra), head(extra))
}

func head(s []string) []string { return s[:min(len(s), 3)] }
