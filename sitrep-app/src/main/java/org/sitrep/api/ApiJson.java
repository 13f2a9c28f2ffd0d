package org.sitrep.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/**
 * The API's JSON: the same snake_case field names as the output schema ({@code
 * org.sitrep.analysis.Json}), and every character that could open markup ({@code < > &}, quotes)
 * or break a script ({@code U+2028}, {@code U+2029}) written as a {@code \}{@code uXXXX} escape.
 * Article text is untrusted; escaped so, a response stays inert even if a browser were tricked
 * into reading it as HTML, and the value a client decodes is unchanged.
 */
final class ApiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.INDENT_OUTPUT);

  static {
    MAPPER.getFactory().setCharacterEscapes(new HtmlSafe());
  }

  private ApiJson() {}

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Escapes markup and line-separator characters as {@code \}{@code uXXXX}. */
  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafe() {
      escapes = standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\'', '/', '='}) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // Only consulted for non-ASCII characters: U+2028 and U+2029 end a line in JavaScript.
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(
            String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
