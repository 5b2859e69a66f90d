package org.bandits4j.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bandits4j.api.ArmSet;

/**
 * Generators of bandit instances for property tests, driven by a caller's {@link RandomGenerator}
 * (so they work under JUnit, QuickTheories or any other framework).
 */
public final class BanditInstances {

  private BanditInstances() {}

  /** A uniform integer in {@code [min, max]}. */
  public static int between(RandomGenerator rng, int min, int max) {
    return min + rng.nextInt(max - min + 1);
  }

  /** {@code k} arms with distinct random ids (letters, digits and '-'). */
  public static ArmSet armSet(RandomGenerator rng, int k) {
    Set<String> ids = new LinkedHashSet<>();
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
    while (ids.size() < k) {
      int len = between(rng, 1, 8);
      StringBuilder id = new StringBuilder(len);
      for (int j = 0; j < len; j++) {
        id.append(alphabet.charAt(rng.nextInt(alphabet.length())));
      }
      ids.add(id.toString());
    }
    return ArmSet.of(new ArrayList<>(ids));
  }

  /** {@code k} Bernoulli means uniform in {@code [0.05, 0.95]}. */
  public static double[] bernoulliMeans(RandomGenerator rng, int k) {
    double[] means = new double[k];
    for (int i = 0; i < k; i++) {
      means[i] = 0.05 + 0.9 * rng.nextDouble();
    }
    return means;
  }

  /**
   * {@code k} Bernoulli means with a unique best arm ahead of the others by at least {@code gap}.
   */
  public static double[] bernoulliMeansWithGap(RandomGenerator rng, int k, double gap) {
    if (!(gap > 0 && gap < 0.9)) {
      throw new IllegalArgumentException("gap must be in (0, 0.9), was " + gap);
    }
    double[] means = new double[k];
    int best = rng.nextInt(k);
    double top = 0.05 + gap + (0.9 - gap) * rng.nextDouble();
    for (int i = 0; i < k; i++) {
      means[i] = i == best ? top : 0.05 + (top - gap - 0.05) * rng.nextDouble();
    }
    return means;
  }

  /** {@code k} Gaussian means, standard normal. */
  public static double[] gaussianMeans(RandomGenerator rng, int k) {
    return gaussianVector(rng, k);
  }

  /** A vector of {@code d} independent standard normals. */
  public static double[] gaussianVector(RandomGenerator rng, int d) {
    double[] x = new double[d];
    for (int j = 0; j < d; j++) {
      x[j] = rng.nextGaussian();
    }
    return x;
  }

  /** A vector uniform on the unit sphere of {@code R^d}. */
  public static double[] unitVector(RandomGenerator rng, int d) {
    double[] x;
    double norm;
    do {
      x = gaussianVector(rng, d);
      norm = 0.0;
      for (double v : x) {
        norm += v * v;
      }
    } while (norm == 0.0);
    norm = Math.sqrt(norm);
    for (int j = 0; j < d; j++) {
      x[j] /= norm;
    }
    return x;
  }

  /**
   * A Bradley–Terry preference matrix from utilities {@code u}: {@code P[i][j] = u_i / (u_i +
   * u_j)}, with {@code P[i][i] = 1/2}. Arm 0 (largest utility) is the Condorcet winner when {@code
   * u} is decreasing.
   */
  public static double[][] bradleyTerry(double... utilities) {
    int k = utilities.length;
    double[][] p = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        p[i][j] = i == j ? 0.5 : utilities[i] / (utilities[i] + utilities[j]);
      }
    }
    return p;
  }

  /** {@code k} positive utilities, decreasing, drawn uniformly in {@code (0.1, 1]}. */
  public static double[] decreasingUtilities(RandomGenerator rng, int k) {
    List<Double> u = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      u.add(0.1 + 0.9 * (1.0 - rng.nextDouble()));
    }
    u.sort((a, b) -> Double.compare(b, a));
    return u.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
