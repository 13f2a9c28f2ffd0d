package org.sitrep.numbers;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/** The numbers layer: every number mention in an article's analysed text, in text order. */
public record Numbers(List<NumberMention> mentions) {
  public static final Layer<Numbers> LAYER = Layer.of("numbers", Numbers.class);

  public Numbers {
    mentions = ImmutableList.copyOf(mentions);
  }
}
