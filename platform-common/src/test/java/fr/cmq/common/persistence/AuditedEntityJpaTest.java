package fr.cmq.common.persistence;

import fr.cmq.common.testing.TestDatabases;
import fr.cmq.infra.PostgresServer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link AuditedEntity}'s version and audit columns through Hibernate on a real PostgreSQL, with the column types of
 * the services' tables, and {@link CampusLocks} serialising two writers of one campus.
 */
class AuditedEntityJpaTest {

    @Entity
    @Table(name = "budget")
    public static class Budget extends AuditedEntity {
        @Id
        public UUID id;
        public String holderName;
        @ElementCollection(fetch = FetchType.EAGER)
        @CollectionTable(name = "budget_use", joinColumns = @JoinColumn(name = "budget_id"))
        @Column(name = "use_code")
        @OrderColumn(name = "position")
        public List<String> uses = new ArrayList<>();
    }

    @Entity
    @Table(name = "allocation")
    public static class Allocation extends CreatedEntity {
        @Id
        public UUID id;
        public long amountCents;
    }

    private static SessionFactory sessions;

    @BeforeAll
    static void createTheTablesAndStartHibernate() throws Exception {
        String database = TestDatabases.create("audited_entity");
        try (Connection connection = TestDatabases.connect(database); Statement sql = connection.createStatement()) {
            sql.execute("""
                    create table budget (id uuid primary key, holder_name text not null, version bigint not null,
                        created_at timestamptz not null, created_by text not null,
                        updated_at timestamptz not null, updated_by text not null);
                    create table budget_use (budget_id uuid not null references budget, position int not null,
                        use_code text not null, primary key (budget_id, position));
                    create table allocation (id uuid primary key, amount_cents bigint not null,
                        created_at timestamptz not null, created_by text not null);
                    create table known_campus (id uuid primary key);
                    """);
        }
        sessions = new Configuration()
                .addAnnotatedClass(Budget.class)
                .addAnnotatedClass(Allocation.class)
                // the services' naming (platform-common's shared configuration): holderName -> holder_name
                .setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy())
                .setProperty("hibernate.connection.url", database)
                .setProperty("hibernate.connection.username", PostgresServer.USER)
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.connection.pool_size", "4")
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .buildSessionFactory();
    }

    @AfterAll
    static void stopHibernate() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void aNewRowIsVersion1AndEachAcceptedChangeAddsOne() {
        UUID id = create("Lycée Déodat de Séverac", List.of("STAFF"));
        Budget read = inTransaction(em -> em.find(Budget.class, id));
        assertEquals(1, read.version());
        assertEquals("regional-76", read.createdBy());
        assertEquals(read.createdAt(), read.updatedAt());

        long afterChange = inTransaction(em -> {
            Budget budget = em.find(Budget.class, id);
            budget.holderName = "GIP";
            budget.recordUpdate("national-1", Instant.parse("2026-04-01T10:00:00Z"));
            em.flush();
            return budget.version(); // the new version exists after the flush
        });
        assertEquals(2, afterChange);

        long afterCollectionChange = inTransaction(em -> {
            Budget budget = em.find(Budget.class, id);
            budget.uses = AuditedEntity.keepOrReplace(budget.uses, List.of("STAFF", "EQUIPMENT"));
            budget.recordUpdate("national-1", Instant.parse("2026-04-02T10:00:00Z"));
            em.flush();
            return budget.version();
        });
        assertEquals(3, afterCollectionChange);
        Budget stored = inTransaction(em -> em.find(Budget.class, id));
        assertEquals("national-1", stored.updatedBy());
        assertEquals(Instant.parse("2026-04-02T10:00:00Z"), stored.updatedAt());
        assertEquals("regional-76", stored.createdBy(), "the creation is never rewritten");
    }

    @Test
    void aWriteThatChangesNothingKeepsTheVersion() {
        UUID id = create("CFA", List.of("STAFF", "EQUIPMENT"));
        long version = inTransaction(em -> {
            Budget budget = em.find(Budget.class, id);
            budget.holderName = "CFA";
            budget.uses = AuditedEntity.keepOrReplace(budget.uses, List.of("STAFF", "EQUIPMENT"));
            em.flush();
            return budget.version();
        });
        assertEquals(1, version);
        assertEquals(1, inTransaction(em -> em.find(Budget.class, id)).version());
    }

    @Test
    void aChangeMadeFromAStaleCopyIsRefused() {
        UUID id = create("Région", List.of());
        Budget stale = inTransaction(em -> em.find(Budget.class, id));
        inTransaction(em -> {
            Budget budget = em.find(Budget.class, id);
            budget.recordUpdate("national-1", Instant.parse("2026-05-01T00:00:00Z"));
            return null;
        });
        EntityManager em = sessions.createEntityManager();
        try {
            em.getTransaction().begin();
            stale.recordUpdate("regional-76", Instant.parse("2026-05-02T00:00:00Z"));
            assertThrows(OptimisticLockException.class, () -> {
                em.merge(stale);
                em.flush();
            });
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
        assertEquals(2, inTransaction(e -> e.find(Budget.class, id)).version());
    }

    @Test
    void aCreatedRowRecordsItsCreationOnly() {
        UUID id = UUID.randomUUID();
        inTransaction(em -> {
            Allocation allocation = new Allocation();
            allocation.id = id;
            allocation.amountCents = 150_000;
            allocation.recordCreation("national-1", Instant.parse("2026-03-01T08:00:00.123456Z"));
            em.persist(allocation);
            return null;
        });
        Allocation read = inTransaction(em -> em.find(Allocation.class, id));
        assertEquals(Instant.parse("2026-03-01T08:00:00.123Z"), read.createdAt());
        assertEquals("national-1", read.createdBy());
    }

    @Test
    void aSecondWriterOfTheSameCampusWaitsForTheFirst() throws Exception {
        UUID campus = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        inTransaction(em -> em.createNativeQuery("insert into known_campus (id) values (:a), (:b)")
                .setParameter("a", campus).setParameter("b", other).executeUpdate());
        EntityManager first = sessions.createEntityManager();
        first.getTransaction().begin();
        new CampusLocks(first).lock(campus);
        CompletableFuture<Void> sameCampus = CompletableFuture.runAsync(() -> inTransaction(em -> {
            new CampusLocks(em).lock(campus);
            return null;
        }));
        CompletableFuture<Void> otherCampus = CompletableFuture.runAsync(() -> inTransaction(em -> {
            new CampusLocks(em).lock(other);
            return null;
        }));
        otherCampus.get(10, TimeUnit.SECONDS);
        assertThrows(TimeoutException.class, () -> sameCampus.get(1, TimeUnit.SECONDS), "blocked by the first writer");
        assertFalse(sameCampus.isDone());
        first.getTransaction().commit();
        first.close();
        sameCampus.get(10, TimeUnit.SECONDS);
        assertTrue(sameCampus.isDone());
    }

    private static UUID create(String holder, List<String> uses) {
        UUID id = UUID.randomUUID();
        inTransaction(em -> {
            Budget budget = new Budget();
            budget.id = id;
            budget.holderName = holder;
            budget.uses = new ArrayList<>(uses);
            budget.recordCreation("regional-76", Instant.parse("2026-03-01T08:00:00Z"));
            em.persist(budget);
            return null;
        });
        return id;
    }

    private static <T> T inTransaction(java.util.function.Function<EntityManager, T> work) {
        EntityManager em = sessions.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
