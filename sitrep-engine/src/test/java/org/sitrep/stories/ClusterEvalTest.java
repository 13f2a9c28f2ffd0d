package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvalDataException;

class ClusterEvalTest {
  @TempDir Path dir;

  @Test
  void readsAFolderWithItsLabelsAndPoolsSetsApart() throws Exception {
    Path texts = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(texts.resolve("one.txt"), "Floods close roads\n\nHeavy rain flooded the "
        + "Ambry valley on Monday, and volunteers at Fennick filled sandbags.\n");
    Files.writeString(texts.resolve("two.txt"), "Cup final\n\nLinfield Rovers beat Castor "
        + "Athletic in the cup final on Saturday.\n");
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "# id\tstory\none\tflood\ntwo\tcup\n");
    var data = ClusterEval.readFolder(texts, gold);
    assertThat(data.items()).hasSize(2);
    assertThat(data.goldClusters()).isEqualTo(2);
    var pooled = data.pooledWith(new ClusterEval.Dataset("other", java.util.List.of()));
    assertThat(ClusterEval.gold(pooled)).containsEntry("one", "texts:flood");
    StoryArticle one = ClusterEval.light().apply(data.items().get(0).article());
    assertThat(one.names()).contains("Ambry", "Fennick");
  }

  @Test
  void aLabelForAnAbsentArticleOrABadLineIsAnError() throws Exception {
    Path texts = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(texts.resolve("one.txt"), "Some text.\n");
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, "missing\tx\n");
    assertThatThrownBy(() -> ClusterEval.readFolder(texts, gold))
        .isInstanceOf(EvalDataException.class).hasMessageContaining("missing");
    Files.writeString(gold, "one x\n");
    assertThatThrownBy(() -> ClusterEval.readFolder(texts, gold))
        .isInstanceOf(EvalDataException.class).hasMessageContaining("line 1");
  }
}
