package org.dispatches.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Walks the files and folders a user names (recursively, in a stable order), picks a reader per
 * file by its extension and a look at its first bytes (a {@code .gz} suffix is decompressed), and
 * feeds every record to a sink, keeping a {@link FileAccount} of each file. A folder's README,
 * LICENSE and similar files are listed as skipped, not read as reports.
 */
public final class CorpusReader {
  /** The largest line, and so the largest JSON Lines or CSV record, that is read. */
  public static final int DEFAULT_MAX_LINE_BYTES = ReadOptions.DEFAULT_MAX_LINE_BYTES;
  /** Files that describe a folder rather than report on anything. */
  private static final Pattern DOCUMENTATION = Pattern.compile(
      "(?i)(readme|licen[cs]e|copying|notice|authors|contributors|contributing|changelog|changes|history|citation"
          + "|code_of_conduct|security|manifest)([._-].*)?");

  private final ReadOptions options;

  public CorpusReader() {
    this(ReadOptions.defaults());
  }

  public CorpusReader(int maxLineBytes) {
    this(ReadOptions.defaults().withMaxLineBytes(maxLineBytes));
  }

  public CorpusReader(ReadOptions options) {
    this.options = options;
  }

  /** A file under a corpus root that is not read, and why. */
  public record SkippedFile(String file, String reason) {}

  /** The files a run reads, and those it leaves out. */
  public record Listing(List<CorpusFile> files, List<SkippedFile> skipped) {}

  /** The input files under {@code roots}, each with the root it was found under. */
  public List<CorpusFile> list(List<Path> roots) throws IOException {
    return listing(roots).files();
  }

  /**
   * The input files under {@code roots}, and the others found in folders with the reason they are
   * left out. A record's path-based id includes the root's own name, so that {@code a/report.txt}
   * and {@code b/report.txt} under two roots stay two reports.
   */
  public Listing listing(List<Path> roots) throws IOException {
    List<CorpusFile> files = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) throw new IOException("no such file or folder: " + root);
      String rootName = rootName(root);
      if (Files.isDirectory(root)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
          found = walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
        }
        for (Path p : found) {
          String relative = rootName + "/" + root.relativize(p).toString().replace('\\', '/');
          String why = whyNotRead(p);
          if (why == null) files.add(new CorpusFile(p, relative));
          else skipped.add(new SkippedFile(p.toString(), why));
        }
      } else {
        files.add(new CorpusFile(root, root.getFileName().toString()));
      }
    }
    return new Listing(files, skipped);
  }

  private static String rootName(Path root) {
    Path name = root.toAbsolutePath().normalize().getFileName();
    return name == null ? "" : name.toString();
  }

  /** Why a file found in a folder is not read, or null when it is. */
  static String whyNotRead(Path p) {
    String name = p.getFileName().toString();
    if (DOCUMENTATION.matcher(name).matches())
      return "documentation (README, LICENSE ...), not a report";
    if (formatOf(p) == null) return "unknown file type (" + extensions() + ", optionally .gz)";
    return null;
  }

  private static String extensions() {
    return ".txt, .md, .jsonl, .json, .csv, .tsv, .html, .htm, .warc, .rss, .atom, .xml";
  }

  /** Reads every record of one file into the sink; an unreadable file is reported, not thrown. */
  public FileAccount read(CorpusFile file, ReportSink sink) {
    return read(file, sink, new FileAccount(file.path().toString()));
  }

  /** Reads one file into the sink, keeping its account in {@code account} (which others may add to as they go). */
  public FileAccount read(CorpusFile file, ReportSink sink, FileAccount account) {
    AccountingSink counted = new AccountingSink(sink, account, options.isDate());
    InputFormat format = formatOf(file.path());
    if (format == null) {
      counted.skip(new ReadProblem(
          file.path().toString(),
          0,
          "unknown file type (expected " + extensions() + ", optionally .gz)"));
      return account;
    }
    try (InputStream in = open(file.path())) {
      if (!format.binary() && looksBinary(in)) {
        counted.skip(new ReadProblem(file.path().toString(), 0, "binary file, not text"));
        return account;
      }
      if (format == InputFormat.PLAIN_TEXT && looksLikeTable(in)) format = InputFormat.TSV;
      account.format(format.label());
      SourceFile source =
          new SourceFile(file.path().toString(), file.relativePath(), format.multiRecord());
      format.reader(options).read(in, source, counted, options.maxLineBytes());
    } catch (ReportSink.StopReading stop) {
      account.finish(options.isDate());
      throw stop;
    } catch (IOException | RuntimeException e) {
      // a reader's bug or a broken archive costs this file, never the run
      String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
      counted.skip(new ReadProblem(file.path().toString(), 0, "cannot read: " + why));
    }
    account.finish(options.isDate());
    return account;
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

  /**
   * Whether a ".txt" file is a tab-separated table rather than one report: its first line has a tab
   * between two cells (not just an indent), and nearly every one of its first lines holds the same
   * number of tabs.
   */
  static boolean looksLikeTable(InputStream in) throws IOException {
    in.mark(1 << 16);
    byte[] head = in.readNBytes(1 << 16);
    in.reset();
    String[] lines = new String(head, StandardCharsets.UTF_8).split("\n");
    int n =
        Math.max(0, lines.length - (head.length == 1 << 16 ? 1 : 0)); // the last line may be cut
    Map<Integer, Integer> tabCounts = new HashMap<>();
    int nonBlank = 0;
    for (int i = 0; i < n && nonBlank < 50; i++) {
      if (lines[i].isBlank()) continue;
      if (nonBlank == 0 && lines[i].strip().indexOf('\t') < 0)
        return false; // prose indented with tabs
      nonBlank++;
      int tabs = (int) lines[i].chars().filter(c -> c == '\t').count();
      if (tabs > 0) tabCounts.merge(tabs, 1, Integer::sum);
    }
    if (nonBlank < 3) return false;
    int mostCommon = tabCounts.values().stream().max(Integer::compare).orElse(0);
    return mostCommon >= 0.8 * nonBlank;
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
