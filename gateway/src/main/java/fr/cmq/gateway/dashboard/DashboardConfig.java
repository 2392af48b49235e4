package fr.cmq.gateway.dashboard;

import io.smallrye.config.ConfigMapping;

/** How the dashboard's read model reads the services' events ({@code cmq.dashboard.*}); the topics are the contract's. */
@ConfigMapping(prefix = "cmq.dashboard")
public interface DashboardConfig {

    /** The Kafka brokers (the platform's {@code kafka.bootstrap.servers} unless set apart). */
    String bootstrapServers();

    /** The consumer group; a rebuild reads again under {@code <group-id>-g<generation>}. */
    String groupId();
}
