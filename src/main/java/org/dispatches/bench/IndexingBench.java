package org.dispatches.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.RawReport;

/** The indexing passes over one corpus: extraction alone, bare Lucene, and Dispatches' real indexer. */
final class IndexingBench {
  private final BenchCorpus corpus;
  private final int threads;
  private final double ramBufferMb;

  IndexingBench(BenchCorpus corpus, int threads, double ramBufferMb) {
    this.corpus = corpus;
    this.threads = threads;
    this.ramBufferMb = ramBufferMb;
  }

  /**
   * Extraction alone (read + {@code ArticleExtractor.withDefaults()}, no index) over the first
   * {@code limit} reports, with the same threads: the cost the extract/ package adds, on its own.
   */
  IndexingResult extraction(long limit) throws IOException {
    ArticleExtractor extractor = ArticleExtractor.withDefaults();
    AtomicLong textBytes = new AtomicLong();
    try (HeapWatch heap = HeapWatch.start()) {
      long start = System.nanoTime();
      long docs = ParallelReports.run(corpus.file(), threads, limit, report -> {
        extractor.extract(report);
        textBytes.addAndGet(utf8Length(report.title()) + utf8Length(report.body()));
      });
      double seconds = seconds(start);
      return new IndexingResult("extraction", docs, seconds, textBytes.get(), 0, heap.peakBytes());
    }
  }

  /** Bare Lucene: StandardAnalyzer, the body only, same reader and thread count, one commit. */
  IndexingResult bareLucene(Path dir) throws IOException {
    HeapWatch heap = HeapWatch.start();
    long start = System.nanoTime();
    long docs;
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(ramBufferMb);
    try (heap;
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      docs = ParallelReports.run(
          corpus.file(), threads, report -> writer.addDocument(bareDocument(report)));
      writer.commit();
    }
    double seconds = seconds(start);
    return new IndexingResult(
        "bare Lucene", docs, seconds, corpus.textBytes(), sizeOf(dir), heap.peakBytes());
  }

  /** Dispatches: the real {@link ReportIndexer} with full extraction. */
  IndexingResult dispatches(Path dir) throws IOException {
    HeapWatch heap = HeapWatch.start();
    long start = System.nanoTime();
    IndexSummary summary;
    IndexingOptions options = new IndexingOptions(true, threads, ramBufferMb);
    try (heap;
        FSDirectory directory = FSDirectory.open(dir);
        ReportIndexer indexer =
            new ReportIndexer(directory, options, ArticleExtractor.withDefaults())) {
      summary = indexer.index(List.of(corpus.file()), IndexProgress.NONE);
    }
    double seconds = seconds(start);
    if (summary.skipped() > 0) {
      throw new IOException(
          "Dispatches skipped " + summary.skipped() + " generated reports: " + summary.problems());
    }
    return new IndexingResult(
        "Dispatches",
        summary.indexed(),
        seconds,
        corpus.textBytes(),
        sizeOf(dir),
        heap.peakBytes());
  }

  private static long utf8Length(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static Document bareDocument(RawReport report) {
    Document doc = new Document();
    doc.add(new StringField("id", report.id(), Field.Store.YES));
    doc.add(new TextField("body", report.body(), Field.Store.NO));
    return doc;
  }

  static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(p -> {
            try {
              return Files.size(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          })
          .sum();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
