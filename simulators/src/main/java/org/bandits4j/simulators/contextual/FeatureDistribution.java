package org.bandits4j.simulators.contextual;

import java.util.random.RandomGenerator;

/** How feature vectors (contexts or coefficients) are drawn. */
public enum FeatureDistribution {

  /** Independent standard normal entries, {@code N(0, I)}. */
  GAUSSIAN,

  /** Uniform on the unit sphere (a normalised Gaussian vector). */
  SPHERE;

  /** Fills {@code out} with one draw, scaled by {@code scale}. */
  void draw(RandomGenerator rng, double scale, double[] out) {
    double norm2 = 0.0;
    do {
      norm2 = 0.0;
      for (int j = 0; j < out.length; j++) {
        out[j] = rng.nextGaussian();
        norm2 += out[j] * out[j];
      }
    } while (this == SPHERE && norm2 == 0.0);
    double s = this == SPHERE ? scale / Math.sqrt(norm2) : scale;
    for (int j = 0; j < out.length; j++) {
      out[j] *= s;
    }
  }
}
