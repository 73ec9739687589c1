package org.dispatches.extract.eval;

/**
 * The counters score.py keeps for one group of gold reports, and the measures it reports from them
 * (NaN where a measure has nothing to count, as score.py prints "nan"). Filled while scoring, read
 * after.
 */
public final class GoldCounts {
  int setTp, setFp, goldRequired, instTp, instFp, instOptional;
  int attrN,
      attrLenient,
      attrClean,
      attrNeedN,
      attrNeedLenient,
      attrNeedClean,
      attrMissed,
      attrSpurious,
      attrWrong;
  int qualN, qualOk;
  int actorsExtracted, actorsExtractedOk, actorsGold, actorsFound;
  int dateStatedN, dateStatedOk, dateAbsentN, dateAbsentOk;
  int outletStatedN, outletStatedOk, outletAbsentN, outletAbsentOk;

  void add(GoldCounts o) {
    setTp += o.setTp;
    setFp += o.setFp;
    goldRequired += o.goldRequired;
    instTp += o.instTp;
    instFp += o.instFp;
    instOptional += o.instOptional;
    attrN += o.attrN;
    attrLenient += o.attrLenient;
    attrClean += o.attrClean;
    attrNeedN += o.attrNeedN;
    attrNeedLenient += o.attrNeedLenient;
    attrNeedClean += o.attrNeedClean;
    attrMissed += o.attrMissed;
    attrSpurious += o.attrSpurious;
    attrWrong += o.attrWrong;
    qualN += o.qualN;
    qualOk += o.qualOk;
    actorsExtracted += o.actorsExtracted;
    actorsExtractedOk += o.actorsExtractedOk;
    actorsGold += o.actorsGold;
    actorsFound += o.actorsFound;
    dateStatedN += o.dateStatedN;
    dateStatedOk += o.dateStatedOk;
    dateAbsentN += o.dateAbsentN;
    dateAbsentOk += o.dateAbsentOk;
    outletStatedN += o.outletStatedN;
    outletStatedOk += o.outletStatedOk;
    outletAbsentN += o.outletAbsentN;
    outletAbsentOk += o.outletAbsentOk;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
  }

  /** Precision over the distinct (kind, value) pairs extracted per report. */
  public double figurePrecision() {
    return ratio(setTp, setTp + setFp);
  }

  /** Recall over the distinct required gold (kind, value) pairs. */
  public double figureRecall() {
    return ratio(setTp, goldRequired);
  }

  public double figureF1() {
    return f1(figurePrecision(), figureRecall());
  }

  /** Precision over every extracted figure (each chip a reader sees). */
  public double figureInstancePrecision() {
    return ratio(instTp, instTp + instFp);
  }

  public double attributionLenient() {
    return ratio(attrLenient, attrN);
  }

  public double attributionClean() {
    return ratio(attrClean, attrN);
  }

  /** Right source, on matched figures whose gold does not accept "no attribution". */
  public double attributionNeededLenient() {
    return ratio(attrNeedLenient, attrNeedN);
  }

  /** Right source and no stray words, on matched figures whose gold does not accept "no attribution". */
  public double attributionNeededClean() {
    return ratio(attrNeedClean, attrNeedN);
  }

  public double qualifierAccuracy() {
    return ratio(qualOk, qualN);
  }

  public double actorPrecision() {
    return ratio(actorsExtractedOk, actorsExtracted);
  }

  public double actorRecall() {
    return ratio(actorsFound, actorsGold);
  }

  public double actorF1() {
    return f1(actorPrecision(), actorRecall());
  }

  public double dateStatedAccuracy() {
    return ratio(dateStatedOk, dateStatedN);
  }

  public double dateAbsentAccuracy() {
    return ratio(dateAbsentOk, dateAbsentN);
  }

  public double outletStatedAccuracy() {
    return ratio(outletStatedOk, outletStatedN);
  }

  public double outletAbsentAccuracy() {
    return ratio(outletAbsentOk, outletAbsentN);
  }

  public int figuresMatched() {
    return setTp;
  }

  public int figuresFalse() {
    return setFp;
  }

  public int figuresRequired() {
    return goldRequired;
  }

  public int attributionsScored() {
    return attrN;
  }

  public int attributionsNeedingASource() {
    return attrNeedN;
  }

  /** score.py's summary line of figure counts. */
  public String figureCounts() {
    return "tp " + setTp + ", fp " + setFp + ", gold required " + goldRequired + ", instances tp "
        + instTp + ", fp " + instFp + ", optional " + instOptional;
  }

  /** score.py's summary line of attribution counts. */
  public String attributionCounts() {
    return "n " + attrN + ", needing a source " + attrNeedN + ", lenient ok " + attrLenient
        + ", clean ok " + attrClean + ", missed " + attrMissed + ", spurious " + attrSpurious
        + ", wrong " + attrWrong;
  }

  /** score.py's summary line of actor counts. */
  public String actorCounts() {
    return "extracted " + actorsExtracted + ", extracted ok " + actorsExtractedOk + ", gold "
        + actorsGold + ", found " + actorsFound;
  }
}
