package org.dispatches.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Walks the files and folders a user names (recursively, in a stable order), picks a reader per
 * file by its extension (a {@code .gz} suffix is decompressed), and feeds every record to a sink.
 */
public final class CorpusReader {
  /** The largest line, and so the largest JSON Lines or CSV record, that is read. */
  public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

  private final int maxLineBytes;

  public CorpusReader() {
    this(DEFAULT_MAX_LINE_BYTES);
  }

  public CorpusReader(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  /** The input files under {@code roots}, each with the root it was found under. */
  public List<CorpusFile> list(List<Path> roots) throws IOException {
    List<CorpusFile> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) throw new IOException("no such file or folder: " + root);
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> formatOf(p) != null)
              .sorted()
              .forEach(p -> files.add(new CorpusFile(p, root.relativize(p).toString().replace('\\', '/'))));
        }
      } else {
        files.add(new CorpusFile(root, root.getFileName().toString()));
      }
    }
    return files;
  }

  /** Reads every record of one file into the sink; an unreadable file is reported, not thrown. */
  public void read(CorpusFile file, ReportSink sink) {
    InputFormat format = formatOf(file.path());
    if (format == null) {
      sink.skip(new ReadProblem(file.path().toString(), 0,
          "unknown file type (expected .txt, .jsonl, .csv or .tsv, optionally .gz)"));
      return;
    }
    SourceFile source = new SourceFile(file.path().toString(), file.relativePath(), format.multiRecord());
    try (InputStream in = open(file.path())) {
      if (looksBinary(in)) {
        sink.skip(new ReadProblem(source.displayName(), 0, "binary file, not text"));
        return;
      }
      format.reader().read(new ByteLineSource(in, maxLineBytes), source, sink);
    } catch (IOException e) {
      sink.skip(new ReadProblem(source.displayName(), 0, "cannot read: " + e.getMessage()));
    }
  }

  private static InputStream open(Path path) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
    if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      in = new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
    }
    return in;
  }

  /** A NUL byte in the first 8 KB marks a binary file; text formats never contain one. */
  private static boolean looksBinary(InputStream in) throws IOException {
    in.mark(8192);
    byte[] head = in.readNBytes(8192);
    in.reset();
    for (byte b : head) if (b == 0) return true;
    return false;
  }

  /** The input format for a file name, or null when it is not one we read. */
  static InputFormat formatOf(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return InputFormat.forExtension(ext);
  }
}
