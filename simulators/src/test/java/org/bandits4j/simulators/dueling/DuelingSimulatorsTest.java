package org.bandits4j.simulators.dueling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.random.RandomGenerator;
import org.bandits4j.api.Arm;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Duel;
import org.bandits4j.api.DuelOutcome;
import org.bandits4j.api.DuelingBandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.PolicyState;
import org.bandits4j.api.RegretKind;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.run.DuelingReplicationRunner;
import org.bandits4j.simulators.run.ReplicationRunner;
import org.junit.jupiter.api.Test;

class DuelingSimulatorsTest {

  @Test
  void standardInstancesHaveTheSpecsWinners() {
    PreferenceMatrix lin = PreferenceMatrix.linear(10);
    assertEquals(0, lin.condorcetWinner());
    assertEquals(0.5 + 3 / 20.0, lin.probability(1, 4), 1e-15);
    assertEquals(9 / 20.0, lin.gap(9), 1e-15);
    PreferenceMatrix cyc = PreferenceMatrix.condorcetCyclic();
    assertEquals(0, cyc.condorcetWinner());
    for (int i = 1; i < 8; i++) {
      assertEquals(3, cyc.copelandScore(i), "regular tournament among arms 1..7");
    }
    PreferenceMatrix cop = PreferenceMatrix.copelandThree();
    assertFalse(cop.hasCondorcetWinner());
    assertArrayEquals(new int[] {0, 1, 2}, cop.copelandWinners());
    assertEquals(6, cop.copelandScore(0));
    assertEquals(0.7, cop.probability(2, 0), 1e-15);
    assertThrows(IllegalStateException.class, cop::condorcetWinner);
    PreferenceMatrix rps = PreferenceMatrix.cyclic(5, 0.2);
    assertEquals(5, rps.copelandWinners().length);
  }

  @Test
  void utilityLinksMatchTheirFormulas() {
    // Bradley-Terry: 1 / (1 + e^{-1}) = 0.731059; Thurstone: Φ(1/sqrt 2) = Φ(0.707107) = 0.760250
    assertEquals(0.731059, PreferenceMatrix.bradleyTerry(1, 0).probability(0, 1), 1e-6);
    assertEquals(0.760250, PreferenceMatrix.thurstone(1, 0).probability(0, 1), 1e-6);
    assertEquals(0.75, PreferenceMatrix.plackettLuce(3, 1).probability(0, 1), 1e-15);
    // Mallows, adjacent ranks: g = 1/(1 + φ) = 1/1.5 = 0.666667 for φ = 0.5; distance 2:
    // h(3) - h(2) = 3/0.875 - 2/0.75 = 3.428571 - 2.666667 = 0.761905
    PreferenceMatrix mallows = PreferenceMatrix.mallows(0.5, 0, 1, 2);
    assertEquals(2.0 / 3, mallows.probability(0, 1), 1e-12);
    assertEquals(0.761905, mallows.probability(0, 2), 1e-6);
    assertEquals(1 - 2.0 / 3, mallows.probability(2, 1), 1e-12);
    assertEquals(0.5, PreferenceMatrix.mallows(1.0, 1, 0).probability(0, 1));
    // SAVAGE: best beats second by 1/K, the worst with probability 1 (K = 4: 0.5 + 2/8, 1)
    PreferenceMatrix savage = PreferenceMatrix.savageHardCondorcet(4);
    assertEquals(0.75, savage.probability(0, 1), 1e-15);
    assertEquals(1.0, savage.probability(0, 3), 1e-15);
    assertEquals(0, savage.condorcetWinner());
  }

  @Test
  void badMatricesAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PreferenceMatrix(new double[][] {{0.5, 0.7}, {0.7, 0.5}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PreferenceMatrix(new double[][] {{0.5, 1.2}, {-0.2, 0.5}}));
    assertThrows(IllegalArgumentException.class, () -> PreferenceMatrix.cyclic(4, 0.1));
    assertThrows(IllegalArgumentException.class, () -> PreferenceMatrix.mallows(0.5, 0, 0));
  }

  @Test
  void csvWithIdsAndComments() {
    String csv = "# a comment\nalpha,beta\n0.5,0.8\n\n0.2,0.5\n";
    PreferenceMatrix m = PreferenceMatrix.readCsv(new StringReader(csv));
    assertEquals(ArmSet.of("alpha", "beta"), m.arms());
    assertEquals(0.8, m.probability(0, 1), 1e-15);
    String bad = "0.5,x\n0.5,0.5\n";
    String msg =
        assertThrows(
                IllegalArgumentException.class,
                () -> PreferenceMatrix.readCsv(new StringReader(bad)))
            .getMessage();
    assertTrue(msg.contains("line 1, cell 2"), msg);
  }

  @Test
  void matrixEnvironmentFrequenciesAndCommonRandomNumbers() {
    PreferenceMatrix m = PreferenceMatrix.linear(3);
    MatrixDuelingEnvironment env = new MatrixDuelingEnvironment(m);
    DuelProcess p = env.start(RandomStream.of(3));
    int n = 40_000;
    int wins = 0;
    for (int t = 1; t <= n; t++) {
      wins += p.duel(t, 0, 2) == DuelOutcome.FIRST_WINS ? 1 : 0;
    }
    // P = 0.5 + 2/6 = 0.833333; SE = sqrt(0.8333 * 0.1667 / 40000) = 0.001863; 4 SE = 0.0075
    // (false alarm about 6e-5)
    assertEquals(0.833333, (double) wins / n, 0.0075);
    // the n-th duel of a pair has the same outcome whatever else was dueled, in either order
    DuelProcess a = env.start(RandomStream.of(9));
    DuelProcess b = env.start(RandomStream.of(9));
    for (int t = 1; t <= 200; t++) {
      DuelOutcome x = a.duel(t, 1, 2);
      b.duel(t, 0, 1); // other pairs in between
      DuelOutcome y = b.duel(t, 2, 1); // reversed order
      assertEquals(x == DuelOutcome.FIRST_WINS, y == DuelOutcome.SECOND_WINS, "round " + t);
    }
  }

  @Test
  void noisyUtilitiesReproduceThurstoneAndBradleyTerry() {
    for (NoisyUtilityEnvironment.Noise noise : NoisyUtilityEnvironment.Noise.values()) {
      NoisyUtilityEnvironment env = new NoisyUtilityEnvironment(noise, 0.5, 0.4, 0.0);
      DuelProcess p = env.start(RandomStream.of(11));
      int n = 40_000;
      int wins = 0;
      for (int t = 1; t <= n; t++) {
        wins += p.duel(t, 0, 1) == DuelOutcome.FIRST_WINS ? 1 : 0;
      }
      double expected = env.preferences().probability(0, 1);
      // Gaussian: Φ(0.4/(0.5 sqrt 2)) = Φ(0.565685) = 0.714196; Gumbel: 1/(1 + e^{-0.8}) = 0.689974
      assertEquals(
          noise == NoisyUtilityEnvironment.Noise.GAUSSIAN ? 0.714196 : 0.689974, expected, 1e-6);
      // SE <= 0.0025; 4 SE = 0.01
      assertEquals(expected, (double) wins / n, 0.01, noise.name());
    }
  }

  /** Always duels (0, 1) and recommends arm 0. */
  private record Fixed() implements PolicySpec<DuelingBandit> {
    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public DuelingBandit create(ArmSet arms) {
      return new DuelingBandit() {
        private long step;

        @Override
        public Duel select(RandomGenerator rng) {
          return new Duel(arms.get(0), arms.get(1), ++step);
        }

        @Override
        public void update(Duel duel, DuelOutcome outcome) {}

        @Override
        public Arm recommendation() {
          return arms.get(0);
        }

        @Override
        public ArmSet arms() {
          return arms;
        }

        @Override
        public PolicySpec<?> descriptor() {
          return Fixed.this;
        }

        @Override
        public PolicyState snapshot() {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public DuelingBandit restore(PolicyState state) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void meterArithmeticAndRunner() {
    // Lin-4: Δ_1 = 1/8; duel (0, 1): weak min(0, 1/8) = 0, strong (0 + 1/8)/2 = 1/16,
    // Copeland: ζ = (1, 2/3, 1/3, 0), ζ* - (1 + 2/3)/2 = 1/6
    DuelingCurves c =
        DuelingReplicationRunner.of(
                ReplicationRunner.builder()
                    .horizon(100)
                    .replications(3)
                    .seed(1)
                    .checkpoints(10, 100)
                    .threads(2)
                    .build())
            .run(new MatrixDuelingEnvironment(PreferenceMatrix.linear(4)), new Fixed());
    assertEquals(0.0, c.mean(RegretKind.WEAK_DUELING, 1));
    assertEquals(100 / 16.0, c.mean(RegretKind.STRONG_DUELING, 1), 1e-12);
    assertEquals(100 / 6.0, c.mean(RegretKind.COPELAND_DUELING, 1), 1e-9);
    assertEquals(1.0, c.accuracy(0));
    assertThrows(IllegalArgumentException.class, () -> c.at(RegretKind.PSEUDO, 0));
    DuelingCurves cop =
        DuelingReplicationRunner.of(ReplicationRunner.builder().horizon(10).replications(1).build())
            .run(new MatrixDuelingEnvironment(PreferenceMatrix.copelandThree()), new Fixed());
    assertThrows(IllegalStateException.class, () -> cop.at(RegretKind.STRONG_DUELING, 0));
    assertEquals(1.0, cop.accuracy(0), "arm 0 is a Copeland winner of Cop-3");
  }

  @Test
  void replicationsDoNotDependOnTheThreadCount() {
    DuelingEnvironment env = new MatrixDuelingEnvironment(PreferenceMatrix.condorcetCyclic());
    PolicySpec<DuelingBandit> random =
        new PolicySpec<>() {
          @Override
          public String name() {
            return "uniform";
          }

          @Override
          public DuelingBandit create(ArmSet arms) {
            DuelingBandit fixed = new Fixed().create(arms);
            return new DuelingBandit() {
              private long step;
              private int last;

              @Override
              public Duel select(RandomGenerator rng) {
                return new Duel(
                    arms.get(rng.nextInt(arms.size())), arms.get(rng.nextInt(arms.size())), ++step);
              }

              @Override
              public void update(Duel duel, DuelOutcome outcome) {
                last = outcome == DuelOutcome.FIRST_WINS ? duel.first().index() : last;
              }

              @Override
              public Arm recommendation() {
                return arms.get(last);
              }

              @Override
              public ArmSet arms() {
                return arms;
              }

              @Override
              public PolicySpec<?> descriptor() {
                return fixed.descriptor();
              }

              @Override
              public PolicyState snapshot() {
                throw new UnsupportedOperationException();
              }
            };
          }

          @Override
          public DuelingBandit restore(PolicyState state) {
            throw new UnsupportedOperationException();
          }
        };
    ReplicationRunner.Builder b =
        ReplicationRunner.builder().horizon(2000).replications(6).seed(77);
    DuelingCurves one = DuelingReplicationRunner.of(b.threads(1).build()).run(env, random);
    DuelingCurves two = DuelingReplicationRunner.of(b.threads(2).build()).run(env, random);
    assertEquals(one, two);
    assertTrue(one.mean(RegretKind.STRONG_DUELING, one.checkpoints().length - 1) > 0);
  }
}
