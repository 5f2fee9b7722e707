#!/usr/bin/python3
"""Golden values for the places in the network and collaborative overload (docs/analysis.md, "Places in the
network"), computed independently with NetworkX from the definitions as the documentation words them.

Re-run:
    /usr/bin/python3 tools/roles_reference.py        # Debian 12's python3-networkx

It writes tests/fixtures/roles/reference.json and nothing else; the output is deterministic. Nothing here is
copied from the C++ core: the top shares are counted the way the text says ("fewer than ceil(share * n) people
have a higher value", with exact fractions for ceil), betweenness is NetworkX's, and Gould-Fernandez brokerage
is counted from its definition over every two-path i -> v -> j of D.

Each case is a generated municipality (units, one external partner, people who answered, did not answer or were
not asked, isolates; a valid project gives every person a unit, so the rule for a person without one is held by
the hand-worked tests in tests/core/test_sna_roles.cpp) with the thresholds it sets; the expectations per person are
degree, inDegree, betweenness and roles, and for the network overload, overloadPeople, the role counts and
whether the collaborative-overload finding fires (with the people it names).
"""

import json
import math
import os
import random
from fractions import Fraction

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "tests", "fixtures", "roles", "reference.json"))

DEFAULTS = {"connectorTopShare": 0.1, "connectorMinTies": 3, "spannerMinUnits": 2, "brokerTopShare": 0.1,
            "brokerMinCrossUnit": 1, "peripheralMaxTies": 1, "overloadShare": 0.25, "overloadMinPeople": 40}
ROLES = ["central-connector", "boundary-spanner", "information-broker", "peripheral"]
OVERLOAD_TOP = Fraction(5, 100)
EQUAL = 1e-9  # values closer than this are the same (docs/analysis.md)


def top_count(share, n):
    """ceil(share * n), exactly: the share as the decimal the settings write."""
    return math.ceil(Fraction(str(share)) * n)


def in_top(values, v, share):
    """Fewer than ceil(share * n) people have a higher value than v (ties within EQUAL are not higher)."""
    k = top_count(share, len(values))
    higher = sum(1 for u in values if values[u] > values[v] + EQUAL)
    return higher < k


def generate(seed, n, units, p, answer_share):
    rng = random.Random(seed)
    unit_ids = [f"u-{i}" for i in range(units)]
    project = {
        "format": "bosam-project", "schemaVersion": 1, "id": f"p-roles-{seed}",
        "municipality": {"name": f"Fixture: roles {seed}", "number": "0000"},
        "units": [{"id": u, "name": f"Enhet {i}", "external": i == units - 1} for i, u in enumerate(unit_ids)],
        "actors": [], "functions": [], "targetGroups": [], "assignments": [],
        "waves": [{"id": "w-1", "label": "Runde", "date": "2026-01-01"}], "respondents": [], "ties": [],
    }
    for i in range(n):
        project["actors"].append({"id": f"a-{i:03d}", "name": f"Person {i}", "unitId": unit_ids[rng.randrange(units)]})
    ids = [a["id"] for a in project["actors"]]
    unit = {a["id"]: a["unitId"] for a in project["actors"]}
    # A few popular people, so the overload is more than an even share.
    popular = set(rng.sample(ids, 3))
    status = {}
    for a in ids:
        r = rng.random()
        status[a] = "answered" if r < answer_share else "missing" if r < answer_share + 0.1 else "not-asked"
        if status[a] != "not-asked":
            project["respondents"].append({"actorId": a, "waveId": "w-1", "responded": status[a] == "answered"})
    for a in ids:
        if status[a] != "answered" or rng.random() < 0.08:  # non-respondents name no one; some name no one anyway
            continue
        for b in ids:
            if a == b:
                continue
            # Most contact is inside one's unit (as in tools/bench: about 70 %); a few people are named by many.
            chance = p * (5 if unit[a] == unit[b] else 0.6) * (8 if b in popular else 1)
            if rng.random() < chance:
                project["ties"].append({"from": a, "to": b, "waveId": "w-1", "frequency": rng.randint(1, 4)})
    return project


def expected(project, thresholds):
    t = dict(DEFAULTS, **thresholds)
    ids = [a["id"] for a in project["actors"]]
    unit_of = {a["id"]: a.get("unitId") for a in project["actors"]}
    answered = {r["actorId"] for r in project["respondents"] if r["responded"]}
    D = nx.DiGraph()
    D.add_nodes_from(ids)
    D.add_edges_from((t_["from"], t_["to"]) for t_ in project["ties"] if t_["from"] != t_["to"])
    G = D.to_undirected()
    n = len(ids)
    degree = {v: G.degree(v) for v in ids}
    in_degree = {v: D.in_degree(v) for v in ids}
    betweenness = nx.betweenness_centrality(G, normalized=True)

    def group(v):
        return unit_of[v] if unit_of[v] is not None else ("alone", v)

    cross = {}
    for v in ids:
        count = 0
        for i in D.predecessors(v):
            for j in D.successors(v):
                if i != j and not D.has_edge(i, j) and group(i) != group(j):
                    count += 1  # representative, gatekeeper or liaison: the two ends in different units
        cross[v] = count

    roles = {}
    for v in ids:
        r = []
        if degree[v] > 0:
            if in_top(degree, v, t["connectorTopShare"]) and degree[v] >= max(1, t["connectorMinTies"]):
                r.append("central-connector")
            if unit_of[v] is not None:
                others = {unit_of[u] for u in G[v] if unit_of[u] != unit_of[v] and unit_of[u] is not None}
                external = sum(1 for u in G[v] if unit_of[u] != unit_of[v])
                internal = degree[v] - external
                if len(others) >= max(1, t["spannerMinUnits"]) and external > internal:
                    r.append("boundary-spanner")
            if (betweenness[v] > EQUAL and in_top(betweenness, v, t["brokerTopShare"])
                    and cross[v] >= max(1, t["brokerMinCrossUnit"])):
                r.append("information-broker")
        if v in answered and degree[v] <= t["peripheralMaxTies"]:
            r.append("peripheral")
        roles[v] = r

    k = math.ceil(OVERLOAD_TOP * n)
    arcs = D.number_of_edges()
    ranked = sorted(in_degree.values(), reverse=True)
    overload = sum(ranked[:k]) / arcs if arcs else None
    fires = overload is not None and n >= t["overloadMinPeople"] and overload >= t["overloadShare"]
    named = [v for v in ids if in_degree[v] > 0 and in_degree[v] >= ranked[k - 1]] if fires else []
    return {
        "nodes": {v: {"degree": degree[v], "inDegree": in_degree[v], "betweenness": round(betweenness[v], 12),
                      "roles": roles[v]} for v in ids},
        "network": {"overload": overload, "overloadPeople": k,
                    "roles": {r: sum(1 for v in ids if r in roles[v]) for r in ROLES}},
        "overloadFinding": {"fires": fires, "actors": named},
    }


def main():
    cases = []
    for seed, n, units, p, answer, thresholds in [
        (1, 60, 6, 0.02, 0.75, {}),
        (2, 45, 4, 0.03, 0.8, {"connectorTopShare": 0.2, "connectorMinTies": 5, "spannerMinUnits": 1,
                                  "brokerTopShare": 0.25, "brokerMinCrossUnit": 3, "peripheralMaxTies": 2,
                                  "overloadShare": 0.1, "overloadMinPeople": 45}),
        (3, 30, 3, 0.03, 0.7, {}),
    ]:
        project = generate(seed, n, units, p, answer)
        if thresholds:
            project["settings"] = {"thresholds": thresholds}
        cases.append({"project": project, "thresholds": thresholds, "expected": expected(project, thresholds)})
    doc = {"description": __doc__.strip().split("\n\n")[0], "reference": {"networkx": nx.__version__},
           "cases": cases}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
    for c in cases:
        print(c["project"]["id"], c["expected"]["network"], c["expected"]["overloadFinding"]["fires"])


if __name__ == "__main__":
    main()
