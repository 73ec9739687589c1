package org.dispatches.ingest;

import java.util.function.Predicate;

/**
 * Passes a reader's output on while keeping the file's {@link FileAccount}; also leaves out a row
 * that is a listing rather than a report (its title is a file name and its date cell holds words
 * that are no date, as in the cover sheets of a LexisNexis export).
 */
final class AccountingSink implements ReportSink {
  private final ReportSink next;
  private final FileAccount account;
  private final Predicate<String> isDate;

  AccountingSink(ReportSink next, FileAccount account, Predicate<String> isDate) {
    this.next = next;
    this.account = account;
    this.isDate = isDate;
  }

  @Override
  public void accept(RawReport report) {
    boolean dated = report.date() == null || isDate.test(report.date());
    if (!dated && report.title() != null && SampleChecks.looksLikeFileName(report.title())) {
      skip(new ReadProblem(
          report.location().file(),
          report.location().line(),
          "not a report: the title \"" + report.title() + "\" is a file name and the date \""
              + report.date() + "\" is not a date"));
      return;
    }
    if (!dated) account.badDate(report.date());
    account.read(report);
    next.accept(report);
  }

  @Override
  public void skip(ReadProblem problem) {
    if (problem.line() == 0) account.skipFile(problem.reason());
    else {
      account.countRead();
      account.skip(problem.kind());
    }
    next.skip(problem);
  }

  @Override
  public void shape(String format, ColumnMapping mapping, boolean hasHeader) {
    account.shape(format, mapping, hasHeader);
    next.shape(format, mapping, hasHeader);
  }

  @Override
  public void warn(String warning) {
    account.warn(warning);
    next.warn(warning);
  }
}
