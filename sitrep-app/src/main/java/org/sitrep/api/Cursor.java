package org.sitrep.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.sitrep.store.StoredItem;

/**
 * Opaque paging cursors: URL-safe Base64 of the listing's name and its position, so a cursor from
 * one listing is refused by another with a clear message instead of silently paging wrong.
 * Listings with a stable order (articles, events, quotes) page by key, so pages stay right while
 * articles are added; search and actor listings, ordered by score and count, page by offset.
 */
final class Cursor {
  private Cursor() {}

  static String ofKey(String listing, StoredItem.Key key) {
    return encode(listing + "\n" + key.ordinal() + "\n" + key.articleId());
  }

  static String ofId(String listing, String id) {
    return encode(listing + "\n" + id);
  }

  static String ofOffset(String listing, int offset) {
    return encode(listing + "\n" + offset);
  }

  static StoredItem.Key key(String listing, String cursor) {
    if (cursor == null) {
      return null;
    }
    String[] parts = decode(listing, cursor).split("\n", 2);
    try {
      return new StoredItem.Key(parts[1], Integer.parseInt(parts[0]));
    } catch (RuntimeException e) {
      throw invalid(listing);
    }
  }

  static String id(String listing, String cursor) {
    return cursor == null ? null : decode(listing, cursor);
  }

  static int offset(String listing, String cursor) {
    if (cursor == null) {
      return 0;
    }
    try {
      int offset = Integer.parseInt(decode(listing, cursor));
      if (offset < 0) {
        throw invalid(listing);
      }
      return offset;
    } catch (NumberFormatException e) {
      throw invalid(listing);
    }
  }

  private static String encode(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String listing, String cursor) {
    String s;
    try {
      s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(listing);
    }
    String prefix = listing + "\n";
    if (!s.startsWith(prefix)) {
      throw invalid(listing);
    }
    return s.substring(prefix.length());
  }

  private static ApiException invalid(String listing) {
    return ApiException.badRequest("cursor is not one this server gave for " + listing
        + "; pass the next_cursor of the previous page unchanged, or omit it for the first page");
  }
}
