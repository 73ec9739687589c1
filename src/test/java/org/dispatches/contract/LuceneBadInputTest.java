package org.dispatches.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.dispatches.extract.ArticleExtractor;
import org.dispatches.index.Fields;
import org.dispatches.index.IndexProgress;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;
import org.dispatches.index.ReportIndexer;

/** The bad-input suite through the Lucene writer: a corpus run into a rebuilt index. */
class LuceneBadInputTest extends BadInputContract {
  @Override
  Indexed index(Path corpus) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    IndexSummary summary;
    try (ReportIndexer indexer = new ReportIndexer(
        directory, new IndexingOptions(true, 2, 32), ArticleExtractor.withDefaults())) {
      summary = indexer.index(List.of(corpus), IndexProgress.NONE);
    }
    return new Indexed(summary, storedBodies(directory));
  }

  /** The stored body of every live report in {@code directory}, by id. */
  static Map<String, String> storedBodies(Directory directory) throws IOException {
    Map<String, String> bodies = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          var d = fields.document(doc);
          bodies.put(d.get(Fields.ID), d.get(Fields.BODY));
        }
      }
    }
    return bodies;
  }
}
