package org.sitrep.time;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/** The times layer: every time expression in an article's analysed text, in text order. */
public record Times(List<TimeExpression> expressions) {
  public static final Layer<Times> LAYER = Layer.of("times", Times.class);

  public Times {
    expressions = ImmutableList.copyOf(expressions);
  }
}
