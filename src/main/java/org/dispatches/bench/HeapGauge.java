package org.dispatches.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after a full collection: what the process keeps, not what it has yet to collect. */
public final class HeapGauge {
  private HeapGauge() {}

  /** MB of heap in use after asking for garbage collection. */
  public static double usedAfterGcMb() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      memory.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }
}
