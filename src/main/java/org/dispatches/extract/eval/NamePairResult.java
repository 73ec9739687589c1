package org.dispatches.extract.eval;

import java.util.List;

/**
 * Transliteration matching on name pairs.
 *
 * @param variantPairs pairs that spell one person two ways
 * @param variantsMatched of those, pairs the gazetteer resolves to the same actor
 * @param differentPairs pairs of similar names of different people
 * @param falseMerges of those, pairs resolved to the same actor
 * @param failures the pairs that were scored wrong, for reading
 */
public record NamePairResult(
    int variantPairs,
    int variantsMatched,
    int differentPairs,
    int falseMerges,
    List<String> failures) {
  public double variantRecall() {
    return variantPairs == 0 ? 0 : (double) variantsMatched / variantPairs;
  }

  public double falseMergeRate() {
    return differentPairs == 0 ? 0 : (double) falseMerges / differentPairs;
  }
}
