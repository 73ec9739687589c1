package org.dispatches.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use over a phase: the JVM's per-pool peaks are reset at the start and summed at the
 * end. Pools peak at different moments, so the sum is an upper bound on the true peak.
 */
final class HeapWatch {
  private HeapWatch() {}

  /** Collects garbage and starts a new phase. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  /** The summed peak of the heap pools since {@link #reset()}. */
  static long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  /** The maximum heap this JVM may use (-Xmx). */
  static long maxBytes() {
    return Runtime.getRuntime().maxMemory();
  }
}
