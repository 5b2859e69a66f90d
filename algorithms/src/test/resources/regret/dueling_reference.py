"""Independent reference runs of RUCB and RMED1 for DuelingReferenceTest.

Written from the spec (shared/specs/algorithms-mab.md, E.3 and E.4), not from the Java code, with
NumPy's own random streams; it produces reference-dueling.csv (mean and standard error of the
average strong regret over the replications at T = 10^3 and 10^4).

Config: Lin-10 (P_ij = 1/2 + (j - i)/20, Condorcet winner arm 0); RUCB with alpha = 0.51, the
champion may duel itself; RMED1 with f(K) = 0.3 K^1.01; round index t = duels learned + 1 in the
bounds and in ln t; 100 replications to T = 10^4, seeds 1000 + r (numpy.random.default_rng).

Usage: python3 dueling_reference.py [rucb|rmed1] > rows.csv (the header is printed without an
argument; the committed file is the header followed by the rows of both policies).
"""
import math
import sys

import numpy as np

K = 10
P = np.array([[0.5 + (j - i) / (2.0 * K) for j in range(K)] for i in range(K)])
GAP = P[0] - 0.5
GRID = (1_000, 10_000)
REPLICATIONS = 100


def bounds(W, t, alpha):
    N = W + W.T
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = np.where(N > 0, W / np.maximum(N, 1), 0.5)
        radius = np.where(N > 0, np.sqrt(alpha * math.log(t) / np.maximum(N, 1)), 0.0)
    U = np.where(N > 0, mean + radius, 1.0)
    np.fill_diagonal(U, 0.5)
    return U


def rucb(rng, horizon, alpha=0.51):
    W = np.zeros((K, K))
    best = -1
    regret = 0.0
    out = []
    for t in range(1, horizon + 1):
        U = bounds(W, t, alpha)
        C = list(np.flatnonzero(np.all(U >= 0.5, axis=1)))
        if not C:
            C = [int(rng.integers(K))]
        if best not in C:
            best = -1
        if len(C) == 1:
            best = C[0]
            c = best
        elif best >= 0:
            others = [x for x in C if x != best]
            c = best if rng.random() < 0.5 else others[int(rng.integers(len(others)))]
        else:
            c = C[int(rng.integers(len(C)))]
        col = U[:, c]
        ties = np.flatnonzero(col == col.max())
        d = int(ties[int(rng.integers(len(ties)))])
        if c != d:
            if rng.random() < P[c, d]:
                W[c, d] += 1
            else:
                W[d, c] += 1
        regret += 0.5 * (GAP[c] + GAP[d])
        if t in GRID:
            out.append(regret)
    return out


def rmed1(rng, horizon):
    W = np.zeros((K, K))
    f = 0.3 * K ** 1.01
    regret = 0.0
    out = []
    t = 0

    def duel(a, b):
        nonlocal t, regret
        t += 1
        if a != b:
            if rng.random() < P[a, b]:
                W[a, b] += 1
            else:
                W[b, a] += 1
        regret += 0.5 * (GAP[a] + GAP[b])
        if t in GRID:
            out.append(regret)

    def divergences():
        N = W + W.T
        with np.errstate(divide="ignore", invalid="ignore"):
            p = np.where(N > 0, W / np.maximum(N, 1), 0.5)
            a = np.where(p > 0, p * np.log(2 * p), 0.0)
            b = np.where(p < 1, (1 - p) * np.log(2 * (1 - p)), 0.0)
        counted = (N > 0) & (p <= 0.5) & ~np.eye(K, dtype=bool)
        return np.where(counted, N * (a + b), 0.0).sum(axis=1)

    for i in range(K):
        for j in range(i + 1, K):
            if t < horizon:
                duel(i, j)
    current = list(rng.permutation(K))
    while t < horizon:
        remaining = set(current)
        nxt = []
        for l in current:
            if t >= horizon:
                break
            I = divergences()
            ties = np.flatnonzero(I == I.min())
            star = int(ties[int(rng.integers(len(ties)))])
            N = W + W.T
            mean = np.where(N > 0, W / np.maximum(N, 1), 0.5)
            opponents = [j for j in range(K) if j != l and mean[l, j] <= 0.5]
            if not opponents or star in opponents:
                m = star
            else:
                row = np.array([mean[l, j] if j != l else np.inf for j in range(K)])
                ties = np.flatnonzero(row == row.min())
                m = int(ties[int(rng.integers(len(ties)))])
            duel(l, m)
            remaining.discard(l)
            I = divergences()
            for j in range(K):
                if j not in remaining and j not in nxt and I[j] - I.min() <= math.log(t + 1) + f:
                    nxt.append(j)
        current = nxt
    return out


def main():
    policies = {"rucb": rucb, "rmed1": rmed1}
    if len(sys.argv) > 1:
        rows(sys.argv[1], policies[sys.argv[1]])
        return
    print("# Independent NumPy reference (dueling_reference.py, this folder): Lin-10, 100 replications,")
    print("# seeds 1000 + r; T = 10^3, 10^4; average strong regret (D_a + D_b)/2; RUCB alpha = 0.51 (self-duels allowed),")
    print("# RMED1 f(K) = 0.3 K^1.01. A Java run agrees if |mean - reference| <= max(10% of reference,")
    print("# 3 combined standard errors).")
    print("instance,T,policy,mean,se")


def rows(name, algorithm):
    runs = np.array([algorithm(np.random.default_rng(1000 + r), GRID[-1])
                     for r in range(REPLICATIONS)])
    for j, t in enumerate(GRID):
        v = runs[:, j]
        print(f"lin-10,{t},{name},{v.mean():.2f},{v.std(ddof=1) / math.sqrt(len(v)):.2f}")


if __name__ == "__main__":
    main()
