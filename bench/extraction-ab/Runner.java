import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * One build's side of the comparison, compiled against that build: the reports of a corpus file,
 * and one round of extraction over all of them on N threads with a fresh extractor, as
 * {@code dispatches bench} runs its extraction-alone pass (reading excluded, the same for both).
 */
public final class Runner implements IntToLongFunction {
  private final List<RawReport> reports = new ArrayList<>();

  public Runner(String corpus, Integer limit) throws Exception {
    CorpusReader reader = new CorpusReader();
    for (CorpusFile f : reader.list(List.of(Path.of(corpus)))) {
      reader.read(f, new ReportSink() {
        @Override
        public void accept(RawReport r) {
          if (reports.size() < limit) reports.add(r);
        }

        @Override
        public void skip(ReadProblem p) {}
      });
    }
  }

  /** Wall nanoseconds of one round on {@code threads} threads sharing one fresh extractor. */
  @Override
  public long applyAsLong(int threads) {
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    AtomicInteger next = new AtomicInteger();
    Thread[] workers = new Thread[threads];
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(() -> {
        long sink = 0;
        for (int i; (i = next.getAndIncrement()) < reports.size(); )
          sink += extractor.extract(reports.get(i)).figures().size();
        if (sink == 42) System.out.print("");
      });
      workers[t].start();
    }
    try {
      for (Thread w : workers) w.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - start;
  }
}
