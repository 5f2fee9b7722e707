"""Times NetworkX's betweenness centrality on an edge list read from stdin ("n" on the first line, then "u v").
Prints the seconds as JSON. Used by tools/bench as the reference peer."""
import json
import sys
import time

import networkx as nx

lines = sys.stdin.read().split("\n")
G = nx.Graph()
G.add_nodes_from(range(int(lines[0])))
G.add_edges_from(tuple(map(int, line.split())) for line in lines[1:] if line.strip())
start = time.perf_counter()
nx.betweenness_centrality(G)
print(json.dumps({"seconds": time.perf_counter() - start, "networkx": nx.__version__}))
