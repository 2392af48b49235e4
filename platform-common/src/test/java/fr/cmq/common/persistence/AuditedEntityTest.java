package fr.cmq.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit fields' rules; the version's increments are JPA's (checked by the services' tests on PostgreSQL). */
class AuditedEntityTest {

    static class Budget extends AuditedEntity {
    }

    static class Allocation extends CreatedEntity {
    }

    private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00.123456Z");

    @Test
    void aNewRowIsAtVersion1AndItsCreationIsItsFirstUpdate() {
        Budget budget = new Budget();
        budget.recordCreation("regional-76", CREATED);
        assertEquals(1, budget.version());
        assertEquals(Instant.parse("2026-03-01T08:00:00.123Z"), budget.createdAt(), "kept to the millisecond");
        assertEquals("regional-76", budget.createdBy());
        assertEquals(budget.createdAt(), budget.updatedAt());
        assertEquals("regional-76", budget.updatedBy());
    }

    @Test
    void anUpdateRecordsItsActorAndInstantAndKeepsTheCreation() {
        Budget budget = new Budget();
        budget.recordCreation("regional-76", CREATED);
        budget.recordUpdate("national-1", Instant.parse("2026-04-01T10:00:00.999999Z"));
        assertEquals("national-1", budget.updatedBy());
        assertEquals(Instant.parse("2026-04-01T10:00:00.999Z"), budget.updatedAt());
        assertEquals("regional-76", budget.createdBy());
        assertEquals(1, budget.version(), "only JPA moves the version, when it flushes");
    }

    @Test
    void aCreationIsRecordedOnceAndNeedsAnActor() {
        Allocation allocation = new Allocation();
        assertThrows(NullPointerException.class, () -> allocation.recordCreation(null, CREATED));
        allocation.recordCreation("national-1", CREATED);
        assertThrows(IllegalStateException.class, () -> allocation.recordCreation("national-1", CREATED));
    }

    @Test
    void theColumnsAreTheTablesOnes() throws Exception {
        assertNotNull(CreatedEntity.class.getAnnotation(MappedSuperclass.class));
        assertNotNull(AuditedEntity.class.getAnnotation(MappedSuperclass.class));
        assertTrue(AuditedEntity.class.getDeclaredField("version").isAnnotationPresent(Version.class));
        // named by the services' snake_case strategy (shared configuration), as AuditedEntityJpaTest maps them
        Map<String, String> tableColumns = Map.of("version", "version", "updatedAt", "updated_at",
                "updatedBy", "updated_by", "createdAt", "created_at", "createdBy", "created_by");
        tableColumns.forEach((field, name) -> {
            Column column = column(field);
            assertEquals("", column.name(), field + " is named by the strategy");
            assertEquals(name, new CamelCaseToUnderscoresNamingStrategy()
                    .toPhysicalColumnName(Identifier.toIdentifier(field), null).getText());
            assertTrue(!column.nullable(), field + " is not null");
        });
        assertTrue(!column("createdAt").updatable(), "a creation is never rewritten");
        assertTrue(!column("createdBy").updatable(), "a creation is never rewritten");
    }

    private static Column column(String field) {
        for (Class<?> type = AuditedEntity.class; type != Object.class; type = type.getSuperclass()) {
            for (Field declared : type.getDeclaredFields()) {
                if (declared.getName().equals(field)) {
                    return declared.getAnnotation(Column.class);
                }
            }
        }
        throw new AssertionError("No field " + field);
    }
}
