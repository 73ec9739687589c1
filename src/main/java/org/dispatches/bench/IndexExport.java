package org.dispatches.bench;

import com.google.gson.Gson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.dispatches.index.ArticleCodec;
import org.dispatches.index.Fields;
import org.dispatches.json.Json;

/**
 * Writes the reports of a Dispatches index, as extracted and stored there, as OpenSearch documents
 * (one JSON per line): OpenSearch then indexes exactly the fields Dispatches indexed, without
 * running extraction a second time.
 */
final class IndexExport {
  private IndexExport() {}

  /** Writes every live report of {@code indexDir} to {@code out}; returns how many. */
  static long write(Path indexDir, Path out) throws IOException {
    ArticleCodec codec = new ArticleCodec();
    Gson gson = Json.records();
    long n = 0;
    try (FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          var d = stored.document(doc);
          var article =
              codec.decode(d.get(Fields.ARTICLE), d.get(Fields.TITLE), d.get(Fields.BODY));
          w.write(gson.toJson(OpenSearchDocs.of(article)));
          w.write('\n');
          n++;
        }
      }
    }
    return n;
  }
}
