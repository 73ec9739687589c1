package org.dispatches.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The one line a failed command prints: what failed and what to do. File system errors name only
 * a path ("/srv/index/write.lock"); this says what happened to it and how to fix it.
 */
final class CliErrors {
  private CliErrors() {}

  static String describe(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof FileSystemException fs && fs.getFile() != null) return describe(fs, error);
    }
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
  }

  private static String describe(FileSystemException e, Throwable outer) {
    String file = e.getFile();
    String context = outer != e
            && outer.getMessage() != null
            && !outer.getMessage().equals(e.getMessage())
            && !outer.getMessage().contains(file)
        ? outer.getMessage() + ": "
        : "";
    if (e instanceof AccessDeniedException) {
      return context + "cannot use " + file + ": permission denied; give this user write access to "
          + folderOf(file) + ", or choose another folder (--index DIR)";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return context + file
          + " is a file, not a folder; --index must name a folder (new or holding an index)";
    }
    if (e instanceof NoSuchFileException) {
      return context + file + " does not exist; check the path";
    }
    String reason =
        e.getReason() == null ? "cannot be used" : e.getReason().toLowerCase(java.util.Locale.ROOT);
    return context + "cannot use " + file + ": " + reason;
  }

  private static String folderOf(String file) {
    Path parent = Path.of(file).getParent();
    return parent == null ? file : parent.toString();
  }
}
