import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToLongFunction;

/**
 * Extraction-alone throughput of several builds in one JVM, each in its own class loader, rounds
 * alternating, so that the machine's load falls on all alike. Usage: {@code ExtractionAB corpus
 * reports seconds threads name=classpath...}; the first build is the baseline of the ratios.
 */
public final class ExtractionAB {
  public static void main(String[] args) throws Exception {
    String corpus = args[0];
    int limit = Integer.parseInt(args[1]);
    double seconds = Double.parseDouble(args[2]);
    int threads = Integer.parseInt(args[3]);
    List<String> names = new ArrayList<>();
    List<IntToLongFunction> builds = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      List<URL> urls = new ArrayList<>();
      for (String p : kv[1].split(":")) if (!p.isEmpty()) urls.add(Path.of(p).toUri().toURL());
      ClassLoader loader =
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      names.add(kv[0]);
      builds.add((IntToLongFunction) loader.loadClass("Runner")
          .getConstructor(String.class, Integer.class)
          .newInstance(corpus, limit));
    }
    int n = builds.size();
    List<List<Double>> rates = new ArrayList<>();
    for (int i = 0; i < n; i++) rates.add(new ArrayList<>());
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    for (int round = 0; System.nanoTime() < deadline; round++) {
      for (int k = 0; k < n; k++) {
        int i = (round + k) % n;
        rates.get(i).add(limit / (builds.get(i).applyAsLong(threads) / 1e9));
      }
    }
    // the first third of the rounds warms the JIT up and is not counted
    int from = rates.get(0).size() / 3;
    for (int i = 0; i < n; i++) {
      List<Double> r = new ArrayList<>(rates.get(i).subList(from, rates.get(i).size()));
      Collections.sort(r);
      System.out.printf(
          Locale.ROOT,
          "%-12s %d rounds  median %.0f docs/s  best %.0f%n",
          names.get(i),
          r.size(),
          r.get(r.size() / 2),
          r.get(r.size() - 1));
    }
    for (int i = 1; i < n; i++) {
      List<Double> ratio = new ArrayList<>();
      for (int k = from; k < rates.get(0).size(); k++)
        ratio.add(rates.get(i).get(k) / rates.get(0).get(k));
      Collections.sort(ratio);
      System.out.printf(
          Locale.ROOT,
          "%-12s / %s, round by round: median %.3f (quartiles %.3f, %.3f)%n",
          names.get(i),
          names.get(0),
          ratio.get(ratio.size() / 2),
          ratio.get(ratio.size() / 4),
          ratio.get(3 * ratio.size() / 4));
    }
  }
}
