package org.bandits4j.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An immutable, ordered set of arms with unique string ids.
 *
 * <p>Adding or removing an arm yields a new set; arms after a removed one shift down by one index.
 * Two arm sets are equal when they hold the same ids in the same order.
 *
 * <p>Thread safety: immutable. Complexity: {@link #get(int)} O(1), {@link #indexOf(String)} O(1)
 * expected, {@link #with(String)} and {@link #without(String)} O(K).
 */
public final class ArmSet implements Iterable<Arm> {

  private final Arm[] arms;
  private final Map<String, Integer> byId;

  private ArmSet(List<String> ids) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("an arm set needs at least one arm, got none");
    }
    this.arms = new Arm[ids.size()];
    this.byId = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < arms.length; i++) {
      Arm arm = new Arm(i, ids.get(i));
      if (byId.putIfAbsent(arm.id(), i) != null) {
        throw new IllegalArgumentException("arm ids must be unique, '" + arm.id() + "' repeats");
      }
      arms[i] = arm;
    }
  }

  /**
   * Creates an arm set from ids, in order.
   *
   * @throws IllegalArgumentException if there are no ids, an id is blank or ids repeat
   */
  public static ArmSet of(String... ids) {
    return new ArmSet(Arrays.asList(ids));
  }

  /**
   * Creates an arm set from ids, in order.
   *
   * @throws IllegalArgumentException if there are no ids, an id is blank or ids repeat
   */
  public static ArmSet of(List<String> ids) {
    return new ArmSet(new ArrayList<>(ids));
  }

  /**
   * Creates {@code k} arms with ids {@code "0", "1", ..., "k-1"}.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static ArmSet ofSize(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("arm count must be >= 1, was " + k);
    }
    List<String> ids = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      ids.add(Integer.toString(i));
    }
    return new ArmSet(ids);
  }

  /** Number of arms, at least 1. */
  public int size() {
    return arms.length;
  }

  /**
   * The arm at {@code index}.
   *
   * @throws IllegalArgumentException if the index is outside {@code [0, size())}
   */
  public Arm get(int index) {
    if (index < 0 || index >= arms.length) {
      throw new IllegalArgumentException(
          "arm index must be in [0, " + arms.length + "), was " + index);
    }
    return arms[index];
  }

  /**
   * The arm with this id.
   *
   * @throws IllegalArgumentException if no arm has this id
   */
  public Arm get(String id) {
    int index = indexOf(id);
    if (index < 0) {
      throw new IllegalArgumentException("unknown arm id " + Arm.quote(id) + "; arms are " + ids());
    }
    return arms[index];
  }

  /** Index of the arm with this id, or -1 if there is none. */
  public int indexOf(String id) {
    Integer index = byId.get(id);
    return index == null ? -1 : index;
  }

  /** Whether an arm with this id is in the set. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /**
   * The current index of {@code arm} in this set: its own index when that position holds the same
   * id (the fast path), otherwise the index of its id, or -1 if the id is not in this set.
   */
  @SuppressWarnings("ReferenceEquality") // identity is only the fast path; ids decide
  public int resolve(Arm arm) {
    int index = arm.index();
    if (index < arms.length) {
      Arm here = arms[index];
      if (here == arm || here.id().equals(arm.id())) {
        return index;
      }
    }
    return indexOf(arm.id());
  }

  /**
   * A new set with one more arm, appended last.
   *
   * @throws IllegalArgumentException if the id is blank or already present
   */
  public ArmSet with(String id) {
    if (contains(id)) {
      throw new IllegalArgumentException("arm id " + Arm.quote(id) + " is already in " + ids());
    }
    List<String> ids = new ArrayList<>(ids());
    ids.add(id);
    return new ArmSet(ids);
  }

  /**
   * A new set without the arm of this id.
   *
   * @throws IllegalArgumentException if the id is unknown or it is the last arm
   */
  public ArmSet without(String id) {
    int index = indexOf(id);
    if (index < 0) {
      throw new IllegalArgumentException("unknown arm id " + Arm.quote(id) + "; arms are " + ids());
    }
    if (arms.length == 1) {
      throw new IllegalArgumentException("cannot remove " + Arm.quote(id) + ": it is the only arm");
    }
    List<String> ids = new ArrayList<>(ids());
    ids.remove(index);
    return new ArmSet(ids);
  }

  /** The ids, in order, as an unmodifiable list. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(arms.length);
    for (Arm arm : arms) {
      ids.add(arm.id());
    }
    return Collections.unmodifiableList(ids);
  }

  @Override
  public Iterator<Arm> iterator() {
    return Collections.unmodifiableList(Arrays.asList(arms)).iterator();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ArmSet other) || other.arms.length != arms.length) {
      return false;
    }
    for (int i = 0; i < arms.length; i++) {
      if (!arms[i].id().equals(other.arms[i].id())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return ids().hashCode();
  }

  @Override
  public String toString() {
    return ids().toString();
  }
}
