package org.dispatches.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.CorpusSource;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;
import org.dispatches.ingest.FieldChoices;

/**
 * The bad-input suite through a push's batch: the corpus fed to the sink a push writes with
 * (replacing by id, one thread, one commit at the end) on a live index, as a server holds it.
 */
class PushBadInputTest extends BadInputContract {
  @Override
  Indexed index(Path corpus) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    IndexSummary summary;
    try (ReportIndexer indexer = new ReportIndexer(
        directory, new IndexingOptions(false, 2, 32), ArticleExtractor.withDefaults())) {
      indexer.commit(); // a server opens a committed index
      summary = indexer.push(
          CorpusSource.of(List.of(corpus), ReportIndexer.readOptions(FieldChoices.NONE)),
          problem -> {});
    }
    return new Indexed(summary, LuceneBadInputTest.storedBodies(directory));
  }
}
