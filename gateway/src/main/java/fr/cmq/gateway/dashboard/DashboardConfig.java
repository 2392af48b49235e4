package fr.cmq.gateway.dashboard;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** How the dashboard's read model reads the services' events ({@code cmq.dashboard.*}). */
@ConfigMapping(prefix = "cmq.dashboard")
public interface DashboardConfig {

    /** The Kafka brokers (the platform's {@code kafka.bootstrap.servers} unless set apart). */
    String bootstrapServers();

    /** The consumer group; a rebuild reads again under {@code <group-id>-g<generation>}. */
    String groupId();

    /** The services' topics the read model is fed from. */
    List<String> topics();
}
