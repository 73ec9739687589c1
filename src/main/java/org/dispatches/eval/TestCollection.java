package org.dispatches.eval;

import java.util.List;
import java.util.Set;

/**
 * A test collection: documents, queries and which documents a judge found relevant to each query.
 *
 * @param name a short label for reports
 */
public record TestCollection(String name, List<Document> documents, List<JudgedQuery> queries) {

  public TestCollection {
    documents = List.copyOf(documents);
    queries = List.copyOf(queries);
  }

  /** One document of the collection; {@code id} is the key the judgments use. */
  public record Document(String id, String date, String text) {}

  /** One query with the ids of its relevant documents (only documents the collection holds). */
  public record JudgedQuery(String id, String text, Set<String> relevant) {
    public JudgedQuery {
      relevant = Set.copyOf(relevant);
    }
  }
}
