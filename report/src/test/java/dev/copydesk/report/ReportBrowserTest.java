package dev.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.engine.Report;
import dev.copydesk.report.html.HtmlRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the HTML report of the seed articles (plus the generated wire copy and hostile document)
 * from {@code file://} in headless Chromium, as an editor would, and checks what they would see.
 * Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/install-browser.sh});
 * fails when they are missing. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "browser");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ChromeDriver driver;
    private JsonNode json;
    private String url;

    @BeforeAll
    void openBrowser() throws IOException {
        assertThat(CHROMIUM).as("chromium is missing: run .ci/install-browser.sh").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver is missing: run .ci/install-browser.sh").isExecutable();
        Report report = ReportFixture.report();
        Files.createDirectories(OUT);
        Files.createDirectories(SCREENSHOTS);
        Path html = OUT.resolve("report.html");
        write(html, new HtmlRenderer(), report);
        Path jsonFile = OUT.resolve("report.json");
        write(jsonFile, new JsonRenderer(), report);
        json = new ObjectMapper().readTree(jsonFile.toFile());
        url = html.toAbsolutePath().toUri().toString();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900",
                "--user-data-dir=" + Files.createTempDirectory("copydesk-chromium").toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void load() {
        driver.get(url);
    }

    private static void write(Path file, Renderer renderer, Report report) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            renderer.render(report, w);
        }
    }

    private String stat(String name) {
        return driver.findElement(By.cssSelector("[data-stat='" + name + "']")).getText().replace(",", "");
    }

    private List<WebElement> visibleFindings() {
        return driver.findElements(By.cssSelector("li.finding")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void overviewNumbersMatchTheJsonOutput() throws IOException {
        JsonNode summary = json.get("summary");
        assertThat(stat("documents")).isEqualTo(summary.get("documents").asText());
        assertThat(stat("words")).isEqualTo(summary.get("words").asText());
        assertThat(stat("findings")).isEqualTo(summary.get("findings").asText());
        assertThat(stat("error")).isEqualTo(summary.get("bySeverity").get("error").asText());
        assertThat(stat("warning")).isEqualTo(summary.get("bySeverity").get("warning").asText());
        assertThat(stat("info")).isEqualTo(summary.get("bySeverity").get("info").asText());
        assertThat(stat("unreadable")).isEqualTo(summary.get("unreadable").asText());
        assertThat(driver.findElements(By.cssSelector("table.docs tbody tr"))).hasSize(json.get("documents").size());
        screenshot("overview");
    }

    @Test
    void filtersHideAndShowRows() throws IOException, InterruptedException {
        int all = visibleFindings().size();
        assertThat(all).isGreaterThan(5);
        choose("f-check", "typo");
        assertThat(visibleFindings()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getAttribute("data-check")).isEqualTo("typo"));
        assertThat(driver.findElement(By.id("check-casing")).isDisplayed()).isFalse();

        choose("f-check", "");
        choose("f-sev", "error");
        assertThat(visibleFindings()).hasSize(3)
                .allSatisfy(e -> assertThat(e.getAttribute("data-sev")).isEqualTo("error"));
        driver.findElement(By.tagName("body")).sendKeys("j");
        screenshot("filtered-errors");

        choose("f-sev", "");
        WebElement wire = driver.findElements(By.cssSelector("#f-doc option")).stream()
                .filter(o -> o.getText().equals(ReportFixture.DIR + "/" + ReportFixture.WIRE_FILE)).findFirst()
                .orElseThrow();
        String key = wire.getAttribute("value");
        choose("f-doc", key);
        assertThat(visibleFindings()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getAttribute("data-doc").split(" ")).contains(key));
        assertThat(driver.findElements(By.cssSelector("table.docs tbody tr")).stream()
                .filter(WebElement::isDisplayed)).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("article.proof")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("data-doc"))).containsExactly(key);

        driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
        for (int i = 0; i < 50 && visibleFindings().size() != all; i++) {
            Thread.sleep(100); // the reset event applies the filters after the form has been reset
        }
        assertThat(visibleFindings()).hasSize(all);
        assertThat(driver.findElement(By.id("f-status")).getText()).isEqualTo(all + " of " + all + " rows shown");
    }

    @Test
    void duplicateDiffHighlightsTheChangedWords() throws IOException {
        WebElement section = driver.findElement(By.id("check-duplicates"));
        List<String> deleted = section.findElements(By.tagName("del")).stream().map(WebElement::getText).toList();
        List<String> inserted = section.findElements(By.tagName("ins")).stream().map(WebElement::getText).toList();
        assertThat(deleted).contains("In", "stunning");
        assertThat(inserted).contains("After", "dramatic", "reportedly");
        WebElement ins = section.findElement(By.tagName("ins"));
        assertThat(ins.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        scrollTo(section);
        screenshot("duplicates");
    }

    @Test
    void clusterRowExpandsToEveryOccurrenceInItsSentence() throws IOException {
        WebElement casing = driver.findElement(By.id("check-casing"));
        assertThat(casing.findElements(By.cssSelector("li.finding"))).hasSize(1);
        WebElement occurrences = casing.findElement(By.cssSelector("details.occurrences"));
        assertThat(occurrences.findElement(By.tagName("ul")).isDisplayed()).isFalse();
        scrollTo(casing);
        occurrences.findElement(By.tagName("summary")).click();
        List<WebElement> lower = occurrences.findElements(By.tagName("ul")).get(1).findElements(By.tagName("li"));
        assertThat(lower).hasSize(2).allSatisfy(li -> assertThat(li.getText()).contains("syrian"));
        assertThat(lower.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("syrian");
        screenshot("casing-cluster");
    }

    @Test
    void hostileDocumentIsShownAsTextAndRunsNothing() throws IOException {
        JavascriptExecutor js = driver;
        assertThat(js.executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(driver.getTitle()).doesNotContain("pwned");
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("main svg"))).hasSize(1); // the chart, not the document's
        WebElement markup = driver.findElement(By.id("check-markup"));
        assertThat(markup.getText()).contains("<script>window.__xss = 1;", "onerror=");
        scrollTo(markup);
        screenshot("hostile-document");
    }

    @Test
    void keyboardAndClicksReachEveryFinding() throws IOException {
        driver.findElement(By.tagName("body")).sendKeys("j");
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("finding");
        WebElement mark = driver.findElement(By.cssSelector("mark.m[data-check='typo']"));
        scrollTo(mark);
        mark.click();
        WebElement tip = driver.findElement(By.id("tip"));
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).contains("Possible typo: 'teh'");
        screenshot("proof-with-message");
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        assertThat(tip.isDisplayed()).isFalse();
    }

    @Test
    void printingDropsTheControlsAndKeepsTheFindings() throws IOException {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("li.finding")).isDisplayed()).isTrue();
            screenshot("print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void browserConsoleHasNoErrors() {
        driver.findElement(By.tagName("body")).sendKeys("j");
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries).filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).isEmpty();
    }

    /** Picks an option of a filter by clicking it, as a person would. */
    private void choose(String select, String value) {
        driver.findElement(By.id(select)).click();
        driver.findElement(By.cssSelector("#" + select + " option[value='" + value + "']")).click();
    }

    private void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -110);", element);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
