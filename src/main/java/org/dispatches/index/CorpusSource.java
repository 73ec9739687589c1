package org.dispatches.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dispatches.ingest.CorpusFile;
import org.dispatches.ingest.CorpusReader;
import org.dispatches.ingest.CorpusReader.SkippedFile;
import org.dispatches.ingest.ReadOptions;

/** The files and folders a user names, read file by file in the corpus reader's stable order. */
public final class CorpusSource implements ReportSource {
  private final CorpusReader corpus;
  private final CorpusReader.Listing listing;

  private CorpusSource(CorpusReader corpus, CorpusReader.Listing listing) {
    this.corpus = corpus;
    this.listing = listing;
  }

  /** Lists the files under {@code roots} now, so that a missing root fails before a run starts. */
  public static CorpusSource of(List<Path> roots, ReadOptions options) throws IOException {
    CorpusReader corpus = new CorpusReader(options);
    return new CorpusSource(corpus, corpus.listing(roots));
  }

  @Override
  public void readInto(Feed feed) {
    for (CorpusFile file : listing.files()) {
      if (feed.stopped()) return;
      corpus.read(file, feed.records(), feed.account(file.path().toString()));
    }
  }

  @Override
  public List<SkippedFile> skippedFiles() {
    return listing.skipped();
  }
}
