package org.dispatches.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dispatches.api.ActorNames;
import org.dispatches.extract.actors.Gazetteer;
import org.junit.jupiter.api.Test;

/** One translator serves every request thread: range queries parsed at once must all come out right. */
class QueryTranslatorConcurrencyTest {
  @Test
  void figureAndDateRangesParseCorrectlyFromManyThreads() throws Exception {
    QueryTranslator translator = new QueryTranslator(new ActorNames(Gazetteer.loadDefault()));
    String expectedKilled = translator.translate("killed:>12345").toString();
    String expectedDate =
        translator.translate("date:[2024-01-01 TO 2024-03-31]").toString();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 300; i++) {
            if (!translator.translate("killed:>12345").toString().equals(expectedKilled))
              return false;
            if (!translator
                .translate("date:[2024-01-01 TO 2024-03-31]")
                .toString()
                .equals(expectedDate)) return false;
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) assertEquals(true, r.get());
    }
  }
}
