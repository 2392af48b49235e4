package fr.cmq.testing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Never used: Hibernate ORM (and so the outbox's EntityManager) starts only in an application with an entity. */
@Entity
@Table(name = "outbox_event")
public class RelayTestEntity {

    @Id
    public Long id;
}
