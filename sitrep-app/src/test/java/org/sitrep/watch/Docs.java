package org.sitrep.watch;

/** Invented feeds and pages for the watcher's tests. */
final class Docs {
  private Docs() {}

  static String rss(String title, String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>"
        + title + "</title>\n" + String.join("\n", items) + "\n</channel></rss>\n";
  }

  static String item(String guid, String link, String title, String description) {
    return "<item><guid>" + guid + "</guid>" + (link == null ? "" : "<link>" + link + "</link>")
        + "<title>" + title + "</title><pubDate>Tue, 04 Mar 2031 06:00:00 GMT</pubDate>"
        + (description == null ? "" : "<description>" + description + "</description>")
        + "</item>";
  }

  static String atom(String title, String id, String link, String summary) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>" + title + "</title><entry><id>" + id + "</id><link href=\"" + link + "\"/>"
        + "<title>Council meets in Velmora</title><updated>2031-03-04T06:00:00Z</updated>"
        + "<summary>" + summary + "</summary></entry></feed>\n";
  }

  static String page(String title, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title)
        .append("</title><meta property=\"og:site_name\" content=\"Velmora Herald\"></head><body>"
            + "<article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article></body></html>").toString();
  }

  static String page(String title) {
    return page(title, "Officials in the northern province of Velmora said on Tuesday that the"
        + " bridge over the Tessa river would reopen after repairs lasting three weeks.",
        "The provincial council voted to fund the work, according to a statement released by"
        + " its chair, Mara Okonjo, who said traffic had been diverted through two villages.");
  }
}
