package fr.cmq.events;

import java.util.List;

/**
 * The platform's Kafka topics: one per producing service, keyed by campus id (so one campus's events stay in
 * order). Nothing else names a topic: producers get theirs from the payload they append
 * ({@link EventContract#topicOf}), consumers subscribe to these constants, the local platform creates {@link #ALL}.
 */
public final class Topics {

    /** Events of the campus register and of the label (labelling-service). */
    public static final String LABELLING = "cmq.labelling.events";
    /** Events of the campus profiles, legal forms and partners (monitoring-service). */
    public static final String MONITORING = "cmq.monitoring.events";
    /** Events of the budgets, director co-financing and multi-campus envelopes (funding-service). */
    public static final String FUNDING = "cmq.funding.events";

    /** Every topic of the platform, in this order. */
    public static final List<String> ALL = List.of(LABELLING, MONITORING, FUNDING);

    private Topics() {
    }

    /**
     * The service that publishes to a topic: {@code cmq.labelling.events} is published by {@code labelling-service}.
     *
     * @throws IllegalArgumentException for a topic that is not one of {@link #ALL}
     */
    public static String producer(String topic) {
        return switch (topic) {
            case LABELLING -> "labelling-service";
            case MONITORING -> "monitoring-service";
            case FUNDING -> "funding-service";
            default -> throw new IllegalArgumentException("Not a topic of the platform: " + topic);
        };
    }

    /** The short name of a topic's domain, as used in CloudEvents types: {@code labelling}, {@code monitoring}, {@code funding}. */
    public static String domain(String topic) {
        String producer = producer(topic);
        return producer.substring(0, producer.indexOf('-'));
    }
}
