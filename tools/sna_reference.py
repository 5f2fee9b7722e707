#!/usr/bin/python3
"""Golden values for Bosam's SNA engine, computed independently with NetworkX (and python3-igraph).

Re-run:
    apt-get install -y python3-networkx python3-scipy python3-igraph   # Debian 12, as root
    /usr/bin/python3 tools/sna_reference.py

It regenerates every fixture in tests/fixtures/sna/ (one JSON file per network) and nothing else. Run it from
anywhere; paths are taken relative to this file. The output is deterministic: running it twice gives identical
files, so a diff shows exactly which golden values changed and why.

Reference versions used for the committed fixtures (Debian 12 packages, for /usr/bin/python3 3.11.2):
    networkx 2.8.8 (python3-networkx 2.8.8-1)
    igraph   0.10.2 (python3-igraph 0.10.2-1+b1)
    scipy    1.10.1 (python3-scipy 1.10.1-2; NetworkX's pagerank uses it), numpy 1.24.2
Each fixture records the versions that produced it under "reference". The script refuses to run with other
versions unless --any-version is given (then it still records what it used).

Do not use the default `python3` here: that one has the pip NetworkX 3.6 without SciPy, so pagerank fails.

The analysis contract (docs/measures.md) is encoded once, below, in plain functions:
    build_graphs()      which ties make D (directed) and G (undirected)
    node_measures()     per actor
    network_measures()  whole network
    unit_measures()     per formal unit
    bridge_list(), community_values(), partition_agreement()
Weighted path measures run NetworkX's algorithms on exact rational distances (fractions.Fraction(1, frequency)),
so ties in path length are never decided by float rounding (see path_graph()); where plain float distances would
give another value, the fixture's description says so. Every value is cross-checked before it is written,
against igraph or a direct implementation of the formula (cross_check_igraph()), so a fixture is never written
from a single unchecked computation. A failed check stops the script with an AssertionError.

Output format: 2-space indent, keys sorted, floats rounded to 10 significant digits, NaN written as null.
"""

import json
import math
import os
import random
import sys
from fractions import Fraction

import igraph as ig
import networkx as nx
import numpy
import scipy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "tests", "fixtures", "sna"))

EXPECTED_VERSIONS = {"networkx": "2.8.8", "igraph": "0.10.2", "scipy": "1.10.1"}
REFERENCE = {"networkx": nx.__version__, "igraph": ig.__version__, "scipy": scipy.__version__}

DEFAULT_OPTIONS = {"waveId": "w-1", "weighted": False, "reciprocated": False, "minFrequency": 1}
LOUVAIN_SEED = 42


# ----------------------------------------------------------------------------------------------------------------
# Output helpers
# ----------------------------------------------------------------------------------------------------------------

def clean(x):
    """Rounds floats to 10 significant digits, NaN/inf -> None, recursively. A float of magnitude below 1e-13
    is rounding noise in these measures (igraph's ARI of two unrelated partitions comes out as 1.9e-16) and is
    written as 0.0; -0.0 is written as 0.0."""
    if isinstance(x, bool) or x is None or isinstance(x, str):
        return x
    if isinstance(x, int):
        return x
    if isinstance(x, (float, Fraction, numpy.floating)):
        x = float(x)
        if math.isnan(x) or math.isinf(x):
            return None
        r = float("%.10g" % x)
        return 0.0 if abs(r) < 1e-13 else r
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    raise TypeError("cannot write %r" % (x,))


def real(x):
    """A measure that is a real number is written as a float (0.0, not 0), whatever type NetworkX returned."""
    return None if x is None else float(x)


def close(a, b, rel=1e-9, abs_=1e-12):
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= max(abs_, rel * max(abs(a), abs(b)))


def check_close(what, a, b, rel=1e-9, abs_=1e-12):
    assert close(a, b, rel, abs_), "cross-check failed: %s: %r vs %r" % (what, a, b)


# ----------------------------------------------------------------------------------------------------------------
# Projects (docs/project-file.md)
# ----------------------------------------------------------------------------------------------------------------

def make_project(pid, title, units, actors, ties, waves=None, respondents=None, not_responded=()):
    """A complete bosam-project document.

    units:  [(unitId, name)]; actors: [(actorId, name, unitId)];
    ties:   [(from, to, frequency)] in wave w-1, or (from, to, frequency, waveId).
    respondents: default is every actor asked in every wave, responded true except those in not_responded.
    """
    if waves is None:
        waves = [{"id": "w-1", "label": "Kartlegging 2026", "date": "2026-01-01"}]
    if respondents is None:
        respondents = [{"actorId": a[0], "waveId": w["id"], "responded": a[0] not in not_responded}
                       for w in waves for a in actors]
    tie_docs = []
    for t in ties:
        f, to, freq = t[0], t[1], t[2]
        wave = t[3] if len(t) > 3 else "w-1"
        assert isinstance(freq, int) and 1 <= freq <= 4, t
        tie_docs.append({"from": f, "to": to, "waveId": wave, "frequency": freq, "types": ["information"]})
    project = {
        "format": "bosam-project",
        "schemaVersion": 1,
        "id": pid,
        "municipality": {"name": title, "number": "0000"},
        "units": [{"id": u, "name": n, "external": False} for u, n in units],
        "actors": [{"id": a, "name": n, "unitId": u} for a, n, u in actors],
        "targetGroups": [],
        "functions": [],
        "assignments": [],
        "waves": waves,
        "respondents": respondents,
        "ties": tie_docs,
    }
    check_project(project)
    return project


def check_project(p):
    """The parts of docs/project-file.md these fixtures rely on: unique ids, resolving references, frequencies 1-4."""
    for key in ("units", "actors", "waves"):
        ids = [x["id"] for x in p[key]]
        assert len(ids) == len(set(ids)), "duplicate id in %s" % key
    units = {u["id"] for u in p["units"]}
    actors = {a["id"] for a in p["actors"]}
    waves = {w["id"] for w in p["waves"]}
    assert all(a["unitId"] in units for a in p["actors"])
    for r in p["respondents"]:
        assert r["actorId"] in actors and r["waveId"] in waves and isinstance(r["responded"], bool)
    for t in p["ties"]:
        assert t["from"] in actors and t["to"] in actors and t["waveId"] in waves
        assert isinstance(t["frequency"], int) and 1 <= t["frequency"] <= 4


# ----------------------------------------------------------------------------------------------------------------
# The contract: graphs
# ----------------------------------------------------------------------------------------------------------------

def build_graphs(project, options):
    """D and G for one wave and one set of options.

    - Vertices: every actor (isolates included), in the order of `actors`.
    - D: an arc from->to for each tie in the wave with frequency >= minFrequency; self-ties are dropped; a pair
      reported twice (same direction) keeps the larger frequency. Arc weight = frequency.
    - G: an edge u-v if u->v or v->u is in D; weight = the larger of the two reports.
    - reciprocated: only pairs where both arcs exist are kept, in D as well as in G.
    Every edge carries weight (the frequency, an int) and distance = 1/weight (a float) for weighted path measures.
    """
    wave, min_f = options["waveId"], options["minFrequency"]
    arcs = {}  # (from, to) -> frequency, in first-reported order
    for t in project["ties"]:
        if t["waveId"] != wave or t["frequency"] < min_f or t["from"] == t["to"]:
            continue
        key = (t["from"], t["to"])
        arcs[key] = max(arcs.get(key, 0), t["frequency"])
    if options["reciprocated"]:
        arcs = {(u, v): f for (u, v), f in arcs.items() if (v, u) in arcs}

    D = nx.DiGraph()
    G = nx.Graph()
    for a in project["actors"]:
        D.add_node(a["id"])
        G.add_node(a["id"])
    for (u, v), f in arcs.items():
        D.add_edge(u, v, weight=f, distance=1.0 / f)
        w = max(f, arcs.get((v, u), 0))
        G.add_edge(u, v, weight=w, distance=1.0 / w)
    return D, G


def largest_component(G, order):
    """The largest connected component of G; ties go to the component holding the earliest actor in `actors`."""
    best, seen = set(), set()
    for v in order:
        if v in seen:
            continue
        comp = nx.node_connected_component(G, v)
        seen |= comp
        if len(comp) > len(best):
            best = comp
    return best


def exact_graph(G):
    """A copy of G whose distances are exact rationals (Fraction(1, weight))."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes())
    for u, v, d in G.edges(data=True):
        H.add_edge(u, v, weight=d["weight"], distance=Fraction(1, d["weight"]))
    return H


def path_graph(G, weighted):
    """The graph the path measures (betweenness, closeness, harmonic, diameter, averagePathLength) run on.

    Weighted: G with exact rational distances 1/frequency. NetworkX's Dijkstra compares path lengths with ==, so
    with float distances a tie such as 1/3 + 1/3 + 1/3 against 1, or 1/4 + 1/3 against 1/3 + 1/4, can be decided
    by rounding in the last bit (this changes betweenness in the weighted karate case). With Fractions every
    tie is a tie: the values are what exact arithmetic gives, and agree with igraph, which compares with a
    tolerance. A C++ implementation gets the same with integer distances 12/frequency (12, 6, 4, 3) or with a
    relative tolerance when comparing path lengths.
    """
    return exact_graph(G) if weighted else G


# ----------------------------------------------------------------------------------------------------------------
# The contract: measures
# ----------------------------------------------------------------------------------------------------------------

def eigenvector_or_none(G, weight, notes, **kw):
    """nx.eigenvector_centrality with NetworkX's defaults (max_iter=100, tol=1e-06).

    None when G has no edges: the measure is undefined there (every eigenvalue of A is 0). NetworkX does not
    raise in that case; its shifted iteration on A+I returns 1/sqrt(n) for every vertex, an artefact we do not
    adopt. None as well if NetworkX fails to converge.
    """
    if G.number_of_edges() == 0:
        notes.add("eigenvector is null for every actor: G has no edges, so eigenvector centrality is undefined "
                  "(NetworkX would return 1/sqrt(n) for each, an artefact of its iteration on A+I)")
        return None
    try:
        return nx.eigenvector_centrality(G, weight=weight, **kw)
    except nx.PowerIterationFailedConvergence:
        notes.add("eigenvector is null: NetworkX's power iteration did not converge in 100 iterations")
        return None


def node_measures(D, G, weighted, notes):
    """Per-actor measures. Unweighted: weight=None everywhere. Weighted: path measures use distance = 1/weight;
    eigenvector, pagerank, clustering, constraint, effectiveSize use weight; degree stays a count."""
    w = "weight" if weighted else None
    dist = "distance" if weighted else None
    P = path_graph(G, weighted)
    betweenness = nx.betweenness_centrality(P, normalized=True, weight=dist)
    closeness = nx.closeness_centrality(P, distance=dist)  # wf_improved=True (Wasserman-Faust)
    harmonic = nx.harmonic_centrality(P, distance=dist)  # raw sum of 1/d
    eigen = eigenvector_or_none(G, w, notes)
    pagerank = nx.pagerank(D, alpha=0.85, weight=w)
    clustering = nx.clustering(G, weight=w)
    core = nx.core_number(G)
    constraint = nx.constraint(G, weight=w)  # NaN for isolates
    eff = nx.effective_size(G, weight=w)  # NaN for isolates
    if any(G.degree(v) == 0 for v in G):
        notes.add("constraint and effectiveSize are null for isolates (NetworkX returns NaN: Burt's measures "
                  "need at least one contact)")
    art = set(nx.articulation_points(G))
    nodes = {}
    for v in G.nodes():
        nodes[v] = {
            "inDegree": D.in_degree(v),
            "outDegree": D.out_degree(v),
            "degree": G.degree(v),
            "strength": G.degree(v, weight="weight"),
            "betweenness": real(betweenness[v]),
            "closeness": real(closeness[v]),
            "harmonic": real(harmonic[v]),
            "eigenvector": None if eigen is None else real(eigen[v]),
            "pagerank": real(pagerank[v]),
            "clustering": real(clustering[v]),
            "coreNumber": core[v],
            "constraint": real(constraint[v]),
            "effectiveSize": real(eff[v]),
            "articulationPoint": v in art,
        }
    return nodes


def freeman_degree_centralization(G):
    """sum(max deg - deg_i) / ((n-1)(n-2)) on G; None if n < 3."""
    n = G.number_of_nodes()
    if n < 3:
        return None
    deg = [d for _, d in G.degree()]
    return sum(max(deg) - d for d in deg) / ((n - 1) * (n - 2))


def freeman_betweenness_centralization(betweenness):
    """sum(max b - b_i) / (n-1) over the normalised betweenness; None if n < 3."""
    n = len(betweenness)
    if n < 3:
        return None
    b = list(betweenness.values())
    return sum(max(b) - x for x in b) / (n - 1)


def ei_index(external, internal):
    """Krackhardt's E-I index (E - I) / (E + I); None when there is no tie at all."""
    if external + internal == 0:
        return None
    return (external - internal) / (external + internal)


def response_rate(project, wave):
    """responded / asked among the wave's respondents entries; None if nobody was asked."""
    asked = [r for r in project["respondents"] if r["waveId"] == wave]
    if not asked:
        return None
    return sum(1 for r in asked if r["responded"]) / len(asked)


def network_measures(project, options, D, G, nodes, notes):
    weighted = options["weighted"]
    n = G.number_of_nodes()
    order = [a["id"] for a in project["actors"]]
    unit_of = {a["id"]: a["unitId"] for a in project["actors"]}

    density = nx.density(D) if n >= 2 else None
    if n < 2:
        notes.add("density is null: fewer than 2 actors")
    if D.number_of_edges() > 0:
        reciprocity = nx.reciprocity(D)
    else:
        reciprocity = None
        notes.add("reciprocity is null: D has no arcs (NetworkX raises 'Not defined for empty graphs')")

    comps = list(nx.connected_components(G))
    big = largest_component(G, order)
    if len(big) >= 2:
        sub = path_graph(G, weighted).subgraph(big)
        if weighted:
            lengths = dict(nx.all_pairs_dijkstra_path_length(sub, weight="distance"))
            diameter = max(max(d.values()) for d in lengths.values())
            apl = nx.average_shortest_path_length(sub, weight="distance")
        else:
            diameter = nx.diameter(sub)
            apl = nx.average_shortest_path_length(sub)
    else:
        diameter = apl = None
        notes.add("diameter and averagePathLength are null: the largest component has fewer than 2 actors")

    # averageClustering is the mean of the nodes' clustering values as reported (so weighted when weighted).
    avg_clustering = nx.average_clustering(G, weight="weight" if weighted else None) if n > 0 else None

    external = sum(1 for u, v in G.edges() if unit_of[u] != unit_of[v])
    internal = G.number_of_edges() - external
    ei = ei_index(external, internal)
    if ei is None:
        notes.add("eiIndex is null: G has no edges")
    rr = response_rate(project, options["waveId"])
    if rr is None:
        notes.add("responseRate is null: nobody is listed in respondents for this wave")
    if n < 3:
        notes.add("degreeCentralization and betweennessCentralization are null: fewer than 3 actors")

    return {
        "nodes": n,
        "ties": D.number_of_edges(),
        "density": real(density),
        "reciprocity": real(reciprocity),
        "transitivity": real(nx.transitivity(G)),
        "averageClustering": real(avg_clustering),
        "components": len(comps),
        "largestComponent": len(big),
        "diameter": real(diameter) if weighted else diameter,  # hops (an int) unless weighted
        "averagePathLength": real(apl),
        "degreeCentralization": real(freeman_degree_centralization(G)),
        "betweennessCentralization": real(freeman_betweenness_centralization(
            {v: nodes[v]["betweenness"] for v in nodes})),
        "eiIndex": real(ei),
        "responseRate": real(rr),
    }


def unit_measures(project, G):
    """For every unit: members, internal/external G edges, internal density (None if < 2 members), E-I index."""
    unit_of = {a["id"]: a["unitId"] for a in project["actors"]}
    out = {}
    for u in project["units"]:
        uid = u["id"]
        k = sum(1 for a in project["actors"] if a["unitId"] == uid)
        internal = sum(1 for a, b in G.edges() if unit_of[a] == uid and unit_of[b] == uid)
        external = sum(1 for a, b in G.edges() if (unit_of[a] == uid) != (unit_of[b] == uid))
        out[uid] = {
            "members": k,
            "internalTies": internal,
            "externalTies": external,
            "internalDensity": real(internal / (k * (k - 1) / 2)) if k >= 2 else None,
            "eiIndex": real(ei_index(external, internal)),
        }
    return out


def bridge_list(G):
    return sorted(sorted([u, v]) for u, v in nx.bridges(G))


def louvain(G, weighted):
    """NetworkX Louvain at seed 42 and its modularity; None when G has no edges (modularity is 0/0)."""
    w = "weight" if weighted else None
    if G.number_of_edges() == 0:
        return None, None
    comms = nx.community.louvain_communities(G, weight=w, seed=LOUVAIN_SEED)
    return comms, nx.community.modularity(G, comms, weight=w)


def membership(order, comms):
    """Community sets -> a label per actor (in actor order), numbered by first appearance."""
    label_of = {}
    for c in comms:
        for v in c:
            label_of[v] = c
    numbers, labels = {}, []
    for v in order:
        key = id(label_of[v])
        numbers.setdefault(key, len(numbers))
        labels.append(numbers[key])
    return labels


def community_values(project, G, weighted, notes):
    order = [a["id"] for a in project["actors"]]
    comms, q = louvain(G, weighted)
    if comms is None:
        notes.add("louvainModularity is null: G has no edges, so modularity is undefined (NetworkX raises "
                  "ZeroDivisionError)")
        return {"louvainModularity": None, "louvainSeed": LOUVAIN_SEED, "louvainCount": None,
                "louvainMembership": None}, None
    labels = membership(order, comms)
    return {"louvainModularity": real(q), "louvainSeed": LOUVAIN_SEED, "louvainCount": len(comms),
            "louvainMembership": labels}, labels


def partition_agreement(a, b):
    """NMI (Danon et al.: 2 I(A;B) / (H(A) + H(B))) and adjusted Rand index (Hubert-Arabie), from igraph."""
    nmi = ig.compare_communities(a, b, method="nmi")
    ari = ig.compare_communities(a, b, method="adjusted_rand")
    check_close("nmi", nmi, own_nmi(a, b))
    check_close("ari", ari, own_ari(a, b))
    return real(nmi), real(ari)


def own_nmi(a, b):
    """Independent re-computation of igraph's NMI, for the cross-check."""
    n = len(a)
    from collections import Counter
    ca, cb, cab = Counter(a), Counter(b), Counter(zip(a, b))
    h = lambda c: -sum(x / n * math.log(x / n) for x in c.values())
    mi = sum(x / n * math.log((x / n) / (ca[i] / n * cb[j] / n)) for (i, j), x in cab.items())
    ha, hb = h(ca), h(cb)
    return 1.0 if ha + hb == 0 else 2 * mi / (ha + hb)


def own_ari(a, b):
    from collections import Counter
    c2 = lambda x: x * (x - 1) / 2
    n = len(a)
    index = sum(c2(x) for x in Counter(zip(a, b)).values())
    sa = sum(c2(x) for x in Counter(a).values())
    sb = sum(c2(x) for x in Counter(b).values())
    expected = sa * sb / c2(n)
    mx = (sa + sb) / 2
    return 1.0 if mx == expected else (index - expected) / (mx - expected)


# ----------------------------------------------------------------------------------------------------------------
# Cross-checks (nothing here is written; a failure stops the script)
# ----------------------------------------------------------------------------------------------------------------

def float_rounding_differences(G, nodes, weighted, order):
    """Where NetworkX with plain float distances (1.0 / frequency) would give other path values than the exact
    ones written here. Not an error: reported in the fixture's description so nobody "fixes" the fixture back
    to the float values."""
    if not weighted:
        return []
    b = nx.betweenness_centrality(G, normalized=True, weight="distance")
    c = nx.closeness_centrality(G, distance="distance")
    h = nx.harmonic_centrality(G, distance="distance")
    diffs = []
    for v in order:
        for key, val in (("betweenness", b[v]), ("closeness", c[v]), ("harmonic", h[v])):
            if not close(nodes[v][key], val):
                diffs.append("weighted %s of %s is %.10g with exact distances; NetworkX with float distances "
                             "gives %.10g (a path-length tie decided by rounding)" % (key, v, nodes[v][key], val))
    return diffs


def to_igraph(nxg, order):
    index = {v: i for i, v in enumerate(order)}
    g = ig.Graph(n=len(order), directed=nxg.is_directed())
    edges = list(nxg.edges(data=True))
    g.add_edges([(index[u], index[v]) for u, v, _ in edges])
    g.es["weight"] = [d["weight"] for _, _, d in edges]
    g.es["distance"] = [d["distance"] for _, _, d in edges]
    return g


def own_weighted_clustering(G, u):
    """Onnela et al.'s weighted clustering, as NetworkX defines it: the geometric mean of the three edge weights,
    each divided by the largest weight in G, summed over the triangles at u, divided by deg(u)(deg(u)-1)/2."""
    k = G.degree(u)
    if k < 2:
        return 0.0
    top = max(d["weight"] for _, _, d in G.edges(data=True))
    nb = list(G[u])
    total = 0.0
    for i in range(len(nb)):
        for j in range(i + 1, len(nb)):
            v, x = nb[i], nb[j]
            if G.has_edge(v, x):
                total += (G[u][v]["weight"] * G[u][x]["weight"] * G[v][x]["weight"] / top ** 3) ** (1 / 3)
    return total / (k * (k - 1) / 2)


def own_effective_size(G, u, weighted):
    """Burt's effective size, written out: sum over contacts v of 1 - sum_{w != v} p_uw m_vw, with p_uw = w_uw /
    sum_x w_ux and m_vw = w_vw / max_x w_vx (all weights 1 when unweighted)."""
    wt = (lambda a, b: G[a][b]["weight"] if G.has_edge(a, b) else 0) if weighted else \
        (lambda a, b: 1 if G.has_edge(a, b) else 0)
    nb = list(G[u])
    if not nb:
        return float("nan")
    total_u = sum(wt(u, x) for x in nb)
    size = 0.0
    for v in nb:
        top_v = max(wt(v, x) for x in G[v])
        size += 1 - sum(wt(u, w) / total_u * wt(v, w) / top_v for w in nb if w != v)
    return size


def cross_check_igraph(D, G, nodes, network, bridges, weighted, order, pr_precision, ev_precision):
    n = len(order)
    g, d = to_igraph(G, order), to_igraph(D, order)
    dist = "distance" if weighted else None
    w = "weight" if weighted else None
    if g.ecount() == 0:  # igraph rejects empty weight vectors in some calls
        dist = w = None
    scale = (n - 1) * (n - 2) / 2 if n > 2 else None
    bt = g.betweenness(weights=dist)
    hc = g.harmonic_centrality(weights=dist, normalized=False)
    cl = g.closeness(weights=dist, normalized=True)
    comp_size = {v: len(c) for c in g.connected_components() for v in c}
    pr = d.pagerank(damping=0.85, weights=w, directed=True)
    core = g.coreness()
    for i, v in enumerate(order):
        x = nodes[v]
        check_close("igraph betweenness %s" % v, x["betweenness"], bt[i] / scale if scale else 0.0)
        check_close("igraph harmonic %s" % v, x["harmonic"], hc[i])
        r = comp_size[i]
        expect_cl = 0.0 if r <= 1 or n <= 1 else cl[i] * (r - 1) / (n - 1)  # Wasserman-Faust from igraph's
        check_close("igraph closeness %s" % v, x["closeness"], expect_cl)
        check_close("igraph pagerank %s" % v, x["pagerank"], pr[i], rel=0, abs_=max(10 * pr_precision, 1e-9))
        assert x["coreNumber"] == core[i], "igraph coreness %s" % v
        check_close("own effective size %s" % v, x["effectiveSize"], own_effective_size(G, v, weighted))
        if not weighted:
            lc = g.transitivity_local_undirected(vertices=[i], mode="zero")[0]
            check_close("igraph clustering %s" % v, x["clustering"], lc)
        else:
            check_close("own weighted clustering %s" % v, x["clustering"], own_weighted_clustering(G, v))
        if x["degree"] > 0:
            check_close("igraph constraint %s" % v, x["constraint"], g.constraint(vertices=[i], weights=w)[0])
    if network["components"] == 1 and g.ecount() and ev_precision is not None:
        ev = g.eigenvector_centrality(weights=w, scale=True)
        norm = math.sqrt(sum(e * e for e in ev))
        for i, v in enumerate(order):
            check_close("igraph eigenvector %s" % v, nodes[v]["eigenvector"], ev[i] / norm, rel=0,
                        abs_=ev_precision + 1e-8)
    arts = {order[i] for i in g.articulation_points()}
    assert arts == {v for v in order if nodes[v]["articulationPoint"]}, "igraph articulation points"
    ig_bridges = sorted(sorted([order[g.es[e].source], order[g.es[e].target]]) for e in g.bridges())
    assert ig_bridges == bridges, "igraph bridges"
    assert len(g.connected_components()) == network["components"]
    if g.ecount() and network["transitivity"] is not None:
        t = g.transitivity_undirected()
        check_close("igraph transitivity", network["transitivity"], 0.0 if math.isnan(t) else t)
    if not weighted and network["diameter"] is not None:
        big = largest_component(G, order)
        sub = g.induced_subgraph(sorted(order.index(v) for v in big))
        assert sub.diameter() == network["diameter"], "igraph diameter"
        check_close("igraph apl", network["averagePathLength"], sub.average_path_length())
    if d.ecount():
        check_close("igraph reciprocity", network["reciprocity"], d.reciprocity(ignore_loops=True))
        check_close("igraph density", network["density"], d.density(loops=False))


def precision_of(D, G, weighted, nodes):
    """How far NetworkX's defaults (tol 1e-06) are from tightly converged values: a tolerance for the tests."""
    w = "weight" if weighted else None
    tight = nx.pagerank(D, alpha=0.85, weight=w, tol=1e-15, max_iter=100000)
    pr = max((abs(nodes[v]["pagerank"] - tight[v]) for v in nodes), default=0.0)
    ev = None
    if G.number_of_edges() and all(nodes[v]["eigenvector"] is not None for v in nodes):
        tight_e = None
        for tol in (1e-15, 1e-14, 1e-13, 1e-12):
            try:
                tight_e = nx.eigenvector_centrality(G, weight=w, tol=tol, max_iter=1000000)
                break
            except nx.PowerIterationFailedConvergence:
                continue
        assert tight_e is not None
        ev = max(abs(nodes[v]["eigenvector"] - tight_e[v]) for v in nodes)
    return {"pagerankMaxAbsError": pr, "eigenvectorMaxAbsError": ev}


# ----------------------------------------------------------------------------------------------------------------
# One case, one fixture
# ----------------------------------------------------------------------------------------------------------------

def run_case(project, options, notes, agreement_units=None):
    opts = dict(DEFAULT_OPTIONS)
    opts.update(options)
    D, G = build_graphs(project, opts)
    order = [a["id"] for a in project["actors"]]
    case_notes = set()
    nodes = node_measures(D, G, opts["weighted"], case_notes)
    network = network_measures(project, opts, D, G, nodes, case_notes)
    units = unit_measures(project, G)
    bridges = bridge_list(G)
    communities, labels = community_values(project, G, opts["weighted"], case_notes)
    precision = precision_of(D, G, opts["weighted"], nodes)
    for d in float_rounding_differences(G, nodes, opts["weighted"], order):
        case_notes.add(d)
    cross_check_igraph(D, G, nodes, network, bridges, opts["weighted"], order, precision["pagerankMaxAbsError"],
                       precision["eigenvectorMaxAbsError"])
    if labels is not None:
        check_close("igraph modularity", communities["louvainModularity"],
                    to_igraph(G, order).modularity(labels, weights="weight" if opts["weighted"] else None))
    expected = {"nodes": nodes, "network": network, "units": units, "bridges": bridges,
                "communities": communities}
    if agreement_units is not None:
        nmi, ari = partition_agreement(agreement_units, labels)
        expected["agreement"] = {"units": agreement_units, "louvain": labels, "nmi": nmi, "ari": ari,
                                 "partitionPairs": partition_pairs()}
    label = "%s%s%s%s" % (opts["waveId"], ", weighted" if opts["weighted"] else "",
                          ", reciprocated" if opts["reciprocated"] else "",
                          ", minFrequency %d" % opts["minFrequency"] if opts["minFrequency"] != 1 else "")
    for note in sorted(case_notes):
        notes.append("[%s] %s." % (label, note))
    return {"options": opts, "expected": expected, "precision": precision}


def partition_pairs():
    """Hand-picked label vectors so NMI/ARI can be tested without Louvain."""
    pairs = [
        ("identical", [0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 0, 1, 1, 1, 2, 2]),
        ("same partition, permuted labels", [0, 0, 0, 1, 1, 1, 2, 2], [2, 2, 2, 0, 0, 0, 1, 1]),
        ("two groups vs. every actor alone", [0, 0, 0, 0, 1, 1, 1, 1], [0, 1, 2, 3, 4, 5, 6, 7]),
        ("partial overlap", [0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2, 2, 2]),
        ("everyone in one group vs. two groups", [0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 1, 1, 1, 1]),
    ]
    out = []
    for what, a, b in pairs:
        nmi, ari = partition_agreement(a, b)
        out.append({"what": what, "a": a, "b": b, "nmi": nmi, "ari": ari})
    return out


def write_fixture(name, description, project, case_options, agreement_units=None):
    notes = []
    cases = [run_case(project, o, notes, agreement_units) for o in case_options]
    if notes:
        description = description + " Notes: " + " ".join(notes)
    doc = clean({"name": name, "description": description, "reference": REFERENCE, "project": project,
                 "cases": cases})
    text = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"
    path = os.path.join(OUT_DIR, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d cases)" % (os.path.relpath(path), len(cases)))


# ----------------------------------------------------------------------------------------------------------------
# The networks
# ----------------------------------------------------------------------------------------------------------------

def undirected_ties(nxg, ids, freq):
    """Each undirected edge written once, from the lower node index to the higher, with freq(u, v, data)."""
    pos = {v: i for i, v in enumerate(nxg.nodes())}
    out = []
    for u, v, d in nxg.edges(data=True):
        if pos[u] > pos[v]:
            u, v = v, u
        out.append((pos[u], pos[v], ids[u], ids[v], freq(u, v, d)))
    out.sort()
    return [(a, b, f) for _, _, a, b, f in out]


def karate():
    K = nx.karate_club_graph()
    ids = {v: "a-%d" % v for v in K}
    units = [("u-mr-hi", "Mr. Hi's club"), ("u-officer", "Officer's club")]
    club_unit = {"Mr. Hi": "u-mr-hi", "Officer": "u-officer"}
    actors = [(ids[v], "Member %d" % v, club_unit[K.nodes[v]["club"]]) for v in K]
    ties = undirected_ties(K, ids, lambda u, v, d: min(max(int(d["weight"]), 1), 4))
    project = make_project("p-sna-karate", "Fixture: Zachary's karate club", units, actors, ties)
    unit_labels = [0 if K.nodes[v]["club"] == "Mr. Hi" else 1 for v in K]
    write_fixture(
        "karate",
        "Zachary's karate club (W. W. Zachary 1977), from NetworkX's karate_club_graph(): 34 members, 78 "
        "undirected ties. Actor a-k is NetworkX node k. Each tie is written once, from the lower node to the "
        "higher, so D has one arc per edge (reciprocity 0, pagerank on D follows that orientation). Frequency = "
        "NetworkX's 'weight' attribute (Zachary's count of contexts, 1-7) clipped to 1-4. Units are the two "
        "clubs after the split ('club' attribute: Mr. Hi, Officer). agreement compares the clubs (units: 0 = Mr. "
        "Hi, 1 = Officer) with NetworkX's Louvain partition at seed 42 (louvain: labels numbered by first "
        "appearance in actor order), NMI and ARI from igraph's compare_communities.",
        project, [{}, {"weighted": True}], agreement_units=unit_labels)


def florentine():
    F = nx.florentine_families_graph()
    ids = {v: "a-" + v.lower() for v in F}
    actors = [(ids[v], v, "u-all") for v in F]
    ties = undirected_ties(F, ids, lambda u, v, d: 1)
    project = make_project("p-sna-florentine", "Fixture: Florentine families", [("u-all", "All families")],
                           actors, ties)
    write_fixture(
        "florentine",
        "Padgett's Florentine families marriage network, from NetworkX's florentine_families_graph(): 15 "
        "families (Pucci, an isolate in the original data, is not in NetworkX's graph), 20 ties, each written "
        "once from the earlier family to the later one in NetworkX's node order, all with frequency 1. All "
        "families are in one unit u-all, so every tie is internal (eiIndex -1).",
        project, [{}])


def kite():
    K = nx.krackhardt_kite_graph()
    names = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]
    ids = {v: "a-" + names[v].lower() for v in K}
    unit = {v: "u-kite" if v <= 6 else "u-tail" for v in K}
    actors = [(ids[v], names[v], unit[v]) for v in K]
    ties = undirected_ties(K, ids, lambda u, v, d: 2)
    project = make_project("p-sna-kite", "Fixture: Krackhardt's kite",
                           [("u-kite", "The kite (Andre to Garth)"), ("u-tail", "The tail (Heather, Ike, Jane)")],
                           actors, ties)
    write_fixture(
        "kite",
        "Krackhardt's kite (D. Krackhardt 1990), from NetworkX's krackhardt_kite_graph(): node k is the k-th of "
        "the classic labels Andre, Beverly, Carol, Diane, Ed, Fernando, Garth, Heather, Ike, Jane. Diane has the "
        "highest degree, Fernando and Garth the highest closeness, Heather the highest betweenness. 18 ties, each "
        "written once from the lower node to the higher, frequency 2. Units: u-kite = Andre..Garth, u-tail = "
        "Heather, Ike, Jane.",
        project, [{}])


def random_directed():
    R = nx.gnp_random_graph(40, 0.08, seed=7, directed=True)
    rng = random.Random(7)
    ids = {v: "a-%d" % v for v in R}
    units = [("u-%d" % k, "Unit %d" % k) for k in range(1, 5)]
    actors = [(ids[v], "Actor %d" % v, "u-%d" % (v // 10 + 1)) for v in R]
    ties = [(ids[u], ids[v], rng.randint(1, 4)) for u, v in sorted(R.edges())]
    not_responded = {"a-3", "a-17", "a-22", "a-38"}
    project = make_project("p-sna-random-directed", "Fixture: random directed network", units, actors, ties,
                           not_responded=not_responded)
    write_fixture(
        "random-directed",
        "A random directed network: NetworkX gnp_random_graph(40, 0.08, seed=7, directed=True) (NetworkX 2.8.8; "
        "the arcs are written out here, so the fixture does not depend on the generator again). Arcs in "
        "sorted (from, to) order, each with a frequency from Python's random.Random(7).randint(1, 4), drawn in "
        "that order. Actor a-k is node k; units u-1..u-4 hold a-0..a-9, a-10..a-19, a-20..a-29, a-30..a-39. "
        "a-3, a-17, a-22 and a-38 are listed with responded: false (responseRate 0.9); their ties are kept, "
        "since the analysis uses every tie in the wave.",
        project, [{}, {"weighted": True}, {"reciprocated": True}, {"minFrequency": 2}])


def weighted_small():
    names = ["Anna", "Bjørn", "Cecilie", "Dag", "Eva", "Finn", "Guro", "Håkon"]
    ids = ["a-%d" % (i + 1) for i in range(8)]
    unit = ["u-a", "u-a", "u-a", "u-a", "u-b", "u-b", "u-b", "u-b"]
    actors = [(ids[i], names[i], unit[i]) for i in range(8)]
    a = dict(zip(range(1, 9), ids))
    ties = [
        (a[1], a[2], 1),  # direct but weak: weighted, 1 reaches 2 through 3 (1/4 + 1/4 < 1)
        (a[2], a[1], 1),
        (a[1], a[3], 4),
        (a[3], a[2], 4),
        (a[2], a[4], 2),
        (a[4], a[2], 1),  # reverse report, weaker: G keeps 2
        (a[3], a[5], 1),  # one hop 3-5, but 3-2-4-5 is 1/4 + 1/2 + 1/4 = 1: an exact tie in weighted length
        (a[4], a[5], 4),
        (a[5], a[6], 3),
        (a[6], a[5], 4),  # reverse report, stronger: G keeps 4
        (a[6], a[7], 2),
        (a[4], a[7], 1),  # one hop 4-7 (distance 1), but 4-5-6-7 is 1/4 + 1/4 + 1/2 = 1: another exact tie
        (a[7], a[8], 4),
        (a[6], a[8], 1),  # 6-8 direct 1 vs. 6-7-8 = 3/4
        (a[8], a[1], 1),  # closes a long cycle: 1-8 direct (1) is shorter than 1-3-2-4-5-6-7-8 (9/4)
        (a[1], a[6], 1),  # a chord, so the unweighted graph is not regular
    ]
    project = make_project("p-sna-weighted-small", "Fixture: weighted shortest paths", [
        ("u-a", "Unit A"), ("u-b", "Unit B")], actors, ties)
    write_fixture(
        "weighted-small",
        "A hand-made 8-actor network where weighted shortest paths (distance = 1/frequency) differ from hop "
        "paths: 1-2 is a direct tie of frequency 1 (distance 1) while 1-3-2 has frequency 4 twice (distance "
        "1/2); 6-8 direct (1) vs 6-7-8 (3/4). Some pairs are reported in both directions with different "
        "frequencies (2->4 with 2 and 4->2 with 1: G weight 2; 5->6 with 3 and 6->5 with 4: G weight 4). "
        "Weighted shortest paths include exact ties in length (3-5 direct = 1 = 3-2-4-5; 4-7 direct = 1 = 4-5-6-7), "
        "which betweenness splits between the paths (the script computes weighted paths with exact rational "
        "distances, so these ties are exact).",
        project, [{}, {"weighted": True}])


def degenerate_empty():
    actors = [("a-%d" % i, "Person %d" % i, "u-a" if i <= 2 else "u-b") for i in range(1, 5)]
    waves = [{"id": "w-1", "label": "Tom runde", "date": "2026-01-01"},
             {"id": "w-2", "label": "Andre runde", "date": "2026-06-01"}]
    respondents = [{"actorId": a[0], "waveId": "w-2", "responded": True} for a in actors]
    ties = [("a-1", "a-2", 2, "w-2"), ("a-2", "a-3", 3, "w-2"), ("a-3", "a-1", 1, "w-2"), ("a-4", "a-3", 4, "w-2")]
    project = make_project("p-sna-degenerate-empty", "Fixture: empty wave", [("u-a", "Unit A"), ("u-b", "Unit B")],
                           actors, ties, waves=waves, respondents=respondents)
    write_fixture(
        "degenerate-empty",
        "Four actors and two waves. Wave w-1 has no ties and nobody listed in respondents (so its responseRate "
        "is null); wave w-2 has four ties and every actor responded. The w-1 case checks that ties of other "
        "waves are ignored; the w-2 case checks that they are used.",
        project, [{}, {"waveId": "w-2"}])


def degenerate_one():
    project = make_project("p-sna-degenerate-one", "Fixture: one actor", [("u-a", "Unit A")],
                           [("a-1", "Alone", "u-a")], [])
    write_fixture("degenerate-one", "A single actor, no ties.", project, [{}])


def degenerate_isolates():
    actors = [("a-%d" % i, "Person %d" % i, "u-a" if i <= 3 else "u-b") for i in range(1, 6)]
    project = make_project("p-sna-degenerate-isolates", "Fixture: isolates",
                           [("u-a", "Unit A"), ("u-b", "Unit B")], actors, [])
    write_fixture("degenerate-isolates", "Five actors in two units, no ties at all: every actor is an isolate.",
                  project, [{}])


def degenerate_disconnected():
    actors = [("a-%d" % i, "Person %d" % i, "u-a" if i <= 4 else "u-b") for i in range(1, 8)]
    ties = [("a-1", "a-2", 2), ("a-2", "a-3", 3), ("a-3", "a-1", 4),
            ("a-4", "a-5", 1), ("a-5", "a-6", 2), ("a-6", "a-4", 3)]
    project = make_project("p-sna-degenerate-disconnected", "Fixture: two triangles and an isolate",
                           [("u-a", "Unit A"), ("u-b", "Unit B")], actors, ties)
    write_fixture(
        "degenerate-disconnected",
        "Two triangles (a-1, a-2, a-3 and a-4, a-5, a-6) and an isolate (a-7). Units: u-a = a-1..a-4, u-b = "
        "a-5..a-7. The largest component is a tie between the two triangles (both give diameter 1 and average "
        "path length 1); the contract picks the one holding the earliest actor. Eigenvector centrality: "
        "NetworkX's iteration on A+I leaves the isolate a small positive value when it stops (see "
        "precision.eigenvectorMaxAbsError for how far that is from the limit, which is 0 for the isolate).",
        project, [{}, {"weighted": True}])


def degenerate_self_and_duplicates():
    actors = [("a-%d" % i, "Person %d" % i, "u-a" if i <= 2 else "u-b") for i in range(1, 5)]
    ties = [
        ("a-1", "a-1", 3),  # self-tie: dropped
        ("a-1", "a-2", 1),  # reported twice in the same direction: D keeps frequency 3
        ("a-1", "a-2", 3),
        ("a-2", "a-1", 2),  # the reverse report: D has 2->1 with 2; G's a-1 - a-2 has max(3, 2) = 3
        ("a-2", "a-3", 2),
        ("a-3", "a-4", 1),  # below minFrequency 2
        ("a-4", "a-2", 4),
        ("a-3", "a-3", 1),  # another self-tie
    ]
    project = make_project("p-sna-degenerate-self-and-duplicates", "Fixture: self-ties and duplicates",
                           [("u-a", "Unit A"), ("u-b", "Unit B")], actors, ties)
    write_fixture(
        "degenerate-self-and-duplicates",
        "Raw ties with two self-ties (a-1->a-1, a-3->a-3: dropped), a pair reported twice in the same direction "
        "with different frequencies (a-1->a-2 with 1 and 3: D keeps 3) and its reverse report (a-2->a-1 with 2: "
        "D keeps it as its own arc, G's a-1 - a-2 edge has weight max(3, 2) = 3). The validator warns "
        "(self-tie, duplicate-tie) but the file is valid. Cases: unweighted, weighted, minFrequency 2 (drops "
        "a-3->a-4), reciprocated (only a-1 <-> a-2 is reported both ways).",
        project, [{}, {"weighted": True}, {"minFrequency": 2}, {"reciprocated": True}])


def main():
    mismatched = {k: (REFERENCE[k], v) for k, v in EXPECTED_VERSIONS.items() if REFERENCE[k] != v}
    if mismatched and "--any-version" not in sys.argv:
        sys.exit("reference versions differ from the committed fixtures' %r: %r (use --any-version to "
                 "regenerate anyway, and review the diff)" % (EXPECTED_VERSIONS, mismatched))
    os.makedirs(OUT_DIR, exist_ok=True)
    karate()
    florentine()
    kite()
    random_directed()
    weighted_small()
    degenerate_empty()
    degenerate_one()
    degenerate_isolates()
    degenerate_disconnected()
    degenerate_self_and_duplicates()


if __name__ == "__main__":
    main()
