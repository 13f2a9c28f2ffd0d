package org.sitrep.events;

/**
 * An event's party as the rules find it: an entity (id set) or a description such as "security
 * forces" (id null).
 *
 * @param name the entity's name or the description's words
 * @param id the entity id, or null
 * @param person whether the actor is a person (for "he" and "she")
 */
record Actor(String name, String id, boolean person) {
  /** The same party: the same entity, or for descriptions the same words, ignoring case. */
  boolean same(Actor other) {
    return id != null ? id.equals(other.id()) : name.equalsIgnoreCase(other.name());
  }
}
