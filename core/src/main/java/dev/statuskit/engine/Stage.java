package dev.statuskit.engine;

/** One step of {@link ProblemEngine#complete}, with one job; it changes the draft in place. */
interface Stage {
  void apply(Draft draft);
}
