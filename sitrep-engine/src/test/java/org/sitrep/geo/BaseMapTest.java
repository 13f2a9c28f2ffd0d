package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BaseMapTest {
  static BaseMap of(String text) throws Exception {
    return BaseMap.parse(new BufferedReader(new StringReader(text)));
  }

  /** A 10° square of land from (0,0) to (10,10) and a border from (5,0) to (5,10). */
  static final String SQUARE = "# test\nL 0,0 1000,0 0,1000 -1000,0\nB 500,0 0,500 0,500\n";

  @Test
  void drawsLandAndBordersProjectedEquirectangularly() throws Exception {
    BaseMap map = of(SQUARE);
    assertThat(map.shapes()).isEqualTo(2);
    BaseMap.Svg svg = map.render(new BaseMap.Box(-10, -10, 20, 20), 300, 300);
    // lon 0 → x 100, lat 10 → y 100; north is up.
    assertThat(svg.land()).isEqualTo("M100,200 L200,200 L200,100 L100,100Z");
    assertThat(svg.borders()).isEqualTo("M150,200 L150,150 L150,100");
    assertThat(BaseMap.x(new BaseMap.Box(-10, -10, 20, 20), 300, 5)).isEqualTo(150);
    assertThat(BaseMap.y(new BaseMap.Box(-10, -10, 20, 20), 300, 5)).isEqualTo(150);
  }

  @Test
  void shapesOutsideTheBoxAreLeftOutAndEdgesAreClipped() throws Exception {
    BaseMap map = of(SQUARE);
    BaseMap.Svg far = map.render(new BaseMap.Box(100, 40, 120, 60), 200, 200);
    assertThat(far.land()).isEmpty();
    assertThat(far.borders()).isEmpty();
    // A box over the square's western half: the land is cut at the box plus a 5% margin.
    BaseMap.Svg half = map.render(new BaseMap.Box(-2, 0, 2, 10), 40, 100);
    assertThat(half.land()).startsWith("M").endsWith("Z");
    for (String point : half.land().replaceAll("[MLZ]", " ").trim().split("\\s+")) {
      double x = Double.parseDouble(point.split(",")[0]);
      assertThat(x).isBetween(-2.0, 42.0);
    }
    assertThat(half.borders()).isEmpty();
  }

  @Test
  void theShippedMapCoversTheWorldAndIsShared() {
    BaseMap map = BaseMap.standard();
    assertThat(BaseMap.standard()).isSameAs(map);
    assertThat(map.shapes()).isGreaterThan(1000);
    BaseMap.Svg world = map.render(BaseMap.Box.WORLD, 720, 360);
    assertThat(world.land()).matches("M[-0-9.,LMZ ]+Z");
    assertThat(world.borders()).startsWith("M");
    // A point in the Atlantic draws nothing; a box in the Sahara has land and borders.
    assertThat(map.render(new BaseMap.Box(-40, 10, -30, 20), 100, 100).land()).isEmpty();
    BaseMap.Svg sahara = map.render(new BaseMap.Box(5, 20, 25, 32), 400, 240);
    assertThat(sahara.land()).isNotEmpty();
    assertThat(sahara.borders()).isNotEmpty();
    assertThat(sahara.land().length()).isLessThan(world.land().length());
  }

  @Test
  void rendersConcurrently() throws Exception {
    BaseMap map = BaseMap.standard();
    BaseMap.Box box = new BaseMap.Box(60, 35, 85, 50);
    String expected = map.render(box, 500, 300).land();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = pool.invokeAll(java.util.Collections.nCopies(16,
          () -> map.render(box, 500, 300).land()));
      for (Future<String> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void boxesAroundPointsAndBadInputAreChecked() throws Exception {
    BaseMap.Box b = BaseMap.Box.around(List.of(new double[] {14.4, 27.0},
        new double[] {10.0, 26.0}), 1, 4);
    assertThat(b.west()).isEqualTo(9.0);
    assertThat(b.east()).isCloseTo(15.4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(b.south()).isEqualTo(24.5);
    assertThat(b.north()).isEqualTo(28.5);
    assertThat(BaseMap.Box.around(List.of(new double[] {179, 89}), 5, 10).east())
        .isEqualTo(180.0);
    assertThatThrownBy(() -> new BaseMap.Box(10, 0, 5, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("west < east");
    assertThatThrownBy(() -> of("X 1,2\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> of(SQUARE).render(BaseMap.Box.WORLD, 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
