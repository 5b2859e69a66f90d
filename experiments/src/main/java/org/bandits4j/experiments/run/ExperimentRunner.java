package org.bandits4j.experiments.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bandits4j.algorithms.state.PolicyRegistry;
import org.bandits4j.api.RegretKind;
import org.bandits4j.experiments.config.ExperimentConfig;
import org.bandits4j.experiments.config.ExperimentConfig.EnvironmentEntry;
import org.bandits4j.experiments.config.ExperimentConfig.PolicyEntry;
import org.bandits4j.experiments.run.ExperimentResults.Cell;
import org.bandits4j.experiments.scenario.Scenario;
import org.bandits4j.simulators.random.RandomStream;
import org.bandits4j.simulators.run.ReplicationRunner;

/**
 * Runs an experiment's {@link RunPlan} on a fixed number of worker threads and returns one cell per
 * (environment, policy, horizon).
 *
 * <p>Determinism: in every run, replication {@code r} gets the {@code r}-th stream split from the
 * master seed, exactly as {@link ReplicationRunner#replicationStreams()} splits them, so every
 * policy on an environment sees the same reward draws, and each replication's result depends only
 * on the seed, {@code r} and the run, never on the thread that ran it or the order. Results are
 * therefore identical for any thread count, and with a {@link ResultStore} a killed run resumes
 * from the replications it saved and produces the same numbers.
 *
 * <p>Scheduling: the (run, replication) tasks, in plan order, are shared by the workers through one
 * atomic counter; a run's missing replications are cut into blocks of about {@code blockRounds}
 * simulated rounds, each saved as soon as its last replication finishes.
 *
 * <p>Thread safety: an instance may run several experiments, one after the other or at once.
 */
public final class ExperimentRunner {

  /** Default block size in simulated rounds (a few seconds of work on one core). */
  public static final long DEFAULT_BLOCK_ROUNDS = 50_000_000L;

  private final int threads;
  private final long blockRounds;
  private final ResultStore store;
  private final ProgressListener progress;
  private final PolicyRegistry registry;

  /**
   * A runner.
   *
   * @param threads worker threads, {@code >= 1}; results do not depend on it
   * @param blockRounds how many simulated rounds of one run are saved together, {@code >= 1}
   * @param store where finished replications are saved and found again
   * @param progress receives progress
   * @param registry writes specs canonically for the run keys
   * @throws IllegalArgumentException if {@code threads} or {@code blockRounds} is below 1
   */
  public ExperimentRunner(
      int threads,
      long blockRounds,
      ResultStore store,
      ProgressListener progress,
      PolicyRegistry registry) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    if (blockRounds < 1) {
      throw new IllegalArgumentException("blockRounds must be >= 1, was " + blockRounds);
    }
    this.threads = threads;
    this.blockRounds = blockRounds;
    this.store = store;
    this.progress = progress;
    this.registry = registry;
  }

  /**
   * Runs every replication the store does not already hold.
   *
   * @throws IllegalStateException naming the run and replication if a replication fails (for
   *     example a policy rejecting a reward), after saving every block that finished
   */
  public ExperimentResults run(ExperimentConfig config) {
    return run(RunPlan.of(config, registry));
  }

  /** Runs a plan; see {@link #run(ExperimentConfig)}. */
  public ExperimentResults run(RunPlan plan) {
    ExperimentConfig config = plan.config();
    int replications = config.replications();
    List<UnitState> states = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    long rounds = 0;
    long reused = 0;
    for (Unit unit : plan.units()) {
      Scenario scenario = config.environments().get(unit.environment()).scenario();
      UnitState state = new UnitState(unit, scenario, config, replications);
      Map<Integer, double[][]> saved =
          store.load(unit, replications, scenario.regretKinds().size());
      saved.forEach((r, rows) -> state.rows[r] = rows);
      reused += saved.size();
      int perBlock = (int) Math.max(1, Math.min(replications, blockRounds / unit.horizon()));
      Block block = null;
      for (int r = 0; r < replications; r++) {
        if (state.rows[r] != null) {
          block = null;
          continue;
        }
        if (block == null || block.size == perBlock) {
          block = new Block(r);
        }
        block.size++;
        tasks.add(new Task(state, r, block));
        rounds += unit.horizon();
      }
      if (saved.size() < replications) {
        state.splitStreams();
      }
      states.add(state);
    }
    for (Task t : tasks) {
      t.block.remaining.set(t.block.size);
    }
    progress.start(rounds, tasks.size(), reused);
    try {
      execute(tasks);
    } finally {
      progress.finish();
    }
    return new ExperimentResults(config, cells(config, states), tasks.size(), reused);
  }

  private void execute(List<Task> tasks) {
    int workers = Math.min(threads, tasks.size());
    if (workers == 0) {
      return;
    }
    // One future per replication on a fresh pool, as ReplicationRunner.run does: measured on a
    // loaded machine, work done on the calling thread or by hand-made threads got markedly less
    // CPU than pool threads (same CPU time, up to twice the wall time).
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(workers, ExperimentRunner::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>(tasks.size());
      for (Task task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  if (failure.get() != null) {
                    return; // a replication failed: the run stops
                  }
                  try {
                    task.run(store, progress);
                  } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, task.failure(e));
                  }
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure.compareAndSet(null, new IllegalStateException("interrupted", e));
          break;
        } catch (ExecutionException e) {
          failure.compareAndSet(null, new IllegalStateException("worker failed", e.getCause()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bandits4j-runner");
    t.setDaemon(true);
    return t;
  }

  private static List<Cell> cells(ExperimentConfig config, List<UnitState> states) {
    List<Cell> cells = new ArrayList<>();
    for (UnitState state : states) {
      Unit unit = state.unit;
      List<RegretKind> kinds = state.scenario.regretKinds();
      double[][][] values = new double[kinds.size()][state.rows.length][];
      for (int r = 0; r < state.rows.length; r++) {
        for (int k = 0; k < kinds.size(); k++) {
          values[k][r] = state.rows[r][k];
        }
      }
      CellCurves all = new CellCurves(unit.checkpoints(), kinds, values);
      EnvironmentEntry env = config.environments().get(unit.environment());
      PolicyEntry policy = config.policies().get(unit.policy());
      for (long h : unit.servedHorizons()) {
        long[] grid = config.grid().at(h);
        CellCurves curves =
            java.util.Arrays.equals(grid, unit.checkpoints()) ? all : all.restrict(grid);
        cells.add(new Cell(env, policy, h, unit.spec(), curves));
      }
    }
    return cells;
  }

  /** A run's replication results and its streams, made on first use. */
  private static final class UnitState {
    final Unit unit;
    final Scenario scenario;
    final ExperimentConfig config;
    final double[][][] rows;
    private RandomStream[] streams;

    UnitState(Unit unit, Scenario scenario, ExperimentConfig config, int replications) {
      this.unit = unit;
      this.scenario = scenario;
      this.config = config;
      this.rows = new double[replications][][];
    }

    /** Splits the replication streams (before any worker starts). */
    void splitStreams() {
      streams =
          ReplicationRunner.builder()
              .horizon(unit.horizon())
              .replications(rows.length)
              .seed(config.seed())
              .build()
              .replicationStreams();
    }

    /** Stream {@code r}; each is handed out once (streams are stateful). */
    RandomStream stream(int r) {
      RandomStream s = streams[r];
      streams[r] = null;
      return s;
    }

    String describe() {
      return "policy '"
          + config.policies().get(unit.policy()).label()
          + "' on environment '"
          + config.environments().get(unit.environment()).label()
          + "' (horizon "
          + unit.horizon()
          + ")";
    }
  }

  /** Consecutive missing replications of one run, saved together. */
  private static final class Block {
    final int from;
    int size;
    final AtomicInteger remaining = new AtomicInteger();

    Block(int from) {
      this.from = from;
    }
  }

  /** One replication of one run. */
  private record Task(UnitState state, int replication, Block block) {

    void run(ResultStore store, ProgressListener progress) {
      Unit unit = state.unit;
      state.rows[replication] =
          state.scenario.replicate(
              unit.spec(),
              state.stream(replication),
              unit.horizon(),
              unit.checkpoints(),
              state.config.roundRobinStart());
      if (block.remaining.decrementAndGet() == 0) {
        double[][][] rows = new double[block.size][][];
        System.arraycopy(state.rows, block.from, rows, 0, block.size);
        store.save(unit, block.from, rows);
      }
      progress.advance(unit.horizon());
    }

    RuntimeException failure(Throwable e) {
      return new IllegalStateException(
          "replication " + replication + " of " + state.describe() + " failed: " + e.getMessage(),
          e);
    }
  }
}
