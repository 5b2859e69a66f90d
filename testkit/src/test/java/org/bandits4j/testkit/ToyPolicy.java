package org.bandits4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmEditor;
import org.bandits4j.api.ArmEstimate;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.Estimates;
import org.bandits4j.api.Merger;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.Selection;

/**
 * A small, correct ε-greedy (ε = 0.2, lowest index wins ties) used to test the contract suite
 * itself, with deliberate bugs switched on by {@link Mutation}s.
 */
final class ToyPolicy implements Bandit {

  enum Mutation {
    ACCEPT_NAN,
    WRONG_PROPENSITY,
    SHARED_SNAPSHOT,
    LOSSY_RESTORE,
    DOUBLE_MERGE,
    FORGETS_ON_ADD
  }

  record Spec(Set<Mutation> mutations) implements PolicySpec<ToyPolicy> {
    static Spec correct() {
      return new Spec(Set.of());
    }

    static Spec with(Mutation m) {
      return new Spec(Set.of(m));
    }

    @Override
    public String name() {
      return "toy";
    }

    @Override
    public ToyPolicy create(ArmSet arms) {
      return new ToyPolicy(this, arms, 0, zeros(arms.size(), 0L), zeros(arms.size(), 0.0));
    }

    @Override
    public ToyPolicy restore(PolicyState state) {
      if (!(state instanceof State s) || !s.policy().equals(name())) {
        throw new IllegalArgumentException("not a toy state: " + state);
      }
      List<Double> sums =
          mutations.contains(Mutation.LOSSY_RESTORE) ? zeros(s.n().size(), 0.0) : s.s();
      return new ToyPolicy(this, s.arms(), s.step(), s.n(), sums);
    }
  }

  record State(Spec spec, ArmSet arms, long step, List<Long> n, List<Double> s)
      implements PolicyState {
    @Override
    public int version() {
      return 1;
    }
  }

  private final Spec spec;
  private ArmSet arms;
  private long step;
  private List<Long> n;
  private List<Double> s;

  private ToyPolicy(Spec spec, ArmSet arms, long step, List<Long> n, List<Double> s) {
    this.spec = spec;
    this.arms = arms;
    this.step = step;
    this.n = new ArrayList<>(n);
    this.s = new ArrayList<>(s);
  }

  static <T> List<T> zeros(int k, T zero) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(zero);
    }
    return out;
  }

  private boolean has(Mutation m) {
    return spec.mutations().contains(m);
  }

  @Override
  public Selection select(RandomGenerator rng) {
    int k = arms.size();
    for (int i = 0; i < k; i++) {
      if (n.get(i) == 0) {
        return new Selection(arms.get(i), 1.0, ++step);
      }
    }
    int greedy = 0;
    for (int i = 1; i < k; i++) {
      if (s.get(i) / n.get(i) > s.get(greedy) / n.get(greedy)) {
        greedy = i;
      }
    }
    int arm = rng.nextDouble() < 0.2 ? rng.nextInt(k) : greedy;
    double p = (arm == greedy ? 0.8 : 0.0) + 0.2 / k;
    return new Selection(arms.get(arm), has(Mutation.WRONG_PROPENSITY) ? 1.0 : p, ++step);
  }

  @Override
  public void update(Selection selection, double reward) {
    if (selection == null) {
      throw new IllegalArgumentException("selection must not be null");
    }
    int i = arms.indexOf(selection.arm().id());
    if (i < 0) {
      throw new IllegalArgumentException("unknown arm '" + selection.arm().id() + "'");
    }
    if (!Double.isFinite(reward) && !(has(Mutation.ACCEPT_NAN) && Double.isNaN(reward))) {
      throw new IllegalArgumentException("reward must be finite, was " + reward);
    }
    n.set(i, n.get(i) + 1);
    s.set(i, s.get(i) + reward);
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
  public PolicyState snapshot() {
    return has(Mutation.SHARED_SNAPSHOT)
        ? new State(spec, arms, step, n, s)
        : new State(spec, arms, step, List.copyOf(n), List.copyOf(s));
  }

  @Override
  public Optional<Estimates> estimates() {
    return Optional.of(
        new Estimates() {
          @Override
          public List<ArmEstimate> all() {
            List<ArmEstimate> out = new ArrayList<>();
            for (Arm a : arms) {
              out.add(of(a));
            }
            return out;
          }

          @Override
          public ArmEstimate of(Arm arm) {
            int i = arms.indexOf(arm.id());
            if (i < 0) {
              throw new IllegalArgumentException("unknown arm '" + arm.id() + "'");
            }
            long pulls = n.get(i);
            return new ArmEstimate(
                arms.get(i), pulls, pulls == 0 ? Double.NaN : s.get(i) / pulls, Double.NaN);
          }
        });
  }

  @Override
  public Optional<ArmEditor> armEditor() {
    return Optional.of(
        new ArmEditor() {
          @Override
          public void addArm(String id) {
            arms = arms.with(id);
            if (has(Mutation.FORGETS_ON_ADD)) {
              n = zeros(arms.size() - 1, 0L);
              s = zeros(arms.size() - 1, 0.0);
            }
            n.add(0L);
            s.add(0.0);
          }

          @Override
          public void removeArm(String id) {
            int i = arms.indexOf(id);
            arms = arms.without(id);
            n.remove(i);
            s.remove(i);
          }
        });
  }

  @Override
  public Optional<Merger> merger() {
    return Optional.of(
        new Merger() {
          @Override
          public void merge(PolicyState other) {
            merge(other, spec.create(other.arms()).snapshot());
          }

          @Override
          public void merge(PolicyState other, PolicyState base) {
            if (!(other instanceof State o) || !(base instanceof State b)) {
              throw new IllegalArgumentException("not a toy state: " + other);
            }
            int times = has(Mutation.DOUBLE_MERGE) ? 2 : 1;
            for (int i = 0; i < n.size(); i++) {
              n.set(i, n.get(i) + times * (o.n().get(i) - b.n().get(i)));
              s.set(i, s.get(i) + times * (o.s().get(i) - b.s().get(i)));
            }
            step += o.step() - b.step();
          }
        });
  }
}
