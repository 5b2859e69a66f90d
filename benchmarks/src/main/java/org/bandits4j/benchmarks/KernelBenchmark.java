package org.bandits4j.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bandits4j.algorithms.linalg.DenseKernels;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot-path loops of {@link DenseKernels} against the EJML calls they replace, at the W3/W5
 * dimensions: the quadratic form {@code xᵀPx} (LinUCB's width with the Sherman–Morrison kernel),
 * the forward substitution {@code Uᵀy = x} (the width with the Cholesky kernel), and the
 * Sherman–Morrison rank-one downdate {@code P -= c cᵀ}. Score: ns per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBenchmark {

  @Param({"20", "100"})
  public int d;

  private double[] p;
  private double[] u;
  private double[] inverseDiagonal;
  private double[] x;
  private double[] c;
  private double[] out;
  private DMatrixRMaj pm;
  private DMatrixRMaj um;
  private DMatrixRMaj xm;
  private DMatrixRMaj outm;
  private DMatrixRMaj cm;

  @Setup
  public void setUp() {
    SplittableRandom rng = new SplittableRandom(1);
    p = new double[d * d];
    u = new double[d * d];
    inverseDiagonal = new double[d];
    x = new double[d];
    c = new double[d];
    out = new double[d];
    for (int i = 0; i < d; i++) {
      x[i] = rng.nextGaussian();
      c[i] = 1e-9 * rng.nextGaussian(); // tiny: repeated downdates stay harmless
      for (int j = i; j < d; j++) {
        double v = i == j ? d + rng.nextDouble() : 0.1 * rng.nextGaussian();
        p[i * d + j] = v;
        p[j * d + i] = v;
        u[i * d + j] = v;
      }
      inverseDiagonal[i] = 1.0 / u[i * d + i];
    }
    pm = DMatrixRMaj.wrap(d, d, p.clone());
    um = DMatrixRMaj.wrap(d, d, u.clone());
    xm = new DMatrixRMaj(d, 1, true, x);
    outm = new DMatrixRMaj(d, 1);
    cm = new DMatrixRMaj(d, 1, true, c);
  }

  @Benchmark
  public double quadraticFormOwn() {
    return DenseKernels.quadraticForm(p, d, x, out);
  }

  @Benchmark
  public double quadraticFormEjml() {
    CommonOps_DDRM.mult(pm, xm, outm);
    return CommonOps_DDRM.dot(xm, outm);
  }

  @Benchmark
  public double forwardSolveOwn() {
    DenseKernels.forwardSolve(u, inverseDiagonal, d, x, out);
    return out[d - 1];
  }

  @Benchmark
  public double forwardSolveEjml() {
    System.arraycopy(x, 0, outm.data, 0, d);
    TriangularSolver_DDRM.solveTranU(um.data, outm.data, d);
    return outm.data[d - 1];
  }

  @Benchmark
  public double rankOneDowndateOwn() {
    DenseKernels.subtractOuter(p, d, c);
    return p[0];
  }

  @Benchmark
  public double rankOneDowndateEjml() {
    CommonOps_DDRM.multAddTransB(-1.0, cm, cm, pm);
    return pm.data[0];
  }
}
