package org.dispatches.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.dispatches.index.Fields;
import org.dispatches.index.IndexSummary;
import org.dispatches.index.IndexingOptions;

/** The crash test through the Lucene writer: an {@code index} run with commits every 0.3 s, killed. */
class LuceneCrashRecoveryTest extends CrashRecoveryContract {
  private Path index() {
    return dir.resolve("index");
  }

  @Override
  List<String> childArguments(Path corpus) {
    return List.of(
        "index",
        "--index",
        index().toString(),
        "--corpus",
        corpus.toString(),
        "--rebuild",
        "--threads",
        "2",
        "--commit-every",
        "0.3");
  }

  @Override
  long durable() {
    return committedReports(index());
  }

  @Override
  Set<String> idsAfterKill() throws IOException {
    return new HashSet<>(checkedIds(index()));
  }

  @Override
  IndexSummary rerun(Path corpus) throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    return IndexCommand.run(
        index(), List.of(corpus), IndexingOptions.defaults().withThreads(2), quiet);
  }

  @Override
  List<String> idsAfterRerun() throws IOException {
    return checkedIds(index());
  }

  /** Reports in the index's last commit; -1 while there is none (or it vanished while opening). */
  static long committedReports(Path index) {
    if (!Files.isDirectory(index)) return -1;
    try (FSDirectory fs = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(fs)) return -1;
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        return reader.numDocs();
      }
    } catch (IOException racingTheWriter) {
      return -1; // a commit point vanished between listing and opening: look again
    }
  }

  /** The id of every live report, after CheckIndex found the index clean. */
  static List<String> checkedIds(Path index) throws IOException {
    try (FSDirectory fs = FSDirectory.open(index)) {
      try (CheckIndex check = new CheckIndex(fs)) {
        check.setInfoStream(new PrintStream(new ByteArrayOutputStream()));
        assertTrue(check.checkIndex().clean, "CheckIndex found problems");
      }
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        List<String> ids = new ArrayList<>();
        for (var leaf : reader.leaves()) {
          var live = leaf.reader().getLiveDocs();
          StoredFields fields = leaf.reader().storedFields();
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            if (live == null || live.get(d)) ids.add(fields.document(d).get(Fields.ID));
          }
        }
        return ids;
      }
    }
  }
}
