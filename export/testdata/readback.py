"""Reads an export back with networkx's parsers and prints a JSON summary.

usage: python3 readback.py graphml|gexf|cytoscape FILE

Used by export_test.go: networkx is a maintained reader of all three
formats (read_graphml, read_gexf with version 1.3, cytoscape_graph).
"""
import json
import sys

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    g = nx.read_graphml(path)
elif fmt == "gexf":
    g = nx.read_gexf(path, version="1.3")
elif fmt == "cytoscape":
    with open(path, encoding="utf-8") as f:
        g = nx.cytoscape_graph(json.load(f))
else:
    sys.exit("unknown format " + fmt)

nodes = {str(n): {k: v for k, v in d.items() if isinstance(v, (str, int, float, bool))} for n, d in g.nodes(data=True)}
edges = []
for e in g.edges(data=True):
    u, v, d = e
    item = {"source": str(u), "target": str(v)}
    for k, val in d.items():
        if isinstance(val, (str, int, float, bool)):
            item[k] = val
        elif k == "spells":
            item[k] = [list(s) for s in val]
    edges.append(item)
print(json.dumps({"nx": nx.__version__, "directed": g.is_directed(), "nodes": nodes, "edges": edges}, ensure_ascii=False))
