package org.sitrep.store;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.sitrep.entities.EntityType;

/**
 * Counts over a store. {@code articles} and {@code versions} count every stored row; the
 * annotation counts and {@code topEntities} cover only each article's latest version, so an
 * article stored in three versions is not counted three times.
 *
 * @param articles distinct article ids
 * @param versions stored versions, over all articles
 * @param entities entities in latest versions
 * @param mentions entity mentions in latest versions
 * @param times time expressions in latest versions
 * @param numbers number mentions in latest versions
 * @param quotes quotes (direct and reported) in latest versions
 * @param claims claims in latest versions
 * @param events events in latest versions
 * @param topEntities the entities named in most articles, most first, ties by name
 */
public record StoreStats(long articles, long versions, long entities, long mentions, long times,
    long numbers, long quotes, long claims, long events, List<EntityCount> topEntities) {

  public StoreStats {
    topEntities = ImmutableList.copyOf(topEntities);
  }

  /**
   * How many articles (latest versions) name an entity.
   *
   * @param name the canonical name, exactly as stored
   * @param type its type
   * @param articles the number of articles with an entity of this name and type
   */
  public record EntityCount(String name, EntityType type, long articles) {
    public EntityCount {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }
}
