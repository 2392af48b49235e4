package fr.cmq.testing;

import fr.cmq.infra.LocalInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real PostgreSQL and Kafka of {@link RealInfrastructure}
 * and at its token-verification key. Use with {@code @QuarkusTestResource(RealInfrastructureResource.class)}.
 */
public class RealInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        LocalInfrastructure infra = RealInfrastructure.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(),
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey", infra.keys().publicKeyPem());
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; stopped at JVM exit.
    }
}
