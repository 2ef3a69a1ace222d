package dev.statuskit.examples;

/**
 * The average review of a book.
 *
 * @param book the book's id
 * @param stars the average stars, rounded down
 */
public record Rating(String book, int stars) {}
