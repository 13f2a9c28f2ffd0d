package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credit lines that are not the story: photo credits ("Photo: Jane Doe/Agency", "Mara Quist /
 * Getty Images"), contributor lines ("Reporting by …; Editing by …", "Jane Doe contributed to
 * this report.") and, at the end of a story only, author bios ("Jane Doe is a politics reporter
 * for …") and "X reported from Y" lines. Each rule matches a whole line; the structure stage marks
 * matches as {@code CREDIT} with the rule's note, so their names are never analysed.
 */
final class Credits {
  private Credits() {}

  static final String PHOTO = "photo credit";
  static final String CONTRIBUTOR = "contributor line";
  static final String BIO = "author bio";

  /** Agencies and picture services whose name ends a photo credit. */
  private static final String AGENCY = "(?:AFP|AP|Reuters|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?"
      + "|Xinhua|Sipa(?: USA| Press)?|Bloomberg|Pool|Shutterstock|Alamy|NurPhoto|ZUMA(?: Press| Wire)?"
      + "|SOPA Images|LightRocket|Agence France-Presse|Associated Press|PA(?: Wire| Images)?"
      + "|Redux|AAP|Kyodo|Yonhap|TASS|Sputnik|dpa|ANSA|IRNA|WANA|UPI|Handout|Courtesy)";

  /** "Photo: …", "Photos by …", "Image courtesy of …", "Picture credit: …": a label and a name. */
  private static final Pattern LABELLED = Pattern.compile("(?i)\\(?\\s*(?:(?:photo(?:graph)?s?|"
      + "images?|pictures?|file photo)(?:\\s+credits?)?\\s*(?::|\\bby\\b|\\bcourtesy(?: of)?\\b|©)|"
      + "(?:video|graphic|illustration|footage)(?:\\s+credits?\\s*:?|\\s+by\\b|\\s+courtesy(?: of)?\\b))"
      + "\\s*([^.!?]{2,100})[.)]?");

  /** "Credit: …", "Credit Jane Doe/Agency", "Source: …": a credit keyword and a capitalised name. */
  private static final Pattern CREDIT = Pattern.compile("(?i:credits?|image credit|photo credit|"
      + "source)\\s*:?\\s+(\\p{Lu}[^.!?]{1,100})\\.?");

  /** "(AP Photo/Jane Doe)", "AFP Photo / Jane Doe". */
  private static final Pattern AGENCY_PHOTO = Pattern.compile("\\(?\\s*" + AGENCY
      + "?\\s*(?i:photo)\\s*(?:/|\\bby\\b)\\s*[^)]{1,80}\\)?");

  /** "Jane Doe / AFP - Getty Images", "Jane Doe for The Post via Getty Images". */
  private static final Pattern NAME_AGENCY = Pattern.compile("\\p{Lu}[^.!?/]{1,70}(?:/|\\bvia\\b|"
      + "\\bfor\\b)\\s*[^!?]{0,60}\\b" + AGENCY + "\\s*\\)?");

  private static final Pattern CONTRIBUTORS = Pattern.compile("(?i)(?:\\(?(?:with )?(?:additional|"
      + "further|contributing)? ?reporting (?:by|from)\\b.{2,200}|(?:writing|editing|edited|"
      + "compiled|produced|translated|translation|research|graphics|photography|fact-checking) "
      + "by\\b.{2,200})");

  private static final Pattern CONTRIBUTED = Pattern.compile(".{2,150}\\bcontributed(?: reporting"
      + "| to (?:this|the) (?:report|story|article|reporting))\\b.{0,100}");

  /** "Jane Doe reported from Kyiv, and John Roe from Lviv." */
  private static final Pattern REPORTED_FROM = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}"
      + "reported (?:from|in)\\b.{2,150}");

  /** "Jane Doe is a politics reporter for …"; "Jane Doe covers security for …". */
  private static final Pattern BIO_LINE = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}"
      + "(?:is|was|covers|writes|reports)\\b.{3,400}");
  private static final Pattern JOURNALISM = Pattern.compile("(?i)\\b(?:reporter|correspondent|editor"
      + "|writer|journalist|producer|columnist|contributor|author|fellow|analyst|photographer"
      + "|photojournalist|intern|critic|anchor|host|staff|bureau chief|freelance|covers|writes about"
      + "|reports on)\\b");

  /** A photo credit standing alone on its line, or null. */
  static String photo(String line) {
    String s = line.strip();
    if (s.length() > 160 || words(s) > 16) {
      return null;
    }
    Matcher m = LABELLED.matcher(s);
    if (m.matches() && nameLike(m.group(1))) {
      return PHOTO;
    }
    m = CREDIT.matcher(s);
    if (m.matches() && nameLike(m.group(1))) {
      return PHOTO;
    }
    return AGENCY_PHOTO.matcher(s).matches() || NAME_AGENCY.matcher(s).matches() && nameLike(s)
        ? PHOTO : null;
  }

  /**
   * Names, outlets and agencies, not a description: most words capitalised or holding a slash
   * ("Jane Doe/AFP", "Kadrina Activists Group"); "Soldiers patrol the road" is a description.
   */
  private static boolean nameLike(String s) {
    String[] words = s.strip().split("\\s+");
    int named = 0;
    for (String w : words) {
      if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || w.contains("/")
          || w.equals("-") || w.equals("—") || w.equals("–"))) {
        named++;
      }
    }
    return words.length <= 12 && named * 10 >= words.length * 6;
  }

  /** A contributor line anywhere in the story ("Reporting by …", "… contributed to this report"). */
  static String contributor(String line) {
    String s = line.strip();
    if (s.length() > 300 || words(s) > 45) {
      return null;
    }
    return CONTRIBUTORS.matcher(s).matches() || CONTRIBUTED.matcher(s).matches() ? CONTRIBUTOR
        : null;
  }

  /**
   * A credit that only the end of a story makes one: an author bio or "X reported from Y". In the
   * body the same shapes are story ("Smith is a former reporter who was detained …").
   */
  static String tail(String line) {
    String s = line.strip();
    if (s.length() > 500 || words(s) > 80) {
      return null;
    }
    if (REPORTED_FROM.matcher(s).matches() && words(s) <= 25) {
      return CONTRIBUTOR;
    }
    if (BIO_LINE.matcher(s).matches() && JOURNALISM.matcher(s).find()) {
      return BIO;
    }
    return null;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.split("\\s+").length;
  }
}
