package org.dispatches.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the benchmark ran on, and how busy the machine was: figures are only comparable within one run. */
record Machine(int cores, long memoryBytes, String jdk, String os) {

  static Machine current() {
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("java.vm.name") + " " + Runtime.version(),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  /** The 1, 5 and 15 minute load averages, or the JVM's one-minute figure where /proc is absent. */
  static String loadAverage() {
    Path proc = Path.of("/proc/loadavg");
    try {
      if (Files.isReadable(proc)) {
        String[] parts = Files.readString(proc).strip().split("\\s+");
        return parts[0] + " " + parts[1] + " " + parts[2];
      }
    } catch (IOException e) {
      // fall through to the JVM's figure
    }
    return String.format(
        Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  String describe() {
    return String.format(
        Locale.ROOT, "%d cores, %.1f GB RAM, %s, %s", cores, memoryBytes / 1e9, jdk, os);
  }
}
