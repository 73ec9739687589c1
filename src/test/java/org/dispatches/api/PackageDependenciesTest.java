package org.dispatches.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way: the cluster back end depends on the API's package, never on the Lucene
 * engine's, and the API depends on neither back end. Read from the sources, so that a fully
 * qualified name in code counts as much as an import.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/org/dispatches");
  private static final Pattern REFERENCE =
      Pattern.compile("\\borg\\.dispatches\\.(\\w+)\\.([A-Z]\\w*)");

  @Test
  void theClusterBackEndUsesNoClassOfTheLuceneEngine() throws IOException {
    assertEquals(List.of(), references("opensearch", "search"));
  }

  @Test
  void theApiUsesNeitherBackEnd() throws IOException {
    assertEquals(List.of(), references("api", "search"));
    assertEquals(List.of(), references("api", "opensearch"));
    assertEquals(List.of(), references("api", "server"));
  }

  @Test
  void theClusterBackEndReallyUsesTheApi() throws IOException {
    // guards the scan itself: were the folder or the pattern wrong, the tests above would pass on
    // nothing
    assertTrue(references("opensearch", "api").contains("OpenSearchBackend.java -> SearchBackend"));
  }

  @Test
  void aReferenceCountsInCodeButNotInCommentsOrText() {
    String source = """
        package org.dispatches.opensearch;
        import org.dispatches.search.QueryTranslator;
        /** Unlike {@link org.dispatches.search.SearchService}, ... */
        class X {
          // org.dispatches.search.Filters did this once
          String s = "org.dispatches.search.Html";
          int depth = org.dispatches.search.SearchService.MAX_DEPTH;
        }
        """;
    assertEquals(Set.of("QueryTranslator", "SearchService"), classesOf(source, "search"));
  }

  /** "File.java -> Class" for each class of package {@code to} that a source of {@code from} names. */
  private static List<String> references(String from, String to) throws IOException {
    Path folder = SOURCES.resolve(from);
    assertTrue(Files.isDirectory(folder), folder + " holds the package's sources");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file :
          files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        for (String name : classesOf(Files.readString(file), to)) {
          found.add(file.getFileName() + " -> " + name);
        }
      }
    }
    return found;
  }

  private static Set<String> classesOf(String source, String pkg) {
    Set<String> names = new TreeSet<>();
    Matcher m = REFERENCE.matcher(withoutCommentsAndText(source));
    while (m.find()) if (m.group(1).equals(pkg)) names.add(m.group(2));
    return names;
  }

  private static String withoutCommentsAndText(String source) {
    return source
        .replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("//[^\\n]*", " ")
        .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"");
  }
}
