package org.sitrep.core;

import java.util.List;

/**
 * Implemented by layer values that can carry warnings about the input (an undecodable byte, a
 * missing publication date). Warnings are for the user; they never stop an article from being
 * analysed or stored.
 */
public interface Warned {
  /** Human-readable warnings, possibly empty, never null. */
  List<String> warnings();
}
