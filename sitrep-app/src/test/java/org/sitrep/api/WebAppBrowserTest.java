package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.app.SitrepService;

/**
 * The web app end to end in a real browser: Debian's {@code chromium} driven through its {@code
 * chromedriver} by Selenium (paths given, so nothing is downloaded), against a server on a random
 * loopback port over a store of the sample corpus plus a hostile article ({@code
 * web-corpus.jsonl.gz}, analysed in advance: see the README beside it). Every page is opened;
 * nothing from the hostile article may run (each payload would set {@code window.__pwned}, retitle
 * the page or raise an alert) and the browser log must hold no error. Screenshots go to {@code
 * target/screenshots}; how long each page took is printed (figures, not assertions). Skipped with
 * a message when Chromium or its driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String HOSTILE_ID = "hostile<img src=x onerror=alert(1)>";
  static final String SABHA_ARTICLE = "sabha-offensive-begins";
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path tmp;
  SitrepService app;
  ApiServer server;
  ChromeDriver driver;
  String base;
  final Map<String, long[]> timings = new LinkedHashMap<>();

  @BeforeAll
  void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no /usr/bin/chromium or /usr/bin/chromedriver (apt-get install chromium"
            + " chromium-driver; .ci/run does): web app browser tests skipped");
    app = WebRoutesTest.fixtureService(tmp.resolve("data"));
    server = ApiServer.start(app, new ApiConfig("127.0.0.1", 0, null, 1 << 20, 100_000));
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // An alert stays open, so the checks below see it instead of the driver dismissing it.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (app != null) {
      app.close();
    }
    if (!timings.isEmpty()) {
      StringBuilder s = new StringBuilder("web app page loads (ms: wall clock from navigation to"
          + " rendered page, in-page routing+API+render):\n");
      timings.forEach((k, v) -> s.append(String.format("  %-28s %5d %5d%n", k, v[0], v[1])));
      System.out.print(s);
    }
  }

  /** Opens an app route, waits until it has rendered, and records how long that took. */
  void open(String name, String route) {
    open(name, route, false);
  }

  void open(String name, String route, boolean expect404) {
    String target = base + "/" + route;
    act(name, () -> {
      if (driver.getCurrentUrl().equals(target)) {
        driver.navigate().refresh();
      } else {
        driver.get(target);
      }
    }, expect404);
  }

  /** Does something that makes the app render a page (navigate, click, submit) and waits. */
  void act(String name, Runnable action, boolean expect404) {
    JavascriptExecutor js = driver;
    if (driver.getCurrentUrl().startsWith(base)) {
      js.executeScript("delete document.body.dataset.renderMs");
    }
    long t0 = System.nanoTime();
    action.run();
    try {
      // Polled every 20 ms, so the wall-clock figure is not rounded up to the default 500 ms.
      new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20)).until(d ->
          ((JavascriptExecutor) d).executeScript("return document.body.dataset.renderMs || null")
              != null);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(name + ": the page did not render in 20 s; browser log: "
          + driver.manage().logs().get(LogType.BROWSER).getAll(), e);
    }
    long wall = (System.nanoTime() - t0) / 1_000_000;
    long inPage = Long.parseLong(String.valueOf(js.executeScript(
        "return document.body.dataset.renderMs")));
    timings.put(name, new long[] {wall, inPage});
    assertNothingRan(name, expect404);
  }

  /** No payload ran: no marker, no alert, no retitling, no error in the browser log. */
  void assertNothingRan(String page) {
    assertNothingRan(page, false);
  }

  /** As above; {@code expect404}: the page asks for something that does not exist, on purpose. */
  void assertNothingRan(String page, boolean expect404) {
    try {
      String text = driver.switchTo().alert().getText();
      driver.switchTo().alert().dismiss();
      throw new AssertionError(page + ": an alert was raised: " + text);
    } catch (NoAlertPresentException expected) {
      // Nothing raised an alert.
    }
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return window.__pwned === undefined")).as(page).isEqualTo(true);
    assertThat(driver.getTitle()).as(page).doesNotContain("PWNED");
    // The page never holds markup from the data: no script, frame or handler inside main.
    assertThat(js.executeScript("const m = document.getElementById('main');"
        + " if (m.querySelector('script, iframe, object, embed, style, img, foreignObject'))"
        + " return 'element';"
        + " for (const e of m.querySelectorAll('*')) for (const a of e.attributes) {"
        + " if (/^on/i.test(a.name)) return 'handler ' + a.name;"
        + " if (/^\\s*javascript:/i.test(a.value)) return 'javascript: in ' + a.name; }"
        + " return 'clean';")).as(page).isEqualTo("clean");
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue() && !(expect404
          && e.getMessage().contains("the server responded with a status of 404"))) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).as(page + ": browser log").isEmpty();
  }

  void shot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  @Order(1)
  void searchShowsHighlightedSnippetsAndFacetsThatNarrowIt() throws Exception {
    open("search (cold load)", "");
    open("search ceasefire", "#/search?q=ceasefire");
    List<WebElement> hits = driver.findElements(By.cssSelector("article.hit"));
    assertThat(hits).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector(".snippet mark")).getText())
        .containsIgnoringCase("ceasefire");
    WebElement facets = driver.findElement(By.cssSelector("aside.facets"));
    assertThat(facets.getText()).contains("Outlets", "Actors", "Event types", "Days");
    shot("01-search");
    // Narrow by the first outlet: every remaining hit is from it.
    WebElement outlet = facets.findElement(By.xpath(".//h2[.='Outlets']/following-sibling::ul[1]"
        + "//a"));
    String name = outlet.getText();
    act("search narrowed by outlet (click)", outlet::click, false);
    assertThat(driver.getCurrentUrl()).contains("source=");
    assertThat(driver.findElements(By.cssSelector("article.hit"))).isNotEmpty();
    for (WebElement meta : driver.findElements(By.cssSelector("article.hit .meta"))) {
      // Values are wrapped in Unicode isolates (U+2068 … U+2069) against bidi overrides.
      assertThat(meta.getText().replaceAll("[\u2068\u2069]", "")).startsWith(name);
    }
    // The form works from the keyboard: type and press Enter.
    WebElement q = driver.findElement(By.id("f-q"));
    q.clear();
    act("search Velan (keyboard)", () -> q.sendKeys("Velan", Keys.ENTER), false);
    assertThat(driver.getCurrentUrl()).contains("q=Velan");
  }

  @Test
  @Order(2)
  void anArticleShowsItsOriginalTextWithHighlightsAndExplainsThem() throws Exception {
    open("search", "#/search?q=Sabha");
    act("article (click on a hit)", () -> driver.findElement(By.cssSelector("article.hit h2 a"))
        .click(), false);
    assertThat(driver.findElements(By.cssSelector(".text .hl"))).isNotEmpty();
    open("article", "#/article/" + enc(SABHA_ARTICLE));
    JavascriptExecutor js = driver;
    // The text box holds the stored text exactly: same length in UTF-16 units.
    String text = app.article(SABHA_ARTICLE).orElseThrow().text();
    assertThat(js.executeScript("return document.querySelector('.text').textContent.length"))
        .isEqualTo((long) text.length());
    for (String cls : List.of("entity", "time", "quote", "event")) {
      assertThat(driver.findElements(By.cssSelector(".text .hl." + cls))).as(cls).isNotEmpty();
    }
    // Hover shows what a highlight is; focus (keyboard) does too.
    WebElement time = driver.findElement(By.cssSelector(".text .hl.time"));
    new Actions(driver).moveToElement(time).perform();
    assertThat(driver.findElement(By.cssSelector(".inspector")).getText()).contains("time (");
    WebElement entity = driver.findElement(By.cssSelector(".text .hl.entity[tabindex]"));
    js.executeScript("arguments[0].focus()", entity);
    assertThat(driver.findElement(By.cssSelector(".inspector")).getText())
        .containsAnyOf("person", "organization", "location", "group");
    assertThat(driver.findElements(By.xpath("//table//td[contains(., 'asserted') or contains(.,"
        + " 'reported') or contains(., 'announced')]"))).isNotEmpty();
    shot("02-article");
    assertNothingRan("article");
  }

  @Test
  @Order(3)
  void theHostileArticleIsShownAsTextAndNothingRuns() throws Exception {
    open("hostile article", "#/article/" + enc(HOSTILE_ID));
    WebElement box = driver.findElement(By.cssSelector(".text"));
    assertThat(box.getText()).contains("<script>window.__pwned='title-script'",
        "onerror=\"window.__pwned='img'\"", "javascript:window.__pwned='link'");
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("<img src=x");
    assertThat(driver.findElement(By.cssSelector(".meta")).getText())
        .contains("Evil <b onclick=alert(1)>Wire</b>")
        .contains("address not a web link: javascript:");
    // Hovering every highlight runs nothing either.
    for (WebElement hl : driver.findElements(By.cssSelector(".text .hl"))) {
      new Actions(driver).moveToElement(hl).perform();
    }
    shot("03-hostile-article");
    assertNothingRan("hostile article after hovering");
    open("hostile search", "#/search?q=" + enc("Velan <script>"));
    open("hostile actor (not in the registry)", "#/actor/" + enc("<img src=x onerror=alert(1)>"),
        true);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(
        "<img src=x onerror=alert(1)>");
    open("hostile story list", "#/stories");
    String story = "s-" + HOSTILE_ID;
    open("hostile story", "#/story/" + enc(story));
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("<img src=x");
    open("hostile events", "#/events?source=" + enc("Evil <b onclick=alert(1)>Wire</b>"));
    open("unknown route", "#/nowhere/<script>");
  }

  @Test
  @Order(4)
  void anActorPageListsNamesCodesEventsAndQuotes() throws Exception {
    open("actors", "#/actors");
    assertThat(driver.findElements(By.cssSelector("tbody tr")).size()).isGreaterThan(5);
    shot("04-actors");
    act("actor (click)", () -> driver.findElement(By.linkText("Rapid Response Units")).click(),
        false);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rapid Response Units");
    open("actor", "#/actor/" + enc("Rapid Response Units"));
    assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("RRU");
    assertThat(driver.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    shot("05-actor");
    open("actor (by a person)", "#/actor/" + enc("Ilsa Brandvold"));
  }

  @Test
  @Order(5)
  void eventsFilterAndAppearOnTheMapAndTimeline() throws Exception {
    open("events", "#/events");
    int all = driver.findElements(By.cssSelector("tbody tr")).size();
    assertThat(all).isGreaterThan(20);
    assertThat(driver.findElements(By.cssSelector("svg.map-svg circle.event-point")))
        .isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("svg.map-svg path.land")).getAttribute("d"))
        .startsWith("M");
    shot("06-events");
    // Filter by type with the form, from the keyboard.
    new Select(driver.findElement(By.id("f-plover"))).selectByValue("ASSAULT");
    act("events filtered (form)", () -> driver.findElement(By.id("f-actor"))
        .sendKeys(Keys.ENTER), false);
    assertThat(driver.getCurrentUrl()).contains("plover=ASSAULT");
    List<WebElement> rows = driver.findElements(By.cssSelector("tbody tr"));
    assertThat(rows.size()).isBetween(1, all - 1);
    for (WebElement r : rows) {
      assertThat(r.getText()).contains("ASSAULT");
    }
    assertThat(driver.findElements(By.cssSelector("svg.map-svg circle.event-point")))
        .isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("svg.timeline-svg rect.bar"))).isNotEmpty();
    shot("07-events-filtered");
    assertNothingRan("events filtered");
    open("events filtered", "#/events?plover=ASSAULT");
  }

  @Test
  @Order(6)
  void aStoryShowsItsTimelineEventsContradictionsAndFraming() throws Exception {
    open("stories", "#/stories");
    act("story (click)", () -> driver.findElement(By.partialLinkText("Sabha")).click(), false);
    String route = driver.getCurrentUrl().substring(base.length() + 1);
    open("story", route);
    assertThat(driver.findElements(By.cssSelector("#events tbody tr")).size()).isGreaterThan(5);
    assertThat(driver.findElements(By.cssSelector("svg.timeline-svg rect.bar"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#articles tbody tr")).size())
        .isGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("#framing tbody tr"))).isNotEmpty();
    // the story map: the base map with the fused events' places, or a note when none has one
    assertThat(driver.findElements(By.cssSelector("#map figure.map"))).isNotEmpty();
    shot("08-story");
    if (!driver.findElements(By.cssSelector(".contradiction")).isEmpty()) {
      assertThat(driver.findElements(By.cssSelector(".contradiction .side-by-side")).size())
          .isGreaterThanOrEqualTo(2);
      new Actions(driver).scrollToElement(driver.findElement(By.id("contradictions"))).perform();
      shot("09-story-contradictions");
    }
  }

  @Test
  @Order(7)
  void pagesFitAPhone() throws Exception {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      for (String[] page : List.of(new String[] {"phone-search", "#/search?q=ceasefire"},
          new String[] {"phone-article", "#/article/" + enc(SABHA_ARTICLE)},
          new String[] {"phone-events", "#/events"},
          new String[] {"phone-hostile", "#/article/" + enc(HOSTILE_ID)})) {
        open(page[0], page[1]);
        JavascriptExecutor js = driver;
        // Nothing makes the page wider than the screen (tables scroll inside their own box).
        assertThat(((Number) js.executeScript(
            "return document.documentElement.scrollWidth")).intValue()).as(page[0])
            .isLessThanOrEqualTo(((Number) js.executeScript("return window.innerWidth"))
                .intValue());
        shot("10-" + page[0]);
      }
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }
}
