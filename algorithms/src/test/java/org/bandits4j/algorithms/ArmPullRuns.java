package org.bandits4j.algorithms;

import java.util.stream.IntStream;
import org.bandits4j.api.ArmSet;
import org.bandits4j.api.Bandit;
import org.bandits4j.api.PolicySpec;
import org.bandits4j.api.Selection;
import org.bandits4j.simulators.env.Environment;
import org.bandits4j.simulators.env.RewardProcess;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.regret.Summary;
import org.bandits4j.simulators.run.ReplicationRunner;

/**
 * Replications that record, besides the pseudo-regret, every arm's pull count at checkpoints (what
 * per-arm bounds such as UCB-V's need). Streams follow {@link ReplicationRunner}'s convention
 * (replication {@code r}: first split drives the environment, second the policy), so the regret
 * equals the runner's for the same seed; replications run in parallel and results do not depend on
 * the number of threads.
 */
public final class ArmPullRuns {

  private final long[] checkpoints;
  private final double[][][] pulls;
  private final double[][] regret;

  private ArmPullRuns(long[] checkpoints, double[][][] pulls, double[][] regret) {
    this.checkpoints = checkpoints;
    this.pulls = pulls;
    this.regret = regret;
  }

  /** Runs {@code replications} replications of {@code horizon = max(checkpoints)} rounds. */
  public static ArmPullRuns run(
      Environment env,
      PolicySpec<? extends Bandit> spec,
      long[] checkpoints,
      int replications,
      long seed) {
    long horizon = checkpoints[checkpoints.length - 1];
    RandomStream[] streams =
        ReplicationRunner.builder()
            .horizon(horizon)
            .replications(replications)
            .seed(seed)
            .build()
            .replicationStreams();
    int k = env.arms().size();
    double[][][] pulls = new double[replications][checkpoints.length][k];
    double[][] regret = new double[replications][checkpoints.length];
    IntStream.range(0, replications)
        .parallel()
        .forEach(
            r -> {
              RewardProcess process = env.start(streams[r].split());
              RandomStream rng = streams[r].split();
              Bandit policy = spec.create(env.arms());
              ArmSet arms = policy.arms();
              long[] n = new long[k];
              double pseudo = 0;
              int next = 0;
              for (long t = 1; t <= horizon; t++) {
                Selection s = policy.select(rng);
                int arm = arms.resolve(s.arm());
                policy.update(s, process.pull(t, arm));
                pseudo += process.bestMean(t) - process.mean(t, arm);
                n[arm]++;
                if (t == checkpoints[next]) {
                  for (int i = 0; i < k; i++) {
                    pulls[r][next][i] = n[i];
                  }
                  regret[r][next++] = pseudo;
                }
              }
            });
    return new ArmPullRuns(checkpoints.clone(), pulls, regret);
  }

  /** Mean pull count of {@code arm} at checkpoint {@code j}. */
  public double meanPulls(int j, int arm) {
    double sum = 0;
    for (double[][] rep : pulls) {
      sum += rep[j][arm];
    }
    return sum / pulls.length;
  }

  /** Mean pseudo-regret at checkpoint {@code j}. */
  public double meanRegret(int j) {
    return Summary.mean(column(j));
  }

  /** Standard error of the pseudo-regret at checkpoint {@code j}. */
  public double regretSe(int j) {
    return Summary.standardDeviation(column(j)) / Math.sqrt(regret.length);
  }

  /** The pseudo-regret of every replication at checkpoint {@code j}. */
  public double[] column(int j) {
    double[] v = new double[regret.length];
    for (int r = 0; r < v.length; r++) {
      v[r] = regret[r][j];
    }
    return v;
  }

  /** The checkpoints (a copy). */
  public long[] checkpoints() {
    return checkpoints.clone();
  }
}
