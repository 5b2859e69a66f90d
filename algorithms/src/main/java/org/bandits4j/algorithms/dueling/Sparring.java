package org.bandits4j.algorithms.dueling;

import java.util.random.RandomGenerator;
import org.bandits4j.algorithms.core.Checks;
import org.bandits4j.algorithms.state.SparringState;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * Sparring: two independent bandit learners each pick an arm; the duel's winner's learner gets
 * reward 1, the loser's 0 (a tie gives both 1/2).
 *
 * <pre>{@code
 * a = left.select(); b = right.select(); duel (a, b)
 * left.update(a, score of a); right.update(b, 1 - score of a)
 * }</pre>
 *
 * <p>Paper: N. Ailon, Z. Karnin, T. Joachims, "Reducing Dueling Bandits to Cardinal Bandits", ICML
 * 2014, for utility-based duels ({@code P_ij = (1 + u_i - u_j)/2}). Checked in the paper's abstract
 * and first page (ICML text): it proves regret bounds for its other reductions (Doubler, MultiSBM)
 * and only <em>conjectures</em> Sparring's performance, which is the best of the three in its
 * experiments. The spec's {@code O(sqrt(K T ln K))} for Sparring with EXP3 learners is therefore
 * not the paper's theorem as far as we could read (unverified); with UCB1 or Thompson learners
 * there is no guarantee. Our regret test checks sublinear growth of the UCB1 form.
 *
 * <p>The inner policies receive {@code Selection(arm, NaN, duel step)}: a {@link Duel} carries no
 * propensities, so inner policies that need the propensity of their own draw (importance-weighted
 * EXP3) cannot be fed exactly through this API; policies that use only the arm (UCB, Thompson
 * sampling, ε-greedy) are exact.
 *
 * <p>Feedback is validated before either learner changes; a rejected update leaves both unchanged.
 * {@link #recommendation()}: the arm that took part in the most duels (lowest index on ties).
 * State: {@link SparringState} (both inner states in their own formats, and the per-arm
 * participation counts).
 *
 * <p>Thread safety: not thread-safe. Complexity: twice the inner policy's, no allocation beyond the
 * returned duel and the two inner selections.
 */
public final class Sparring implements DuelingBandit {

  private final SparringSpec spec;
  private final ArmSet arms;
  private final Bandit left;
  private final Bandit right;
  private final long[] plays;
  private long step;

  Sparring(SparringSpec spec, ArmSet arms) {
    this.spec = spec;
    this.arms = Checks.notNull("arms", arms);
    this.left = spec.inner().create(arms);
    this.right = spec.inner().create(arms);
    this.plays = new long[arms.size()];
  }

  Sparring(SparringSpec spec, PolicyState state) {
    Checks.notNull("state", state);
    if (!(state instanceof SparringState s) || !state.policy().equals(spec.name())) {
      throw new IllegalArgumentException(
          "state of "
              + state.getClass().getSimpleName()
              + " for policy '"
              + state.policy()
              + "' cannot restore policy '"
              + spec.name()
              + "'");
    }
    this.spec = spec;
    this.arms = s.arms();
    this.step = Checks.nonNegative("state.step", s.step());
    this.left = spec.inner().restore(s.left());
    this.right = spec.inner().restore(s.right());
    this.plays = s.plays();
    for (int i = 0; i < plays.length; i++) {
      if (plays[i] < 0) {
        throw new IllegalArgumentException(
            "state.plays of arm '" + arms.get(i).id() + "' must be >= 0, was " + plays[i]);
      }
    }
  }

  @Override
  public Duel select(RandomGenerator rng) {
    Selection a = left.select(rng);
    Selection b = right.select(rng);
    return new Duel(arms.get(a.arm().index()), arms.get(b.arm().index()), ++step);
  }

  @Override
  public void update(Duel duel, DuelOutcome outcome) {
    if (duel == null || outcome == null) {
      throw new IllegalArgumentException(
          "duel and outcome must not be null, were " + duel + ", " + outcome);
    }
    int a = indexOf(duel.first(), "first");
    int b = indexOf(duel.second(), "second");
    double score = outcome.firstScore();
    left.update(new Selection(arms.get(a), Double.NaN, duel.step()), score);
    right.update(new Selection(arms.get(b), Double.NaN, duel.step()), 1.0 - score);
    plays[a]++;
    plays[b]++;
  }

  private int indexOf(Arm arm, String which) {
    int i = arms.resolve(arm);
    if (i < 0) {
      throw new IllegalArgumentException(
          "duel's " + which + " arm '" + arm.id() + "' is not in the arm set " + arms);
    }
    return i;
  }

  @Override
  public Arm recommendation() {
    int best = 0;
    for (int i = 1; i < plays.length; i++) {
      if (plays[i] > plays[best]) {
        best = i;
      }
    }
    return arms.get(best);
  }

  @Override
  public ArmSet arms() {
    return arms;
  }

  @Override
  public PolicySpec<?> descriptor() {
    return spec;
  }

  @Override
  public SparringState snapshot() {
    return new SparringState(spec, arms, step, left.snapshot(), right.snapshot(), plays);
  }

  @Override
  public String toString() {
    return "Sparring[" + spec + ", step=" + step + "]";
  }
}
