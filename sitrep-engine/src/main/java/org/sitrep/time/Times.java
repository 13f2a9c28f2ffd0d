package org.sitrep.time;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/**
 * The times layer: every time expression of an article, in text order: those of the analysed
 * text and those stated in its dateline, bylines and publication lines, each with the {@link
 * TimeExpression.Segment} it sits in. Readers that date the story's facts use {@link #inText()}.
 */
public record Times(List<TimeExpression> expressions) {
  public static final Layer<Times> LAYER = Layer.of("times", Times.class);

  public Times {
    expressions = ImmutableList.copyOf(expressions);
  }

  /** The expressions of the analysed text (title, standfirst, captions, headings, body). */
  public List<TimeExpression> inText() {
    return expressions.stream().filter(TimeExpression::inText).toList();
  }
}
