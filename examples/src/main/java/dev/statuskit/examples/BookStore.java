package dev.statuskit.examples;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The books, in memory, seeded with four titles. Writes check the version they are based on and
 * throw {@link OptimisticLockException} when it is stale, as a JPA provider would.
 */
@ApplicationScoped
public class BookStore {

  private final Map<String, Book> books = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, List<Integer>> reviews = new HashMap<>();
  private final Map<String, Map<String, URI>> blocks = new HashMap<>();
  private final Map<String, byte[]> covers = new HashMap<>();
  private int nextId = 1;

  /** The store with its seed data. */
  public BookStore() {
    seed("Dune", "Frank Herbert", 1965, List.of(5, 4, 5));
    seed("The Left Hand of Darkness", "Ursula K. Le Guin", 1969, List.of(5));
    seed("Neuromancer", "William Gibson", 1984, List.of());
    Book blocked = seed("The Anarchist Kitchen", "Anonymous", 1971, List.of(2, 3));
    blocks.put(blocked.id(), Map.of("DE", URI.create("https://bookstore.example/legal/notices/2026-17")));
  }

  private Book seed(String title, String author, int year, List<Integer> stars) {
    Book book = add(new NewBook(title, author, year));
    reviews.put(book.id(), new ArrayList<>(stars));
    return book;
  }

  /**
   * Every book, by id.
   *
   * @return the books
   */
  public synchronized List<Book> list() {
    return books.values().stream().sorted(Comparator.comparingInt(b -> Integer.parseInt(b.id()))).toList();
  }

  /**
   * The books whose title or author contains the query, ignoring case.
   *
   * @param query the text to look for
   * @return the matches, by id
   */
  public synchronized List<Book> search(String query) {
    String q = query.toLowerCase(Locale.ROOT);
    return list().stream()
        .filter(b -> b.title().toLowerCase(Locale.ROOT).contains(q) || b.author().toLowerCase(Locale.ROOT).contains(q))
        .toList();
  }

  /**
   * One book.
   *
   * @param id the id
   * @return the book, or empty
   */
  public synchronized Optional<Book> find(String id) {
    return Optional.ofNullable(books.get(id));
  }

  /**
   * Adds a book at version 1.
   *
   * @param request a validated request
   * @return the book
   */
  public synchronized Book add(NewBook request) {
    String id = Integer.toString(nextId++);
    Book book = new Book(id, String.valueOf(request.getTitle()), String.valueOf(request.getAuthor()),
        request.getYear(), 1);
    books.put(id, book);
    texts.put(id, textOf(book));
    return book;
  }

  /**
   * Replaces a book, if it is still at the version the caller read.
   *
   * @param id the id
   * @param basedOn the version the caller read
   * @param request a validated request
   * @return the new version
   * @throws OptimisticLockException if the book changed since
   */
  public synchronized Book replace(String id, long basedOn, NewBook request) {
    Book current = current(id, basedOn);
    Book next = new Book(id, String.valueOf(request.getTitle()), String.valueOf(request.getAuthor()),
        request.getYear(), current.version() + 1);
    books.put(id, next);
    return next;
  }

  /**
   * Changes the title of a book, if it is still at the version the caller read.
   *
   * @param id the id
   * @param basedOn the version the caller read
   * @param title the new title
   * @return the new version
   * @throws OptimisticLockException if the book changed since
   */
  public synchronized Book retitle(String id, long basedOn, String title) {
    Book current = current(id, basedOn);
    Book next = new Book(id, title, current.author(), current.year(), current.version() + 1);
    books.put(id, next);
    return next;
  }

  private Book current(String id, long basedOn) {
    Book current = books.get(id);
    if (current == null) {
      throw new IllegalStateException("book " + id + " vanished");
    }
    if (current.version() != basedOn) {
      throw new OptimisticLockException("Book " + id + " is at version " + current.version() + ", not " + basedOn);
    }
    return current;
  }

  /**
   * The full text of a book.
   *
   * @param id the id of an existing book
   * @return the UTF-8 bytes
   */
  public synchronized byte[] text(String id) {
    return texts.getOrDefault(id, "").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The legal notice that blocks a book in a region.
   *
   * @param id the id
   * @param region an ISO 3166 country code
   * @return the notice, or empty when the book may be shown there
   */
  public synchronized Optional<URI> blockedBy(String id, String region) {
    return Optional.ofNullable(blocks.getOrDefault(id, Map.of()).get(region.toUpperCase(Locale.ROOT)));
  }

  /**
   * The average of the review stars, rounded down.
   *
   * @param id the id of an existing book
   * @return the average
   */
  public synchronized int averageStars(String id) {
    List<Integer> stars = reviews.getOrDefault(id, List.of());
    int sum = 0;
    for (int s : stars) {
      sum += s;
    }
    // The demo's bug: a book without reviews divides by zero (ArithmeticException -> safe 500).
    return sum / stars.size();
  }

  /**
   * Stores a cover image.
   *
   * @param id the id of an existing book
   * @param image the image bytes
   */
  public synchronized void cover(String id, byte[] image) {
    covers.put(id, image.clone());
  }

  private static String textOf(Book book) {
    StringBuilder text = new StringBuilder();
    text.append(book.title()).append('\n').append("by ").append(book.author()).append(", ").append(book.year())
        .append("\n\n");
    for (int chapter = 1; chapter <= 3; chapter++) {
      text.append("Chapter ").append(chapter).append('\n')
          .append("It was a quiet morning in the library, and the pages of chapter ").append(chapter)
          .append(" turned themselves.\n\n");
    }
    return text.toString();
  }
}
