package fr.cmq.events;

import java.util.Objects;

/**
 * One registered event type: the topic it travels on, its name in the envelope's {@code type}, the record its
 * {@code data} reads into, and what it means.
 *
 * @param topic       one of {@link Topics#ALL}
 * @param name        the envelope's {@code type}, e.g. {@code CampusRegistered}
 * @param payload     the record of its {@code data}
 * @param description what happened, for people (AsyncAPI message description)
 */
public record EventType(String topic, String name, Class<? extends EventPayload> payload, String description) {

    public EventType {
        Objects.requireNonNull(topic);
        Objects.requireNonNull(name);
        Objects.requireNonNull(payload);
        Objects.requireNonNull(description);
        Topics.producer(topic); // refuses an unknown topic
    }

    /**
     * The CloudEvents {@code type} attribute ({@code ce_type} header): {@code fr.cmq.<domain>.<name>}, e.g.
     * {@code fr.cmq.labelling.CampusRegistered}, where the domain is the topic's ({@link Topics#domain}).
     */
    public String cloudEventType() {
        return CloudEventHeaders.type(topic, name);
    }
}
