#!/usr/bin/env python3
"""Independent reference implementation of SupLinUCB (Chu, Li, Reyzin, Schapire, AISTATS 2011).

Written from the paper's Algorithms 1 (BaseLinUCB) and 2 (SupLinUCB), without looking at the Java
implementation, to cross-check ``org.bandits4j.algorithms.linear.SupLinUcb`` round by round
(``SupLinUcbReferenceTest``). Plain dense linear algebra (``np.linalg.solve`` on the level's
ridge matrix every time), no incremental inverses, so that the two implementations share nothing
but the algorithm. Needs Python 3 and NumPy; not used by the Maven build.

The algorithm, in our words
---------------------------
Inputs: horizon T, failure probability delta, K arms with feature rows x_{t,a} in R^d.

* alpha = sqrt(ln(2 T K / delta) / 2) (the paper's choice; Lemma 1's Azuma bound with a union
  over T rounds and K arms).
* S = ceil(ln T) levels (the paper writes S = ln T; we round up), each with its own index set
  Psi_s of past rounds, initially empty.
* BaseLinUCB on a level s (Algorithm 1): A_s = I_d + sum_{tau in Psi_s} x_tau x_tau^T (ridge with
  lambda = 1), b_s = sum_{tau in Psi_s} r_tau x_tau, theta_s = A_s^{-1} b_s; for each arm
  s_{a} = sqrt(x_a^T A_s^{-1} x_a), width w_a = (alpha + 1) * s_a, estimate rhat_a = theta_s^T x_a.
  The "+ 1" is the ridge bias: with ||theta*|| <= 1, |x^T A^{-1} theta*| <= s_a, which Lemma 1 adds
  to alpha * s_a (Azuma); the paper's Lemma 1 states |rhat - x^T theta*| <= (alpha + 1) s and the
  algorithm uses that width. ``--width alpha`` drops the "+ 1" (the restatement in our spec).
* SupLinUCB round t (Algorithm 2): start with all arms active at level s = 1 and repeat:
  (a) if every active arm has w_a <= 1/sqrt(T): play argmax of rhat_a + w_a among the active
      arms; the round is recorded nowhere (exploitation, the index sets do not change);
  (b) else if every active arm has w_a <= 2^-s: keep the active arms with
      rhat_a + w_a >= max_active(rhat + w) - 2^(1-s) and move to level s + 1;
  (c) else: play an active arm with w_a > 2^-s and add t to Psi_s (the only level that learns
      from this round). The paper allows any such arm; we play the one with the largest width.
  The loop cannot run past level S: once 2^-s <= 1/sqrt(T) (true for s >= log2(T)/2, and
  S = ceil(ln T) >= log2(T)/2), case (b) implies case (a).

Ties: argmax in (a) and the widest arm in (c) take the lowest arm index among exact ties, and the
script counts such ties (``ties`` in the summary): the Java policy breaks ties at random, so a
trace meant for exact replay must have none (continuous features make them unlikely; the committed
trace has none, which the script checks when it writes the decisions).

Usage
-----
  suplinucb_reference.py generate --out trace.csv [--d 4 --k 5 --t 2000 --seed 20111 --delta 0.05]
  suplinucb_reference.py replay --trace trace.csv --out decisions.csv [--width alpha-plus-one]
  suplinucb_reference.py regret [--d 4 --k 5 --t 2000 --seeds 10 --instance trace|sphere]
      (expected regret of SupLinUCB, SupLinUCB without the "+ 1", OFUL with R = 0.5, LinUCB with
      alpha = 1 and a uniformly random policy, on fresh instances with generator seeds 1..n)
  suplinucb_reference.py horizons [--d 10 --k 10 --horizons 4000,...,64000 --seeds 3]
      (SupLinUCB tuned to each horizon on the sphere instance: mean regret per T and the slope)

Trace format (CSV, '#' lines are comments): a header comment
``# suplinucb-trace d=4 k=5 t=2000 delta=0.05 seed=... theta=...``, then one line per round:
the K feature rows arm after arm (K*d numbers, 4 decimals), then the K rewards (0 or 1).
Features have non-negative entries and norm <= 1, theta has norm 1 and non-negative entries, so
the mean reward x.theta lies in [0, 1]; rewards are Bernoulli(x.theta).

Decisions format: ``round,arm,recorded_level,decided_level,width`` with rounds and levels from 1,
recorded_level -1 for case (a), width the chosen arm's width at the deciding level (%.17g).
"""

import argparse
import math
import sys

import numpy as np


# ---------------------------------------------------------------------------------------------
# Trace generation


def generate(d, k, t, seed, delta):
    """A deterministic trace: fixed theta, fresh feature rows and Bernoulli rewards every round."""
    rng = np.random.default_rng(seed)
    theta = np.abs(rng.standard_normal(d))
    theta /= np.linalg.norm(theta)
    rows = []
    for _ in range(t):
        # Direction uniform on the positive orthant of the sphere, radius U^(1/d) (so ||x|| <= 1),
        # rounded to 4 decimals; the rounded numbers ARE the trace (both sides parse them).
        g = np.abs(rng.standard_normal((k, d)))
        g /= np.linalg.norm(g, axis=1, keepdims=True)
        g *= rng.uniform(0.0, 1.0, (k, 1)) ** (1.0 / d)
        g = np.floor(g * 1e4) / 1e4  # round down so the norm stays <= 1
        means = g @ theta
        rewards = (rng.uniform(0.0, 1.0, k) < means).astype(int)
        rows.append((g, rewards))
    return theta, rows


def generate_sphere(d, k, t, seed, noise):
    """An a3-like instance: theta and fresh rows uniform on the unit sphere, Gaussian noise."""
    rng = np.random.default_rng(seed)
    theta = rng.standard_normal(d)
    theta /= np.linalg.norm(theta)
    rows = []
    for _ in range(t):
        g = rng.standard_normal((k, d))
        g /= np.linalg.norm(g, axis=1, keepdims=True)
        rows.append((g, g @ theta + noise * rng.standard_normal(k)))
    return theta, rows


def write_trace(path, d, k, t, seed, delta, theta, rows):
    with open(path, "w", encoding="ascii") as out:
        out.write(
            "# suplinucb-trace d=%d k=%d t=%d delta=%s seed=%d theta=%s\n"
            % (d, k, t, repr(delta), seed, ";".join("%.17g" % v for v in theta))
        )
        out.write("# per round: k*d features (arm after arm), then k Bernoulli(x.theta) rewards\n")
        for g, rewards in rows:
            out.write(",".join("%.4f" % v for v in g.ravel()))
            out.write(",")
            out.write(",".join(str(int(r)) for r in rewards))
            out.write("\n")


def read_trace(path):
    header = None
    contexts, rewards = [], []
    with open(path, encoding="ascii") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith("#"):
                if line.startswith("# suplinucb-trace"):
                    header = dict(kv.split("=", 1) for kv in line.split()[2:])
                continue
            values = [float(v) for v in line.split(",")]
            d, k = int(header["d"]), int(header["k"])
            contexts.append(np.array(values[: k * d]).reshape(k, d))
            rewards.append(np.array(values[k * d :]))
    theta = np.array([float(v) for v in header["theta"].split(";")])
    return header, contexts, rewards, theta


# ---------------------------------------------------------------------------------------------
# SupLinUCB


class SupLinUcbReference:
    """SupLinUCB with dense per-level ridge matrices; decide() then learn() every round."""

    def __init__(self, d, k, horizon, delta, width="alpha-plus-one"):
        self.d = d
        self.horizon = horizon
        self.alpha = math.sqrt(0.5 * math.log(2.0 * horizon * k / delta))
        self.plus_one = 1.0 if width == "alpha-plus-one" else 0.0
        self.levels = max(1, math.ceil(math.log(horizon)))
        self.floor = 1.0 / math.sqrt(horizon)
        # Psi_s kept as its sufficient statistics: A_s = I + sum x x^T, b_s = sum r x.
        self.a = [np.eye(d) for _ in range(self.levels)]
        self.b = [np.zeros(d) for _ in range(self.levels)]
        self.ties = 0

    def base(self, s, x):
        """BaseLinUCB at level s (0-based here): widths and estimates for the rows x (m x d)."""
        theta = np.linalg.solve(self.a[s], self.b[s])
        z = np.linalg.solve(self.a[s], x.T)  # A_s^{-1} x_a, one column per arm
        s_a = np.sqrt(np.maximum(np.einsum("ij,ji->i", x, z), 0.0))
        return (self.alpha + self.plus_one) * s_a, x @ theta

    def decide(self, x):
        """Returns (arm, recorded level or -1, deciding level, width), levels 0-based."""
        active = np.arange(x.shape[0])
        for s in range(self.levels):
            w, rhat = self.base(s, x[active])
            ucb = rhat + w
            if np.all(w <= self.floor):
                # (a) exploit among the survivors; record nowhere.
                best = np.flatnonzero(ucb == ucb.max())
                self.ties += len(best) > 1
                i = best[0]
                return active[i], -1, s, w[i]
            if np.all(w <= 2.0 ** -(s + 1)):
                # (b) all accurate enough at this level: eliminate arms 2^(1-s) below the best UCB.
                active = active[ucb >= ucb.max() - 2.0 ** -s]
                continue
            # (c) some width above 2^-s: explore the widest such arm, learn at this level.
            wide = np.flatnonzero(w > 2.0 ** -(s + 1))
            best = wide[np.flatnonzero(w[wide] == w[wide].max())]
            self.ties += len(best) > 1
            i = best[0]
            return active[i], s, s, w[i]
        raise AssertionError("ran past the last level (cannot happen for S = ceil(ln T))")

    def learn(self, level, x, r):
        if level >= 0:
            self.a[level] += np.outer(x, x)
            self.b[level] += r * x


def replay(contexts, rewards, horizon, delta, width):
    d, k = contexts[0].shape[1], contexts[0].shape[0]
    policy = SupLinUcbReference(d, k, horizon, delta, width)
    out = []
    for x, r in zip(contexts, rewards):
        arm, level, decided, w = policy.decide(x)
        policy.learn(level, x[arm], r[arm])
        out.append((arm, level, decided, w))
    return policy, out


# ---------------------------------------------------------------------------------------------
# Comparators for the regret check: OFUL (logdet radius) and LinUCB with a fixed alpha


def run_ucb(contexts, rewards, radius):
    """Single ridge model (lambda = 1) playing argmax theta.x + radius(A, t) ||x||_{A^-1}."""
    d = contexts[0].shape[1]
    a, b = np.eye(d), np.zeros(d)
    arms = []
    for x, r in zip(contexts, rewards):
        theta = np.linalg.solve(a, b)
        z = np.linalg.solve(a, x.T)
        s = np.sqrt(np.maximum(np.einsum("ij,ji->i", x, z), 0.0))
        arm = int(np.argmax(x @ theta + radius(a) * s))
        a += np.outer(x[arm], x[arm])
        b += r[arm] * x[arm]
        arms.append(arm)
    return arms


def oful_radius(delta, noise=0.5, norm=1.0):
    """OFUL's beta = R sqrt(2 ln(det(A)^(1/2) / delta)) + sqrt(lambda) S with lambda = 1."""

    def radius(a):
        logdet = np.linalg.slogdet(a)[1]
        return noise * math.sqrt(logdet + 2.0 * math.log(1.0 / delta)) + norm

    return radius


def regret(contexts, theta, arms):
    means = np.array([x @ theta for x in contexts])
    return float(np.sum(means.max(axis=1) - means[np.arange(len(arms)), arms]))


# ---------------------------------------------------------------------------------------------
# Command line


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--out", required=True)
    g.add_argument("--d", type=int, default=4)
    g.add_argument("--k", type=int, default=5)
    g.add_argument("--t", type=int, default=2000)
    g.add_argument("--seed", type=int, default=20111)
    g.add_argument("--delta", type=float, default=0.05)
    r = sub.add_parser("replay")
    r.add_argument("--trace", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--width", choices=["alpha-plus-one", "alpha"], default="alpha-plus-one")
    c = sub.add_parser("regret")
    c.add_argument("--d", type=int, default=4)
    c.add_argument("--k", type=int, default=5)
    c.add_argument("--t", type=int, default=2000)
    c.add_argument("--seeds", type=int, default=10)
    c.add_argument("--delta", type=float, default=0.05)
    c.add_argument("--instance", choices=["trace", "sphere"], default="trace",
                   help="trace: the generator above; sphere: unit-sphere theta and rows, N(0, 0.5^2) noise")
    h = sub.add_parser("horizons")
    h.add_argument("--d", type=int, default=10)
    h.add_argument("--k", type=int, default=10)
    h.add_argument("--horizons", default="4000,8000,16000,32000,64000")
    h.add_argument("--seeds", type=int, default=3)
    h.add_argument("--delta", type=float, default=0.05)
    args = p.parse_args(argv)

    if args.cmd == "generate":
        theta, rows = generate(args.d, args.k, args.t, args.seed, args.delta)
        write_trace(args.out, args.d, args.k, args.t, args.seed, args.delta, theta, rows)
    elif args.cmd == "replay":
        header, contexts, rewards, theta = read_trace(args.trace)
        horizon, delta = int(header["t"]), float(header["delta"])
        policy, out = replay(contexts, rewards, horizon, delta, args.width)
        if policy.ties:
            sys.exit("trace has %d exact ties: unfit for an exact replay" % policy.ties)
        with open(args.out, "w", encoding="ascii") as f:
            f.write("# SupLinUCB reference decisions (suplinucb_reference.py, width=%s)\n" % args.width)
            f.write("round,arm,recorded_level,decided_level,width\n")
            for t, (arm, level, decided, w) in enumerate(out, start=1):
                f.write("%d,%d,%d,%d,%.17g\n" % (t, arm, level + 1 if level >= 0 else -1, decided + 1, w))
        levels = [lv for _, lv, _, _ in out]
        counts = {s + 1: levels.count(s) for s in range(policy.levels)}
        print("alpha=%.6f levels=%d recorded per level=%s unrecorded=%d ties=0 regret=%.3f"
              % (policy.alpha, policy.levels, counts, levels.count(-1),
                 regret(contexts, theta, [o[0] for o in out])))
    elif args.cmd == "horizons":
        # A5-like: SupLinUCB tuned to each horizon T (its own run per T) on the sphere instance;
        # slope = ln(mean(T_last) / mean(T_first)) / ln(T_last / T_first).
        horizons = [int(v) for v in args.horizons.split(",")]
        means = []
        for horizon in horizons:
            total = 0.0
            for seed in range(1, args.seeds + 1):
                theta, rows = generate_sphere(args.d, args.k, horizon, seed, 0.5)
                contexts = [g for g, _ in rows]
                out = replay(contexts, [rw for _, rw in rows], horizon, args.delta, "alpha-plus-one")[1]
                total += regret(contexts, theta, [o[0] for o in out])
            means.append(total / args.seeds)
            print("T=%d mean regret %.1f (%d runs)" % (horizon, means[-1], args.seeds), flush=True)
        print("slope %.3f" % (math.log(means[-1] / means[0]) / math.log(horizons[-1] / horizons[0])))
    else:
        print("seed,suplinucb,suplinucb_alpha_only,oful,linucb_alpha1,uniform_random")
        totals = np.zeros(5)
        noise = 0.5
        for seed in range(1, args.seeds + 1):
            if args.instance == "sphere":
                theta, rows = generate_sphere(args.d, args.k, args.t, seed, noise)
            else:
                theta, rows = generate(args.d, args.k, args.t, seed, args.delta)
            contexts = [g for g, _ in rows]
            rewards = [rw for _, rw in rows]
            sup = [o[0] for o in replay(contexts, rewards, args.t, args.delta, "alpha-plus-one")[1]]
            sup0 = [o[0] for o in replay(contexts, rewards, args.t, args.delta, "alpha")[1]]
            oful = run_ucb(contexts, rewards, oful_radius(args.delta, noise))
            lin = run_ucb(contexts, rewards, lambda a: 1.0)
            row = [regret(contexts, theta, arms) for arms in (sup, sup0, oful, lin)]
            means = np.array([x @ theta for x in contexts])
            row.append(float(np.sum(means.max(axis=1) - means.mean(axis=1))))
            totals += row
            print("%d,%s" % (seed, ",".join("%.2f" % v for v in row)))
        print("mean,%s" % ",".join("%.2f" % v for v in totals / args.seeds))


if __name__ == "__main__":
    main(sys.argv[1:])
