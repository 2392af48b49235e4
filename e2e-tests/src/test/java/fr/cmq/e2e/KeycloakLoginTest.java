package fr.cmq.e2e;

import fr.cmq.local.LocalPlatform;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform behind a real OpenID Connect provider: a Keycloak server (the distribution from Maven Central,
 * unpacked by the build) started by this test with the project's realm ({@code keycloak/cmq-realm.json}, the one
 * docker-compose imports), and a second platform started by the same launcher as the local run, configured for that
 * issuer only: its JWKS, issuer, audience, roles in {@code realm_access/roles}, region in {@code region}, and the web
 * page behind the authorization-code login ({@code cmq.web.login=oidc}). A real browser logs in through Keycloak's
 * login form; a regional portal's client gets a token with client credentials and calls the API through the gateway.
 * Keycloak is stopped by its PID at the end, then the platform. The time this class adds is printed.
 */
class KeycloakLoginTest {

    static final String REALM = "cmq";
    static final String OCCITANIE = "76";
    static final String AUVERGNE_RHONE_ALPES = "84";
    static final String PORTAL_CLIENT = "cmq-portal-occitanie";
    static final Path PROJECT = Path.of(System.getProperty("cmq.project.dir", "..")).toAbsolutePath().normalize();
    static final Path KEYCLOAK_HOME = Path.of(System.getProperty("cmq.keycloak.home", "target/keycloak/keycloak-26.4.7"));

    // Secrets of this run only, handed to Keycloak's realm import through its placeholders
    static final String GATEWAY_SECRET = "e2e-gateway-" + UUID.randomUUID();
    static final String PORTAL_SECRET = "e2e-portal-" + UUID.randomUUID();
    static final String PASSWORD = "e2e-" + UUID.randomUUID();

    static long started;
    static Process keycloak;
    static String issuer;
    static LocalPlatform platform;
    static Path data;
    static ChromeDriver browser;
    static Path browserProfile;

    @BeforeAll
    static void startKeycloakAndThePlatform() throws Exception {
        started = System.nanoTime();
        int keycloakPort = freePort();
        int gatewayPort = freePort();
        issuer = "http://127.0.0.1:" + keycloakPort + "/realms/" + REALM;
        keycloak = startKeycloak(keycloakPort, freePort(), "http://127.0.0.1:" + gatewayPort);

        Map<String, String> environment = new LinkedHashMap<>();
        // The API (gateway and services): tokens of this issuer only, keys from its JWKS
        environment.put("CMQ_JWT_ISSUER", issuer);
        environment.put("CMQ_JWT_PUBLIC_KEY", issuer + "/protocol/openid-connect/certs");
        environment.put("CMQ_JWT_AUDIENCE", "cmq-api");
        environment.put("CMQ_JWT_ROLES_CLAIM", "realm_access/roles");
        environment.put("CMQ_JWT_REGION_CLAIM", "region");
        // The web page: the authorization-code login of the gateway's confidential client
        environment.put("CMQ_WEB_LOGIN", "oidc");
        environment.put("QUARKUS_OIDC_TENANT_ENABLED", "true");
        environment.put("CMQ_OIDC_ISSUER", issuer);
        environment.put("CMQ_OIDC_CLIENT_ID", "cmq-gateway");
        environment.put("CMQ_OIDC_CLIENT_SECRET", GATEWAY_SECRET);
        // Keycloak starts alongside the platform: the gateway waits for its discovery document
        environment.put("QUARKUS_OIDC_CONNECTION_DELAY", "3M");
        data = Files.createTempDirectory("cmq-e2e-keycloak-");
        platform = LocalPlatform.start(new LocalPlatform.Settings(PROJECT, data, 0, 0, gatewayPort, 0, 0, 0,
                environment));
        awaitKeycloak(issuer);
        System.out.printf("[e2e] Keycloak %s and a platform configured for it ready in %.1f s (logs in %s)%n", issuer,
                seconds(), data.resolve("logs"));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        deleteTree(browserProfile);
        if (keycloak != null) {
            stopByPid(keycloak);
        }
        if (platform != null) {
            platform.close();
        }
        System.out.printf("[e2e] KeycloakLoginTest added %.1f s to the suite (Keycloak and a second platform started "
                + "and stopped)%n", seconds());
    }

    @Test
    void theWebPageNeedsALoginAndTheApiABearerToken() throws Exception {
        HttpClient noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : List.of("/", "/export.csv", "/campus/" + UUID.randomUUID(), "/?region=76")) {
            HttpResponse<String> answer = noCookies.send(HttpRequest.newBuilder(
                    URI.create(platform.gatewayUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answer.statusCode(), path + ": " + answer.body());
            String location = answer.headers().firstValue("Location").orElse("");
            assertTrue(location.startsWith(issuer + "/protocol/openid-connect/auth?"), path + " -> " + location);
            assertFalse(answer.body().contains("table-campus"), path);
        }
        // The API never takes the page's login: no bearer token, 401 problem+json
        given().when().get(platform.gatewayUrl() + "/api/v1/dashboard/campuses")
                .then().statusCode(401).contentType("application/problem+json");
        // Nor a token of the local key (the local run's issuer): this platform trusts its provider only
        String localToken = fr.cmq.infra.LocalKeys.generate().minter().national("e2e-local");
        given().auth().oauth2(localToken).when().get(platform.gatewayUrl() + "/api/v1/dashboard/campuses")
                .then().statusCode(401);
        given().auth().oauth2(localToken).contentType(ContentType.JSON).body(EndToEndTest.GIP_PROFILE)
                .when().put(platform.service("monitoring").url() + "/api/v1/campuses/" + UUID.randomUUID() + "/profile")
                .then().statusCode(401);
    }

    @Test
    void aRegionalUserLogsInThroughKeycloakAndSeesTheNationalTableOnTheirRegion() throws Exception {
        firstCampusOf(AUVERGNE_RHONE_ALPES, portalToken()); // the read model holds other regions than the user's
        startBrowser();
        browser.get(platform.gatewayUrl() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(browser.getCurrentUrl().startsWith(issuer + "/"), "Keycloak's login form: " + browser.getCurrentUrl());
        login(wait, "agent-occitanie");

        WebElement banner = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeau-regional")));
        assertTrue(browser.getCurrentUrl().startsWith(platform.gatewayUrl() + "/"), browser.getCurrentUrl());
        String bannerText = banner.getText();
        assertTrue(bannerText.contains("Occitanie (76)"), bannerText);
        assertEquals(OCCITANIE, new Select(browser.findElement(By.id("filtre-region")))
                .getFirstSelectedOption().getAttribute("value"), "the user's region is the default filter");
        List<WebElement> rows = awaitRows(wait);
        for (WebElement row : rows) {
            assertEquals("Occitanie (76)", row.findElements(By.tagName("td")).get(0).getText());
        }
        // "Toutes les régions": the whole national table, the banner still there
        WebElement regionalTable = browser.findElement(By.id("table-campus"));
        new Select(browser.findElement(By.id("filtre-region"))).selectByValue("");
        browser.findElement(By.id("appliquer-filtres")).click();
        wait.until(ExpectedConditions.stalenessOf(regionalTable));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-campus")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeau-regional")));
        List<String> regions = browser.findElements(By.cssSelector("#table-campus tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(0).getText()).distinct().toList();
        assertTrue(regions.size() > 1, "other regions are shown too at " + browser.getCurrentUrl() + ": " + regions);
        assertEquals("", new Select(browser.findElement(By.id("filtre-region"))).getFirstSelectedOption()
                .getAttribute("value"), "all regions chosen");
        assertTrue(browser.findElements(By.id("page-suivante")).isEmpty()
                        || browser.findElement(By.id("page-suivante")).getAttribute("href").contains("region="),
                "paging keeps 'all regions'");
        System.out.println("[e2e] regional user logged in through Keycloak: banner '" + bannerText + "', "
                + rows.size() + " rows of Occitanie");

        // A reader: the same table, read-only banner (a new session: the browser's cookies are dropped)
        browser.get(platform.gatewayUrl() + "/deconnexion");
        browser.manage().deleteAllCookies();
        browser.get(platform.gatewayUrl() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        login(wait, "lecteur");
        WebElement reading = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bandeau-lecture")));
        assertTrue(reading.getText().contains("Consultation seule"), reading.getText());
        assertTrue(browser.findElements(By.id("bandeau-regional")).isEmpty());
        assertEquals("", new Select(browser.findElement(By.id("filtre-region"))).getFirstSelectedOption()
                .getAttribute("value"), "no default region for a reader");
    }

    @Test
    void aRegionalPortalCallsTheApiWithAClientCredentialsTokenOfKeycloak() {
        String token = portalToken();

        String own = firstCampusOf(OCCITANIE, token);
        String other = firstCampusOf(AUVERGNE_RHONE_ALPES, token);

        // A write on a campus of its own region: accepted (created, or replaced with the current ETag)
        Response current = given().auth().oauth2(token)
                .when().get(platform.gatewayUrl() + "/api/v1/campuses/" + own + "/profile");
        var write = given().auth().oauth2(token).contentType(ContentType.JSON).body(EndToEndTest.GIP_PROFILE);
        if (current.statusCode() == 200) {
            write.header("If-Match", current.header("ETag"));
        } else {
            assertEquals(404, current.statusCode(), current.asString());
        }
        Response accepted = write.when().put(platform.gatewayUrl() + "/api/v1/campuses/" + own + "/profile");
        assertTrue(accepted.statusCode() == 200 || accepted.statusCode() == 201, accepted.asString());
        assertEquals("GIP", accepted.jsonPath().getString("legalForm"));

        // Another region's campus: 403 problem+json, nothing written
        given().auth().oauth2(token).contentType(ContentType.JSON).body(EndToEndTest.GIP_PROFILE)
                .when().put(platform.gatewayUrl() + "/api/v1/campuses/" + other + "/profile")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("designation", "Campus d'une autre région (e2e)", "familyCode", "MATERIALS",
                        "regionCode", AUVERGNE_RHONE_ALPES, "academyCodes", List.of("LYON")))
                .when().post(platform.gatewayUrl() + "/api/v1/campuses")
                .then().statusCode(403).contentType("application/problem+json");
        System.out.println("[e2e] client-credentials token of " + PORTAL_CLIENT + ": read 200, write on its region "
                + accepted.statusCode() + ", write on region " + AUVERGNE_RHONE_ALPES + " 403");
    }

    /** A token of the regional portal's client, by client credentials. */
    private static String portalToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", PORTAL_CLIENT)
                .formParam("client_secret", PORTAL_SECRET)
                .when().post(issuer + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The first campus of a region in the national table, read with the portal's token once the read model has it. */
    private static String firstCampusOf(String region, String token) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath page = given().auth().oauth2(token).queryParam("region", region).queryParam("limit", 1)
                    .when().get(platform.gatewayUrl() + "/api/v1/dashboard/campuses")
                    .then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.campusId", String.class);
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            sleep(1_000);
        }
        throw new AssertionError("No campus of region " + region + " in the national table");
    }

    private static void login(WebDriverWait wait, String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-campus")));
    }

    /** The table's rows, once the read model has campuses (the page is reloaded until then). */
    private static List<WebElement> awaitRows(WebDriverWait wait) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<WebElement> rows = browser.findElements(By.cssSelector("#table-campus tbody tr"));
            if (!rows.isEmpty() && !rows.get(0).findElements(By.tagName("td")).isEmpty()) {
                return rows;
            }
            sleep(1_000);
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-campus")));
        }
        throw new AssertionError("The national table stayed empty");
    }

    private static void startBrowser() throws IOException {
        browserProfile = Files.createTempDirectory("cmq-chromium-kc-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cmq.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=fr-FR", "--window-size=1400,1000", "--user-data-dir=" + browserProfile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("cmq.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * {@code kc.sh start-dev} on loopback, an in-memory database, the project's realm imported at start with this
     * run's secrets and the gateway's address for its redirect URIs (the realm file's placeholders).
     */
    private static Process startKeycloak(int port, int managementPort, String gatewayUrl) throws IOException {
        Path kcSh = KEYCLOAK_HOME.resolve("bin/kc.sh");
        assertTrue(Files.isRegularFile(kcSh), kcSh + " is missing: the build unpacks keycloak-quarkus-dist");
        kcSh.toFile().setExecutable(true);
        Path imports = KEYCLOAK_HOME.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(PROJECT.resolve("keycloak/cmq-realm.json"), imports.resolve("cmq-realm.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path log = Path.of("target", "keycloak-e2e.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(kcSh.toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + port, "--http-management-port=" + managementPort, "--db=dev-mem", "--import-realm")
                .directory(KEYCLOAK_HOME.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CMQ_GATEWAY_PUBLIC_URL", gatewayUrl);
        env.put("CMQ_GATEWAY_CLIENT_SECRET", GATEWAY_SECRET);
        env.put("CMQ_PORTAL_OCCITANIE_SECRET", PORTAL_SECRET);
        env.put("CMQ_DEMO_PASSWORD", PASSWORD);
        System.out.println("[e2e] starting Keycloak on 127.0.0.1:" + port + " (log " + log + ")");
        return builder.start();
    }

    private static void awaitKeycloak(String issuer) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(keycloak.isAlive(), "Keycloak stopped during start-up; see target/keycloak-e2e.log");
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Keycloak not ready; see target/keycloak-e2e.log");
    }

    /** SIGTERM to Keycloak's JVM by its PID (kc.sh execs it), then SIGKILL after 20 s. */
    private static void stopByPid(Process process) throws InterruptedException {
        ProcessHandle handle = process.toHandle();
        List<ProcessHandle> children = handle.descendants().toList();
        handle.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            handle.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(5, TimeUnit.SECONDS);
        }
        System.out.println("[e2e] Keycloak (pid " + handle.pid() + ") stopped");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
