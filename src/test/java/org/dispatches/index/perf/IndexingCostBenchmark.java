package org.dispatches.index.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.dispatches.extract.Article;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.ArticleDocuments;
import org.dispatches.index.Scoring;
import org.dispatches.index.TextAnalysis;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.RawReport;
import org.dispatches.ingest.ReadProblem;
import org.dispatches.ingest.ReportSink;

/**
 * What the index side of indexing costs per report, apart from extraction: extracts the first N
 * reports of a corpus once, then indexes them again and again into memory on one thread, and
 * prints CPU microseconds per report for building the documents, for Dispatches' whole write
 * (documents, analysis, flushes and merges, which run on this thread here) and for bare Lucene
 * (StandardAnalyzer, body only) over the same reports. CPU time of this thread, fastest round, so
 * that a busy neighbour on the machine moves the figures little.
 * Usage: {@code IndexingCostBenchmark CORPUS [REPORTS] [SECONDS]}.
 */
public final class IndexingCostBenchmark {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
    List<RawReport> reports = read(corpus, limit);
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    List<Article> articles = reports.stream().map(extractor::extract).toList();
    ArticleDocuments documents = new ArticleDocuments();
    System.out.printf(Locale.ROOT, "%d reports from %s%n", reports.size(), corpus);

    for (int pass = 0; pass < 2; pass++) {
      double build = time(seconds / 4, () -> {
            long n = 0;
            for (Article a : articles) n += documents.toDocument(a).getFields().size();
            return n;
          })
          / articles.size();
      double dispatches = time(seconds / 2, () -> {
            try (IndexWriter w =
                new IndexWriter(new ByteBuffersDirectory(), config(TextAnalysis.perField()))) {
              for (Article a : articles) w.addDocument(documents.toDocument(a));
              w.commit();
              return w.getDocStats().numDocs;
            }
          })
          / articles.size();
      double bare = time(seconds / 2, () -> {
            try (IndexWriter w = new IndexWriter(new ByteBuffersDirectory(), bareConfig())) {
              for (RawReport r : reports) w.addDocument(bare(r));
              w.commit();
              return w.getDocStats().numDocs;
            }
          })
          / reports.size();
      System.out.printf(
          Locale.ROOT,
          "pass %d: documents %.1f us, Dispatches write %.1f us, bare Lucene %.1f us per report: Dispatches / bare %.2fx%n",
          pass + 1,
          build,
          dispatches,
          bare,
          dispatches / bare);
    }
  }

  private static IndexWriterConfig config(org.apache.lucene.analysis.Analyzer analyzer) {
    IndexWriterConfig c = new IndexWriterConfig(analyzer);
    c.setRAMBufferSizeMB(128);
    c.setMergeScheduler(new SerialMergeScheduler());
    c.setSimilarity(Scoring.similarity());
    return c;
  }

  private static IndexWriterConfig bareConfig() {
    IndexWriterConfig c = new IndexWriterConfig(new StandardAnalyzer());
    c.setRAMBufferSizeMB(128);
    c.setMergeScheduler(new SerialMergeScheduler());
    return c;
  }

  private static Document bare(RawReport r) {
    Document doc = new Document();
    doc.add(new StringField("id", r.id(), Field.Store.YES));
    doc.add(new TextField("body", r.body(), Field.Store.NO));
    return doc;
  }

  @FunctionalInterface
  private interface Work {
    long run() throws Exception;
  }

  /** CPU microseconds of the fastest round of {@code work} within about {@code seconds}. */
  private static double time(double seconds, Work work) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long best = Long.MAX_VALUE;
    long sink = 0;
    do {
      long start = threads.getCurrentThreadCpuTime();
      sink += work.run();
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
    } while (System.nanoTime() < deadline);
    if (sink == 42) System.out.println(sink);
    return best / 1e3;
  }

  private static List<RawReport> read(Path corpus, int limit) {
    List<RawReport> out = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    try {
      for (CorpusFile f : reader.list(List.of(corpus))) {
        reader.read(f, new ReportSink() {
          @Override
          public void accept(RawReport report) {
            if (out.size() < limit) out.add(report);
          }

          @Override
          public void skip(ReadProblem problem) {}
        });
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
