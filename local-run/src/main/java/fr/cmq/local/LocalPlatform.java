package fr.cmq.local;

import fr.cmq.events.Topics;
import fr.cmq.infra.KafkaBroker;
import fr.cmq.infra.LocalInfrastructure;
import fr.cmq.infra.LocalKeys;
import fr.cmq.infra.PostgresServer;
import fr.cmq.infra.TokenMinter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The whole platform on one machine: a real PostgreSQL, a real Kafka broker (KRaft) and the four
 * services as child JVMs, all on loopback, with their data in one folder. Used by the local run
 * ({@link LocalPlatformMain}) and by the end-to-end tests, so both start it the same way.
 */
public final class LocalPlatform implements AutoCloseable {

    /**
     * Where things live and listen; port 0 picks a free port. {@code environment} is given to the four services on
     * top of the platform's own (e.g. the identity provider's settings: CMQ_JWT_ISSUER, CMQ_JWT_PUBLIC_KEY,
     * CMQ_JWT_ROLES_CLAIM, CMQ_WEB_LOGIN=oidc, CMQ_OIDC_ISSUER...); without it the platform trusts the local key and
     * opens the web page without login on loopback.
     */
    public record Settings(Path projectDirectory, Path dataDirectory, int postgresPort, int kafkaPort,
                           int gatewayPort, int labellingPort, int monitoringPort, int fundingPort,
                           Map<String, String> environment) {

        public Settings {
            environment = Map.copyOf(environment);
        }

        public Settings(Path projectDirectory, Path dataDirectory, int postgresPort, int kafkaPort, int gatewayPort,
                        int labellingPort, int monitoringPort, int fundingPort) {
            this(projectDirectory, dataDirectory, postgresPort, kafkaPort, gatewayPort, labellingPort, monitoringPort,
                    fundingPort, Map.of());
        }
    }

    public static final List<String> SERVICES = List.of("labelling", "monitoring", "funding");

    private final Settings settings;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    /** Each service's environment (the gateway's included), given to its replicas too. */
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private LocalInfrastructure infrastructure;

    private LocalPlatform(Settings settings) {
        this.settings = settings;
    }

    public static LocalPlatform start(Settings settings) throws Exception {
        LocalPlatform platform = new LocalPlatform(settings);
        try {
            platform.startAll();
            return platform;
        } catch (Exception e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Path data = settings.dataDirectory();
        Files.createDirectories(data);
        infrastructure = LocalInfrastructure.start(data, settings.postgresPort(), settings.kafkaPort(),
                LocalKeys.loadOrCreate(data.resolve("keys")));
        createTopics();

        Map<String, String> common = new LinkedHashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres().jdbcUrl(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka().bootstrapServers(),
                "CMQ_JWT_PUBLIC_KEY", data.resolve("keys").resolve(LocalKeys.PUBLIC_KEY_FILE).toAbsolutePath().toString(),
                // the web page without login, which the gateway accepts on loopback only (it listens on 127.0.0.1)
                "CMQ_WEB_LOGIN", "open-on-loopback",
                "QUARKUS_OIDC_TENANT_ENABLED", "false"));
        common.putAll(settings.environment());
        if ("oidc".equals(settings.environment().get("CMQ_WEB_LOGIN"))) {
            // the page's login needs the OIDC client the local run turns off
            common.put("QUARKUS_OIDC_TENANT_ENABLED", settings.environment().getOrDefault("QUARKUS_OIDC_TENANT_ENABLED", "true"));
        }
        Map<String, Integer> ports = Map.of(
                "labelling", port(settings.labellingPort()),
                "monitoring", port(settings.monitoringPort()),
                "funding", port(settings.fundingPort()),
                "gateway", port(settings.gatewayPort()));
        for (String service : SERVICES) {
            environments.put(service, common);
            processes.put(service, process(service, module(service), ports.get(service), common));
        }
        Map<String, String> gatewayEnvironment = new LinkedHashMap<>(common);
        for (String service : SERVICES) {
            gatewayEnvironment.put("CMQ_GATEWAY_SERVICES_" + service.toUpperCase() + "_URL",
                    "http://127.0.0.1:" + ports.get(service));
        }
        environments.put("gateway", gatewayEnvironment);
        processes.put("gateway", process("gateway", "gateway", ports.get("gateway"), gatewayEnvironment));

        for (ServiceProcess process : processes.values()) {
            process.start();
        }
        for (ServiceProcess process : processes.values()) {
            process.awaitReady(Duration.ofSeconds(120));
        }
    }

    /** The platform's topics (the event contract's), created up front so that no consumer waits for a first event. */
    private void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka().bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(t -> !existing.contains(t)).map(t -> new NewTopic(t, 3, (short) 1)).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Starts one more replica of {@code service} ("labelling", "monitoring", "funding" or "gateway") on {@code port}
     * (0: a free one), on the same database, schema and Kafka topics as the first, and waits until it is ready. It is
     * named {@code <service>-<n>} ({@code labelling-2}...), see {@link #service(String)}. Replicas of a service share
     * its outbox, whose relay publishes from one replica at a time, and its consumer groups, whose partitions Kafka
     * splits between them. There is no load balancer in the local run: the n-th running gateway forwards to the n-th
     * running replica of each service (wrapping round when a service has fewer), so writes sent to two gateways reach two
     * service replicas.
     */
    public synchronized ServiceProcess startReplica(String service, int port) throws Exception {
        return startReplica(service, port, Map.of());
    }

    /**
     * {@link #startReplica(String, int)} with {@code environment} on top of the service's (e.g. CMQ_OTEL_ENABLED=true
     * and CMQ_OTEL_ENDPOINT for a traced replica; CMQ_GATEWAY_SERVICES_LABELLING_URL to choose the replica a gateway
     * forwards to).
     */
    public synchronized ServiceProcess startReplica(String service, int port, Map<String, String> extra)
            throws Exception {
        if (!environments.containsKey(service)) {
            throw new IllegalArgumentException("No such service: " + service);
        }
        int replica = (int) processes.keySet().stream().filter(n -> isReplicaOf(n, service)).count() + 1;
        String name = service + "-" + replica;
        Map<String, String> environment = new LinkedHashMap<>(environments.get(service));
        if (service.equals("gateway")) {
            int position = replicas("gateway").size(); // this gateway's place among the running ones, from 0
            for (String target : SERVICES) {
                List<ServiceProcess> targets = replicas(target);
                environment.put("CMQ_GATEWAY_SERVICES_" + target.toUpperCase() + "_URL",
                        targets.get(position % targets.size()).url());
            }
        }
        environment.putAll(extra);
        ServiceProcess process = process(name, module(service), port(port), environment);
        processes.put(name, process);
        process.start();
        process.awaitReady(Duration.ofSeconds(120));
        return process;
    }

    /** The running replicas of a service, first the one {@link #start} started, then {@code <service>-2}... */
    public synchronized List<ServiceProcess> replicas(String service) {
        return processes.entrySet().stream()
                .filter(e -> isReplicaOf(e.getKey(), service))
                .map(Map.Entry::getValue).filter(p -> p.pid() > 0).toList();
    }

    /**
     * SIGKILL to a service's JVM ({@code labelling}, {@code gateway-2}...), by its PID, as when its machine dies: no
     * shutdown hook, connections cut. Answers the PID it killed. {@link ServiceProcess#start()} starts it again.
     */
    public long kill(String name) throws InterruptedException {
        ServiceProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("No such process: " + name);
        }
        long pid = process.pid();
        process.kill();
        return pid;
    }

    private static boolean isReplicaOf(String name, String service) {
        return name.equals(service) || name.matches(java.util.regex.Pattern.quote(service) + "-\\d+");
    }

    private static String module(String service) {
        return service.equals("gateway") ? "gateway" : service + "-service";
    }

    private ServiceProcess process(String name, String module, int port, Map<String, String> environment) {
        Path jar = settings.projectDirectory().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        Path log = settings.dataDirectory().resolve("logs").resolve(name + ".log");
        return new ServiceProcess(name, jar, port, environment, log);
    }

    private static int port(int requested) throws IOException {
        if (requested > 0) {
            return requested;
        }
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public String gatewayUrl() {
        return processes.get("gateway").url();
    }

    public ServiceProcess service(String name) {
        return processes.get(name);
    }

    public KafkaBroker kafka() {
        return infrastructure.kafka();
    }

    public PostgresServer postgres() {
        return infrastructure.postgres();
    }

    /**
     * Starts PostgreSQL again on the same data directory and port after its processes died (e.g. killed with
     * SIGKILL); the services reconnect by themselves.
     */
    public void restartPostgres() throws IOException {
        postgres().restart();
    }

    public TokenMinter tokens() {
        return infrastructure.tokens();
    }

    /**
     * Writes ready-to-use tokens, one per role (and a regional one for two example regions),
     * as a shell file: {@code source .local-data/tokens.env}.
     */
    public Path writeTokens() throws IOException {
        TokenMinter minter = tokens();
        String text = """
                # Local bearer tokens for the CMQ platform (signed by the local key in keys/; valid one year).
                # Use: source %s ; curl -H "Authorization: Bearer $NATIONAL_TOKEN" ...
                NATIONAL_TOKEN=%s
                READER_TOKEN=%s
                # Regional portals: Occitanie (76) and Auvergne-Rhône-Alpes (84)
                REGIONAL_76_TOKEN=%s
                REGIONAL_84_TOKEN=%s
                """.formatted(settings.dataDirectory().resolve("tokens.env"),
                minter.national("local-national-mission"), minter.reader("local-bi-tool"),
                minter.regional("local-occitanie-portal", "76"),
                minter.regional("local-auvergne-rhone-alpes-portal", "84"));
        Path file = settings.dataDirectory().resolve("tokens.env");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Stops the services (gateway first), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        List<ServiceProcess> reverse = new java.util.ArrayList<>(processes.values());
        java.util.Collections.reverse(reverse);
        reverse.forEach(ServiceProcess::stop);
        if (infrastructure != null) {
            infrastructure.close();
        }
    }
}
