#!/usr/bin/python3
"""Reference values for Bosam's tests against chance, computed independently of the C++ core.

Re-run:
    apt-get install -y --no-install-recommends python3-numpy r-cran-sna   # Debian 12, as root
    /usr/bin/python3 tools/chance_reference.py

It rewrites every tests/fixtures/chance/*.json and nothing else; tests/core/test_sna_chance.cpp reads them.
The definitions (docs/analysis.md, "Tests against chance") are written out here once more, in NumPy, from the
text, not from the C++:

- sharedWork: over all ordered pairs (i, j), i != j, of the people (every actor: the vertices of G),
  x_ij = the number of functions both are assigned to (any role, assignments that name the person), y_ij = 1 when
  i and j are tied in G (either reported the other, after the options); correlation = Pearson's r of x and y;
  p = the share of permutations of the people (rows and columns of y together) with r at least the observed one.
- eiIndexP: per unit, the share of random relabellings of the people with a unit to units (sizes kept) in which
  the unit's E-I index on G, (external - internal) / (external + internal), is at most the observed one; a
  relabelling that leaves the unit without ties does not count; null when the observed index is undefined.
- compare: the people in both waves (asked in the wave, or named in one of its ties), x = tie in the first
  wave's G, y = tie in the second's, among them; kept / lost / new edges and their shares of all three.

p values: small networks are enumerated (every permutation: the exact p); larger ones are estimated from
MC_PERMUTATIONS NumPy permutations (numpy.random.default_rng, seeded), and the fixture says which and how many, so
the test can allow for the sampling error of both sides. The correlations are also computed by R's sna package
(gcor, mode "digraph", diag FALSE: the ordered pairs) and its QAP p by sna's qaptest (its own permutations), when
Rscript with sna is installed; the script asserts that R's correlation equals NumPy's and that R's p lies within
the sampling error of NumPy's, and records both. Output is deterministic (seeded; keys sorted; floats rounded to
10 significant digits).
"""

import itertools
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

import numpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "chance")
MC_PERMUTATIONS = 20000
R_PERMUTATIONS = 5000
EXACT_MAX_PEOPLE = 8  # 8! = 40,320 permutations
SEED = 20260516


# ----------------------------------------------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------------------------------------------

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


def sampling_error(p, permutations):
    """The standard error of a share p estimated from `permutations` draws (0 for an exact p)."""
    if permutations is None:
        return 0.0
    q = min(max(p, 1.0 / permutations), 1.0 - 1.0 / permutations)
    return math.sqrt(q * (1.0 - q) / permutations)


# ----------------------------------------------------------------------------------------------------------------
# The definitions
# ----------------------------------------------------------------------------------------------------------------

def tie_matrix(project, wave, min_frequency=1, reciprocated=False):
    """G's adjacency (0/1, symmetric, zero diagonal) over every actor, in the order of `actors`."""
    ids = [a["id"] for a in project["actors"]]
    pos = {a: i for i, a in enumerate(ids)}
    arcs = {}
    for t in project["ties"]:
        if t["waveId"] != wave or t["from"] == t["to"] or t["from"] not in pos or t["to"] not in pos:
            continue
        key = (pos[t["from"]], pos[t["to"]])
        arcs[key] = max(arcs.get(key, 0), t["frequency"])
    arcs = {k: f for k, f in arcs.items() if f >= min_frequency}
    if reciprocated:
        arcs = {(u, v): f for (u, v), f in arcs.items() if (v, u) in arcs}
    y = numpy.zeros((len(ids), len(ids)), dtype=numpy.int64)
    for u, v in arcs:
        y[u, v] = y[v, u] = 1
    return y


def shared_functions(project):
    """x_ij = the number of functions both i and j are assigned to (any role), as A·Aᵀ of the person × function
    incidence matrix; the diagonal is never read."""
    ids = [a["id"] for a in project["actors"]]
    pos = {a: i for i, a in enumerate(ids)}
    fpos = {f["id"]: k for k, f in enumerate(project["functions"])}
    a = numpy.zeros((len(ids), max(1, len(fpos))), dtype=numpy.int64)
    for asg in project["assignments"]:
        who = asg.get("actorId")
        if who in pos and asg["functionId"] in fpos:
            a[pos[who], fpos[asg["functionId"]]] = 1
    return a @ a.T


def off_diagonal(m):
    n = m.shape[0]
    return m[~numpy.eye(n, dtype=bool)]


def pearson(x, y):
    """Pearson's r over the ordered pairs of different people; None without variance."""
    xs, ys = off_diagonal(x).astype(float), off_diagonal(y).astype(float)
    if len(xs) == 0 or xs.std() == 0 or ys.std() == 0:
        return None
    return float(numpy.corrcoef(xs, ys)[0, 1])


def permuted_statistics(x, y, perms):
    """sum over ordered pairs of x_ij · y_{s(i)s(j)} for each permutation s (rows of `perms`): r is an increasing
    function of it (the means and variances do not change under a permutation), so comparing these integers is
    comparing the correlations, without rounding."""
    return numpy.array([int((x * y[numpy.ix_(s, s)]).sum()) for s in perms])


def qap(x, y, rng):
    """{"correlation", "p", "pPermutations" (None: exact)} or None without variance."""
    r = pearson(x, y)
    if r is None:
        return None
    n = x.shape[0]
    observed = int((x * y).sum())
    if n <= EXACT_MAX_PEOPLE:
        perms = [numpy.array(s) for s in itertools.permutations(range(n))]
        count = None
    else:
        perms = [rng.permutation(n) for _ in range(MC_PERMUTATIONS)]
        count = MC_PERMUTATIONS
    stats = permuted_statistics(x, y, perms)
    return {"correlation": r, "p": float((stats >= observed).mean()), "pPermutations": count}


def ei_counts(y, labels, unit):
    members = labels == unit
    internal = int(y[numpy.ix_(members, members)].sum()) // 2
    external = int(y[numpy.ix_(members, ~members)].sum())  # people without a unit (-1) count as outside
    return internal, external


def ei_index(internal, external):
    return None if internal + external == 0 else (external - internal) / (external + internal)


def ei_index_p(y, labels, units, rng):
    """{unitIndex: {"eiIndex", "eiIndexP", "pPermutations"}} by brute force: relabel, recount, compare."""
    grouped = numpy.flatnonzero(labels >= 0)
    observed = {u: ei_counts(y, labels, u) for u in range(len(units))}
    small = len(grouped) <= EXACT_MAX_PEOPLE
    if small:  # every arrangement of the labels, each distinct one as often as the others
        relabellings = [numpy.array(p) for p in itertools.permutations(labels[grouped])]
    else:
        relabellings = [rng.permutation(labels[grouped]) for _ in range(MC_PERMUTATIONS)]
    at_most = {u: 0 for u in observed}
    for relabelled in relabellings:
        trial = labels.copy()
        trial[grouped] = relabelled
        for u, (oi, oe) in observed.items():
            if oi + oe == 0:
                continue
            i, e = ei_counts(y, trial, u)
            if i + e > 0 and (e - i) * (oe + oi) <= (oe - oi) * (e + i):  # exact: EI <= observed EI
                at_most[u] += 1
    out = {}
    for u, (oi, oe) in observed.items():
        ei = ei_index(oi, oe)
        out[units[u]] = {"eiIndex": ei, "eiIndexP": None if ei is None else at_most[u] / len(relabellings),
                         "pPermutations": None if small else len(relabellings)}
    return out


def people_in_wave(project, wave):
    ids = [a["id"] for a in project["actors"]]
    inside = {r["actorId"] for r in project.get("respondents", []) if r["waveId"] == wave}
    for t in project["ties"]:
        if t["waveId"] == wave:
            inside |= {t["from"], t["to"]}
    return numpy.array([a in inside for a in ids])


def comparison(project, first, second, rng):
    keep = people_in_wave(project, first) & people_in_wave(project, second)
    x = tie_matrix(project, first)[numpy.ix_(keep, keep)]
    y = tie_matrix(project, second)[numpy.ix_(keep, keep)]
    kept = int((numpy.triu(x) & numpy.triu(y)).sum())
    lost = int(numpy.triu(x).sum()) - kept
    new = int(numpy.triu(y).sum()) - kept
    total = kept + lost + new
    shares = {k: (v / total if total else None) for k, v in (("keptShare", kept), ("lostShare", lost),
                                                              ("newShare", new))}
    return {"people": int(keep.sum()), "kept": kept, "lost": lost, "new": new, **shares,
            "qap": qap(x, y, rng)}, x, y


# ----------------------------------------------------------------------------------------------------------------
# R's sna, as a second, independent implementation of QAP
# ----------------------------------------------------------------------------------------------------------------

R_SCRIPT = r"""
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
x <- as.matrix(read.csv(args[1], header = FALSE))
y <- as.matrix(read.csv(args[2], header = FALSE))
dimnames(x) <- NULL; dimnames(y) <- NULL
set.seed(as.integer(args[3]))
r <- gcor(x, y, mode = "digraph", diag = FALSE)
q <- qaptest(list(x, y), gcor, g1 = 1, g2 = 2, mode = "digraph", diag = FALSE, reps = as.integer(args[4]))
cat(sprintf("%.15g %.15g %s\n", r, q$pgreq, as.character(packageVersion("sna"))))
"""


def r_sna(x, y):
    """R sna's gcor and qaptest p for x and y, or None when Rscript or sna is missing."""
    if not shutil.which("Rscript"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        paths = [os.path.join(tmp, name) for name in ("x.csv", "y.csv", "qap.R")]
        numpy.savetxt(paths[0], x, fmt="%d", delimiter=",")
        numpy.savetxt(paths[1], y, fmt="%d", delimiter=",")
        with open(paths[2], "w") as f:
            f.write(R_SCRIPT)
        run = subprocess.run(["Rscript", paths[2], paths[0], paths[1], str(SEED % 100000), str(R_PERMUTATIONS)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print("R sna failed; writing without it:", run.stderr.strip().splitlines()[-1:], file=sys.stderr)
            return None
        r, p, version = run.stdout.split()
        return {"correlation": float(r), "p": float(p), "pPermutations": R_PERMUTATIONS, "sna": version}


def with_r(result, x, y):
    """Adds R sna's values to a QAP result, after checking them against NumPy's."""
    if result is None:
        return None
    r = r_sna(x, y)
    if r is None:
        return result
    assert abs(r["correlation"] - result["correlation"]) <= 1e-9, (r, result)
    # qaptest compares floating-point correlations, so a permutation equal in exact arithmetic can fall either
    # side; R's p is checked against NumPy's within 4 standard errors of the two samples plus that tie margin.
    se = math.hypot(sampling_error(result["p"], result["pPermutations"]), sampling_error(r["p"], R_PERMUTATIONS))
    assert abs(r["p"] - result["p"]) <= 4 * se + 0.02, (r, result)
    result["rSna"] = r
    return result


# ----------------------------------------------------------------------------------------------------------------
# The fixtures
# ----------------------------------------------------------------------------------------------------------------

def project_doc(pid, units, actors, functions, assignments, ties, waves=("w-1",), respondents=None):
    """units: [id]; actors: [(id, unitId)]; functions: [id]; assignments: [(actorId, functionId)];
    ties: [(from, to)] or (from, to, frequency, wave)."""
    if respondents is None:
        respondents = [(a, w) for w in waves for a, _ in actors]
    unit_of = dict(actors)
    return {
        "format": "bosam-project", "schemaVersion": 1, "id": pid,
        "municipality": {"name": pid, "number": "0000"},
        "units": [{"id": u, "name": u, "external": False} for u in units],
        "actors": [{"id": a, "name": a, "unitId": u} for a, u in actors],
        "targetGroups": [],
        "functions": [{"id": f, "name": f, "essential": False} for f in functions],
        "assignments": [{"unitId": unit_of[a], "actorId": a, "functionId": f, "targetGroupIds": [],
                         "role": "performs"} for a, f in assignments],
        "waves": [{"id": w, "label": w, "date": "2026-0%d-01" % (i + 1)} for i, w in enumerate(waves)],
        "respondents": [{"actorId": a, "waveId": w, "responded": True} for a, w in respondents],
        "ties": [{"from": t[0], "to": t[1], "waveId": t[3] if len(t) > 3 else waves[-1],
                  "frequency": t[2] if len(t) > 2 else 2, "types": ["information"]} for t in ties],
    }


def hand_eight():
    """Eight people in three units, four functions; small enough to enumerate every permutation."""
    actors = [("a1", "u-a"), ("a2", "u-a"), ("a3", "u-a"), ("b1", "u-b"), ("b2", "u-b"), ("b3", "u-b"),
              ("c1", "u-c"), ("c2", "u-c")]
    assignments = [("a1", "f-1"), ("a2", "f-1"), ("a3", "f-1"), ("a3", "f-2"), ("b1", "f-2"), ("b2", "f-2"),
                   ("b2", "f-3"), ("b3", "f-3"), ("c1", "f-4"), ("c2", "f-4"), ("c2", "f-1")]
    ties = [("a1", "a2"), ("a2", "a3"), ("a3", "b1"), ("b1", "b2"), ("b2", "b3"), ("c1", "c2"), ("c2", "a1"),
            ("b3", "a1"), ("a2", "b1")]
    return project_doc("chance-hand-eight", ["u-a", "u-b", "u-c"], actors, ["f-1", "f-2", "f-3", "f-4"],
                       assignments, ties)


def two_waves_six():
    """Six people, two waves: ties kept, lost and new; f is asked only in the second wave and named in neither
    the first wave's ties nor its list, so f is not among the people in both waves."""
    actors = [(p, "u-a" if p in "abc" else "u-b") for p in "abcdef"]
    ties = [("a", "b", 2, "w-1"), ("b", "c", 2, "w-1"), ("c", "d", 2, "w-1"), ("d", "e", 2, "w-1"),
            ("a", "b", 3, "w-2"), ("b", "c", 1, "w-2"), ("a", "e", 2, "w-2"), ("e", "f", 2, "w-2")]
    respondents = [(p, "w-1") for p in "abcde"] + [(p, "w-2") for p in "abcdef"]
    return project_doc("chance-two-waves", ["u-a", "u-b"], actors, ["f-1"], [("a", "f-1"), ("b", "f-1")], ties,
                       waves=("w-1", "w-2"), respondents=respondents)


def karate_with_functions(unrelated=False):
    """Zachary's karate club (tests/fixtures/sna/karate.json's project, the two factions as units) with made-up
    work: every member assigned to their faction's function and, with probability 0.3, to one of three others;
    or, `unrelated`, to one of the five functions at random (work unrelated to ties: a p far from 0)."""
    with open(os.path.join(ROOT, "tests", "fixtures", "sna", "karate.json"), encoding="utf-8") as f:
        project = json.load(f)["project"]
    rng = numpy.random.default_rng(SEED + unrelated)
    project["id"] = "chance-karate-unrelated" if unrelated else "chance-karate"
    project["functions"] = [{"id": "f-%d" % k, "name": "Oppgave %d" % (k + 1), "essential": False}
                            for k in range(5)]
    assignments = []
    for a in project["actors"]:
        home = int(rng.integers(5)) if unrelated else 0 if a["unitId"] == "u-mr-hi" else 1
        assignments.append((a, home))
        if rng.random() < 0.3:
            extra = 2 + int(rng.integers(3))
            if extra != home:
                assignments.append((a, extra))
    project["assignments"] = [{"unitId": a["unitId"], "actorId": a["id"], "functionId": "f-%d" % k,
                               "targetGroupIds": [], "role": "performs"} for a, k in assignments]
    return project


def demo_project():
    """The built-in example municipality (bosam demo), as it is when the fixture is written."""
    cli = os.path.join(ROOT, "build", "bin", "bosam")
    return json.loads(subprocess.run([cli, "demo", "--lang", "nb"], capture_output=True, text=True,
                                     check=True).stdout)


def case(project, options, rng):
    wave = options.get("waveId") or project["waves"][-1]["id"]
    y = tie_matrix(project, wave, options.get("minFrequency", 1), options.get("reciprocated", False))
    x = shared_functions(project)
    unit_ids = [u["id"] for u in project["units"]]
    upos = {u: k for k, u in enumerate(unit_ids)}
    labels = numpy.array([upos.get(a["unitId"], -1) for a in project["actors"]])
    return {"options": options,
            "expected": {"sharedWork": with_r(qap(x, y, rng), x, y), "units": ei_index_p(y, labels, unit_ids, rng)}}


def write(name, description, project, options_list, compares=()):
    rng = numpy.random.default_rng(SEED)
    doc = {"name": name, "description": description, "project": project,
           "reference": {"numpy": numpy.__version__, "mcPermutations": MC_PERMUTATIONS, "seed": SEED},
           "cases": [case(project, o, rng) for o in options_list], "compare": []}
    for first, second in compares:
        result, x, y = comparison(project, first, second, rng)
        result["qap"] = with_r(result["qap"], x, y)
        doc["compare"].append({"from": first, "to": second, "expected": result})
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(clean(doc), indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n")
    print("wrote %s" % os.path.relpath(path, ROOT))


def main():
    write("hand-eight", "Eight people, three units, four functions; every permutation enumerated (exact p).",
          hand_eight(), [{"waveId": "w-1"}])
    write("two-waves", "Six people in two waves; the comparison's people, kept, lost and new ties, and QAP "
          "between the waves (exact p).", two_waves_six(), [{"waveId": "w-2"}], compares=[("w-1", "w-2")])
    write("karate", "Zachary's karate club with its two factions as units and made-up functions; p estimated "
          "from %d NumPy permutations (and R sna's qaptest)." % MC_PERMUTATIONS, karate_with_functions(),
          [{"waveId": "w-1"}, {"waveId": "w-1", "minFrequency": 2}])
    write("karate-unrelated", "Zachary's karate club with functions drawn at random, unrelated to the ties; p "
          "estimated from %d NumPy permutations (and R sna's qaptest)." % MC_PERMUTATIONS,
          karate_with_functions(unrelated=True), [{"waveId": "w-1"}])
    write("demo", "The example municipality: both rounds analysed, and the comparison between them; p estimated "
          "from %d NumPy permutations (and R sna's qaptest)." % MC_PERMUTATIONS, demo_project(),
          [{"waveId": "w-2026"}, {"waveId": "w-2025", "reciprocated": True}], compares=[("w-2025", "w-2026")])
    write("no-variance", "No one shares a function (x constant), and a wave without ties (y constant): "
          "sharedWork is null.", project_doc("chance-no-variance", ["u-a", "u-b"],
                                             [("a", "u-a"), ("b", "u-a"), ("c", "u-b"), ("d", "u-b")],
                                             ["f-1", "f-2"], [("a", "f-1"), ("c", "f-2")],
                                             [("a", "b"), ("b", "c"), ("c", "d")], waves=("w-0", "w-1")),
          [{"waveId": "w-1"}, {"waveId": "w-0"}])


if __name__ == "__main__":
    main()
