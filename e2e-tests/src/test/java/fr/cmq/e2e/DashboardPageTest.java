package fr.cmq.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national mission's web page in a real browser (Debian's headless Chromium through chromedriver): a region
 * filter applied through the form shows exactly the rows the API gives for that region; a campus page opens; a
 * campus's indicator is charted against its target and the national page's steering panel gives the spread;
 * screenshots are kept under target/screenshots as test artifacts.
 */
class DashboardPageTest extends EndToEndTest {

    static final String OCCITANIE = "76";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("cmq-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cmq.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=fr-FR", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("cmq.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aRegionFilterShowsTheRowsOfTheApiAndACampusPageOpens() throws Exception {
        List<String> expected = stableApiRows(OCCITANIE);
        assertFalse(expected.isEmpty(), "the report's campuses of Occitanie are loaded at start");

        browser.get(platform.gatewayUrl() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-campus")));
        assertEquals("Campus des métiers et des qualifications — tableau national", browser.getTitle());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        String font = (String) ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.body).fontFamily");
        assertTrue(font.contains("Marianne"), "the DSFR stylesheet is loaded: " + font);

        new Select(browser.findElement(By.id("filtre-region"))).selectByValue(OCCITANIE);
        browser.findElement(By.id("appliquer-filtres")).click();
        wait.until(ExpectedConditions.urlContains("region=" + OCCITANIE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-campus")));
        assertEquals(OCCITANIE, new Select(browser.findElement(By.id("filtre-region")))
                .getFirstSelectedOption().getAttribute("value"));
        screenshot("tableau-national-occitanie.png");

        List<String> shown = new ArrayList<>();
        String firstPage = browser.getCurrentUrl();
        while (true) {
            for (WebElement row : browser.findElements(By.cssSelector("#table-campus tbody tr"))) {
                WebElement link = row.findElement(By.cssSelector("th a"));
                String id = link.getAttribute("href").replaceAll(".*/campus/", "");
                assertEquals("Occitanie (76)", row.findElements(By.tagName("td")).get(0).getText(), "region of " + id);
                shown.add(id + " " + link.getText());
            }
            List<WebElement> next = browser.findElements(By.id("page-suivante"));
            if (next.isEmpty()) {
                break;
            }
            next.get(0).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-campus")));
        }
        assertEquals(expected, shown, "the page shows the rows of GET /api/v1/dashboard/campuses?region=76, in order");

        browser.get(firstPage);
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#table-campus tbody tr th a")));
        String designation = first.getText();
        String href = first.getAttribute("href");
        first.click();
        wait.until(ExpectedConditions.urlToBe(href));
        WebElement heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campus-designation")));
        assertEquals(designation, heading.getText());
        String campusId = href.replaceAll(".*/campus/", "");
        String apiDesignation = given().auth().oauth2(platform.tokens().reader("e2e-browser"))
                .when().get(platform.gatewayUrl() + "/api/v1/dashboard/campuses/" + campusId)
                .then().statusCode(200).extract().path("row.designation");
        assertEquals(apiDesignation, heading.getText());
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Label") && page.contains("Profil") && page.contains("Partenaires")
                && page.contains("Budgets") && page.contains("Occitanie (76)"), page);
        screenshot("campus.png");
    }

    @Test
    void pagingWalksTheWholeNationalTable() throws Exception {
        List<String> expected = stableApiRows(null);
        assertTrue(expected.size() > 50, "the report's 77 campuses fill more than one page of 50");
        browser.get(platform.gatewayUrl() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-campus")));
        List<String> shown = new ArrayList<>(rowsOfThisPage());
        assertEquals(50, shown.size(), "a page shows 50 campuses");
        int pages = 1;
        while (!browser.findElements(By.id("page-suivante")).isEmpty()) {
            browser.findElement(By.id("page-suivante")).click();
            wait.until(ExpectedConditions.urlContains("cursor="));
            pages++;
            shown.addAll(rowsOfThisPage());
        }
        assertEquals(expected, shown, "following 'Page suivante' shows every row of the API once, in order");
        assertTrue(pages >= 2);
    }

    /**
     * Steering by results in the browser (issue 11, point 7): a campus's pressure rate against its target is drawn
     * (an SVG image named by its title and text summary) with the table of the same figures, and the national page's
     * « Pilotage par les résultats » panel gives the spread of the campuses the filter selects.
     */
    @Test
    void theCampusPageChartsItsIndicatorsAndTheNationalPageItsSteeringPanel() throws Exception {
        String words = "Pilotage " + UUID.randomUUID().toString().substring(0, 8);
        String campus = registerCampus(words + " (test navigateur)", "MATERIALS", OCCITANIE, "TOULOUSE");
        int last = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
        String indicator = "/api/v1/campuses/" + campus + "/indicators/PRESSURE_RATE";
        Await.status(() -> given().auth().oauth2(national).contentType(ContentType.JSON).body("{\"value\": 160.0}")
                .put(indicator + "/targets/" + last).statusCode(), 201);
        given().auth().oauth2(national).contentType(ContentType.JSON)
                .body("{\"numerator\": 40, \"denominator\": 30, \"source\": \"CAMPUS_REPORT\"}")
                .put(indicator + "/values/" + (last - 1)).then().statusCode(201);
        given().auth().oauth2(national).contentType(ContentType.JSON)
                .body("{\"numerator\": 45, \"denominator\": 30, \"source\": \"CAMPUS_REPORT\"}")
                .put(indicator + "/values/" + last).then().statusCode(201);
        Object value = Await.until(Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + campus).jsonPath()
                        .get("row.steering.headlines[0].value"), v -> v != null && v.toString().equals("150.0"));
        assertEquals(150.0f, value);

        browser.get(platform.gatewayUrl() + "/campus/" + campus);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement chart = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pilotage svg[role=img]")));
        assertEquals("indicateur-1-titre indicateur-1-resume", chart.getAttribute("aria-labelledby"));
        assertEquals("Taux de pression — Campus dans son ensemble", browser.findElement(By.id("indicateur-1-titre")).getText());
        assertEquals("Dernière valeur : 150,0 % en " + last + ", pour une cible de 160,0 % (écart -10 points).",
                browser.findElement(By.id("indicateur-1-resume")).getText());
        assertEquals(2, chart.findElements(By.cssSelector("circle.cmq-value-dot")).size(), "one point per value");
        assertEquals(1, chart.findElements(By.cssSelector("circle.cmq-target-dot")).size(), "one point per target");
        List<String> rows = browser.findElements(By.cssSelector("#indicateur-1 table tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of((last - 1) + " 133,3 % — —", last + " 150,0 % 160,0 % -10 points"), rows);
        screenshot("campus-pilotage.png");

        browser.get(platform.gatewayUrl() + "/?q=" + words.replace(' ', '+'));
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pilotage")));
        assertTrue(panel.getText().contains("Pilotage par les résultats des campus filtrés"), panel.getText());
        assertTrue(panel.getText().contains("1 campus a au moins une cible sur 1 campus (100,0 %)."), panel.getText());
        WebElement national = panel.findElement(By.cssSelector("#distribution-pressure-rate tbody tr"));
        assertEquals("France entière 1 150,0 % 150,0 % 150,0 % 150,0 % 150,0 %", national.getText().trim());
        assertEquals("true", national.findElement(By.cssSelector(".cmq-box")).getAttribute("aria-hidden"));
        screenshot("tableau-national-pilotage.png");
    }

    private static List<String> rowsOfThisPage() {
        List<String> rows = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector("#table-campus tbody tr th a"))) {
            rows.add(link.getAttribute("href").replaceAll(".*/campus/", "") + " " + link.getText());
        }
        return rows;
    }

    /** The API's rows of a region, or all ("id designation", in the table's order), once the read model stopped filling. */
    private static List<String> stableApiRows(String region) throws InterruptedException {
        List<String> previous = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var request = given().auth().oauth2(platform.tokens().reader("e2e-browser")).queryParam("limit", 500);
            if (region != null) {
                request.queryParam("region", region);
            }
            JsonPath json = request
                    .when().get(platform.gatewayUrl() + "/api/v1/dashboard/campuses")
                    .then().statusCode(200).extract().jsonPath();
            List<String> ids = json.getList("items.campusId", String.class);
            List<String> names = json.getList("items.designation", String.class);
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                rows.add(ids.get(i) + " " + names.get(i));
            }
            if (!rows.isEmpty() && rows.equals(previous)) {
                return rows;
            }
            previous = rows;
            Thread.sleep(1_000);
        }
        throw new AssertionError("The national table of region " + region + " did not settle: " + previous);
    }

    private static void screenshot(String name) throws IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(1400, (int) Math.min(Math.max(height, 1000), 12_000)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        System.out.println("[e2e] screenshot " + target.toAbsolutePath());
    }
}
