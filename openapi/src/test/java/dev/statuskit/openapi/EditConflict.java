package dev.statuskit.openapi;

import dev.statuskit.HttpProblem;
import dev.statuskit.ProblemExtension;

/** Someone else changed the book since it was read. */
@HttpProblem(status = 409, type = "https://api.example/problems/edit-conflict",
    title = "The book was changed by someone else")
public class EditConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @ProblemExtension
  final int currentVersion;

  EditConflict(int currentVersion) {
    super("The book is at version " + currentVersion + ".");
    this.currentVersion = currentVersion;
  }
}
