#!/usr/bin/python3
"""Reference values for Bosam's robustness to missing answers, computed independently of the C++ core.

Re-run:
    apt-get install -y --no-install-recommends python3-networkx python3-numpy   # Debian 12, as root
    /usr/bin/python3 tools/robustness_reference.py

It rewrites every tests/fixtures/robustness/*.json and nothing else; tests/core/test_sna_robustness_reference.cpp
reads them. The definitions (docs/analysis.md, "Robustness to missing answers") are written out here once more,
from the text, not from the C++:

- reconstruction: for every person asked in the wave who has not answered (v), and every arc u -> v reported by
  someone who answered (u), the arc v -> u with u's frequency is added unless v reported v -> u; then
  minFrequency and reciprocated apply as to any report, and D and G are built as always (the larger report of a
  pair weighs the edge of G). reconstructedTies = the arcs of D that were added.
- the comparison, per measure: the observed and the reconstructed value; per person: Spearman's rank correlation
  (Pearson's r of the ranks, tied values sharing their average rank; none when either side has no variance),
  how many people's values differ (by more than 1e-9 of the larger value, or of 1), and the largest absolute
  changes.

NetworkX computes the measures (betweenness normalised, closeness with the Wasserman-Faust correction, the
components); NumPy the correlation, from ranks this script assigns itself. When Rscript is installed, R's
cor(method = "spearman") computes each correlation once more, and the script asserts that both agree to 1e-12.
Output is deterministic (seeded; keys sorted; floats rounded to 10 significant digits).
"""

import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

import networkx as nx
import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "robustness")
SEED = 20260517
CASES = [{}, {"reciprocated": True}, {"minFrequency": 2}, {"reciprocated": True, "minFrequency": 2}]
PERSON_MEASURES = ["inDegree", "outDegree", "degree", "betweenness", "closeness"]
NETWORK_MEASURES = ["ties", "edges", "density", "reciprocity", "transitivity", "components", "largestComponent"]


def clean(x):
    """Floats to 10 significant digits (-0.0 as 0.0), recursively."""
    if isinstance(x, (bool, str)) or x is None or isinstance(x, int):
        return x
    if isinstance(x, (float, numpy.floating)):
        x = float(x)
        assert math.isfinite(x), x
        r = float("%.10g" % x)
        return 0.0 if r == 0 else r
    if isinstance(x, numpy.integer):
        return int(x)
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    raise TypeError("cannot write %r" % (x,))


# ----------------------------------------------------------------------------------------------------------------
# The definitions
# ----------------------------------------------------------------------------------------------------------------

def status(project, wave):
    """actor id -> 'answered' | 'missing' for those asked in the wave (answered if any record says so)."""
    out = {}
    for r in project["respondents"]:
        if r["waveId"] != wave:
            continue
        if r["responded"]:
            out[r["actorId"]] = "answered"
        else:
            out.setdefault(r["actorId"], "missing")
    return out


def reported(project, wave):
    """(from, to) -> the larger frequency reported, self-ties left out."""
    arcs = {}
    for t in project["ties"]:
        if t["waveId"] == wave and t["from"] != t["to"]:
            key = (t["from"], t["to"])
            arcs[key] = max(arcs.get(key, 0), t["frequency"])
    return arcs


def graphs(project, options, reconstruct):
    wave = project["waves"][-1]["id"]
    min_f = options.get("minFrequency", 1)
    arcs = reported(project, wave)
    added = set()
    if reconstruct:
        who = status(project, wave)
        for (u, v), f in list(arcs.items()):
            if who.get(u) == "answered" and who.get(v) == "missing" and (v, u) not in arcs:
                added.add((v, u))
        for (v, u) in added:
            arcs[(v, u)] = arcs[(u, v)]
    kept = {k: f for k, f in arcs.items() if f >= min_f}
    if options.get("reciprocated"):
        kept = {(u, v): f for (u, v), f in kept.items() if (v, u) in kept}
    D, G = nx.DiGraph(), nx.Graph()
    for a in project["actors"]:
        D.add_node(a["id"])
        G.add_node(a["id"])
    for (u, v), f in kept.items():
        D.add_edge(u, v, weight=f)
        G.add_edge(u, v, weight=max(f, kept.get((v, u), 0)))
    return D, G, sum(1 for k in added if k in kept)


def measures(D, G):
    n = D.number_of_nodes()
    mutual = sum(1 for u, v in D.edges() if D.has_edge(v, u))
    comps = list(nx.connected_components(G))
    network = {
        "ties": D.number_of_edges(),
        "edges": G.number_of_edges(),
        "density": D.number_of_edges() / (n * (n - 1)) if n >= 2 else None,
        "reciprocity": mutual / D.number_of_edges() if D.number_of_edges() else None,
        "transitivity": nx.transitivity(G),
        "components": len(comps),
        "largestComponent": max((len(c) for c in comps), default=0),
    }
    btw = nx.betweenness_centrality(G, normalized=True)
    clo = nx.closeness_centrality(G)  # wf_improved=True: Wasserman-Faust
    people = {
        v: {"inDegree": D.in_degree(v), "outDegree": D.out_degree(v), "degree": G.degree(v),
            "betweenness": btw[v], "closeness": clo[v]}
        for v in D.nodes()
    }
    return network, people


def average_ranks(x):
    """1-based ranks; tied values share the average of the ranks they span."""
    order = sorted(range(len(x)), key=lambda i: x[i])
    ranks = [0.0] * len(x)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and x[order[j + 1]] == x[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return ranks


def spearman(x, y):
    if len(x) < 2:
        return None
    rx, ry = numpy.array(average_ranks(x)), numpy.array(average_ranks(y))
    if rx.std() == 0 or ry.std() == 0:
        return None
    return float(numpy.corrcoef(rx, ry)[0, 1])


def differs(x, y):
    return abs(x - y) > 1e-9 * max(1.0, abs(x), abs(y))


def r_spearman(pairs):
    """R's cor(method = "spearman") for each (x, y), or None per pair without Rscript."""
    if not shutil.which("Rscript"):
        return [None] * len(pairs)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.json")
        lines = [" ".join(repr(float(v)) for v in x) + "\n" + " ".join(repr(float(v)) for v in y) for x, y in pairs]
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
        script = ("l <- readLines('%s'); for (i in seq(1, length(l), 2)) { x <- as.numeric(strsplit(l[i], ' ')[[1]]);"
                  " y <- as.numeric(strsplit(l[i + 1], ' ')[[1]]);"
                  " r <- suppressWarnings(cor(x, y, method = 'spearman')); cat(sprintf('%%.17g\\n', r)) }" % path)
        out = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True, check=True).stdout.split()
    return [None if s in ("NA", "NaN") else float(s) for s in out]


def case(project, options):
    D0, G0, _ = graphs(project, options, False)
    D1, G1, added = graphs(project, options, True)
    net0, people0 = measures(D0, G0)
    net1, people1 = measures(D1, G1)
    order = [a["id"] for a in project["actors"]]
    who = status(project, project["waves"][-1]["id"])
    people = {}
    pairs = []
    for m in PERSON_MEASURES:
        x = [people0[v][m] for v in order]
        y = [people1[v][m] for v in order]
        changes = sorted((abs(b - a) for a, b in zip(x, y) if differs(a, b)), reverse=True)
        people[m] = {"rankCorrelation": spearman(x, y), "changed": len(changes), "largestChanges": changes[:5],
                     "values": {v: [people0[v][m], people1[v][m]] for v in order}}
        pairs.append((x, y))
    for (m, (x, y)), r in zip(zip(PERSON_MEASURES, pairs), r_spearman(pairs)):
        if r is not None or shutil.which("Rscript"):
            mine = people[m]["rankCorrelation"]
            assert (r is None) == (mine is None), (m, r, mine)
            assert r is None or abs(r - mine) <= 1e-12, (m, r, mine)
    return {"options": options,
            "expected": {"nonRespondents": sum(1 for s in who.values() if s == "missing"),
                         "reconstructedTies": added,
                         "network": {m: [net0[m], net1[m]] for m in NETWORK_MEASURES},
                         "people": people}}


# ----------------------------------------------------------------------------------------------------------------
# Networks
# ----------------------------------------------------------------------------------------------------------------

def karate_missing():
    """Zachary's karate club, each tie reported by both sides (the second report one step weaker a third of the
    time), with every fifth member asked and not answering: their own reports are gone."""
    rng = random.Random(SEED)
    G = nx.karate_club_graph()
    ids = ["k%02d" % (v + 1) for v in G.nodes()]
    missing = {ids[v] for v in G.nodes() if v % 5 == 4}
    ties = []
    for u, v in sorted(G.edges()):
        f = rng.randint(1, 4)
        g = max(1, f - 1) if rng.random() < 1 / 3 else f
        for a, b, freq in ((ids[u], ids[v], f), (ids[v], ids[u], g)):
            if a not in missing:
                ties.append({"from": a, "to": b, "waveId": "w-1", "frequency": freq, "types": ["information"]})
    clubs = {v: G.nodes[v]["club"] for v in G.nodes()}
    return {
        "format": "bosam-project", "schemaVersion": 1, "id": "robustness-karate",
        "municipality": {"name": "Karate (reconstruction)", "number": "0000"},
        "units": [{"id": "u-hi", "name": "Mr. Hi", "external": False},
                  {"id": "u-officer", "name": "Officer", "external": False}],
        "actors": [{"id": ids[v], "name": "Member %d" % (v + 1),
                    "unitId": "u-hi" if clubs[v] == "Mr. Hi" else "u-officer"} for v in G.nodes()],
        "targetGroups": [], "functions": [], "assignments": [],
        "waves": [{"id": "w-1", "label": "Kartlegging", "date": "2026-01-01"}],
        "respondents": [{"actorId": a, "waveId": "w-1", "responded": a not in missing} for a in ids],
        "ties": ties,
    }


def from_sna_fixture(name):
    with open(os.path.join(ROOT, "tests", "fixtures", "sna", name)) as f:
        return json.load(f)["project"]


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    networks = [
        ("karate-missing", "Zachary's karate club reported by both sides, every fifth member not answering",
         karate_missing()),
        ("random-directed", "tests/fixtures/sna/random-directed.json's project: 40 people, 4 not answering",
         from_sna_fixture("random-directed.json")),
    ]
    for name, description, project in networks:
        doc = {"name": name, "description": description, "project": project,
               "reference": {"networkx": nx.__version__, "numpy": numpy.__version__,
                             "rSpearman": bool(shutil.which("Rscript"))},
               "cases": [case(project, o) for o in CASES]}
        path = os.path.join(OUT_DIR, name + ".json")
        with open(path, "w") as f:
            json.dump(clean(doc), f, indent=1, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    sys.exit(main())
