package fr.cmq.events;

/**
 * The {@code data} of an event: one record of this contract per kind of payload, registered with its event types
 * in {@link EventContract}. The outbox appends only such records, and takes the topic from the contract.
 */
public interface EventPayload {
}
