package fr.cmq.testing;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.CampusWrites;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The opening of a write on a campus, against the real PostgreSQL: the order of the refusals (404, then 403 before
 * anything about the body, then 400, then the rules) and the campus's row locked until the transaction ends.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class CampusWritesTest {

    record Body(@NotBlank String name) {
    }

    private static final Caller NATIONAL = caller(Set.of(Roles.NATIONAL), null);
    private static final Caller REGIONAL_84 = caller(Set.of(Roles.REGIONAL), "84");
    private static final Caller REGIONAL_76 = caller(Set.of(Roles.REGIONAL), "76");

    @Inject
    CampusWrites writes;
    @Inject
    CampusDirectory directory;
    @Inject
    EntityManager entityManager;

    @Test
    void aCampusTheRegisterDoesNotKnowIs404() {
        assertEquals(404, refusal(() -> writes.open(UUID.randomUUID(), NATIONAL, new Body("x"), () -> { })));
        assertEquals(404, refusal(() -> writes.open(UUID.randomUUID(), NATIONAL)));
    }

    @Test
    void whoMayWriteIsDecidedBeforeTheBodyAndTheBodyBeforeTheRules() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Campus de l'ordre des refus", "76");
        AtomicBoolean rulesRan = new AtomicBoolean();
        assertEquals(403, refusal(() -> writes.open(campus, REGIONAL_84, new Body(""), () -> rulesRan.set(true))));
        assertEquals(403, refusal(() -> writes.open(campus, REGIONAL_84)));
        assertEquals(400, refusal(() -> writes.open(campus, REGIONAL_76, new Body(""), () -> rulesRan.set(true))));
        assertEquals(400, refusal(() -> writes.open(campus, NATIONAL, null, () -> rulesRan.set(true))));
        assertFalse(rulesRan.get(), "the rules run only on a valid body");
        assertEquals(422, refusal(() -> writes.open(campus, REGIONAL_76, new Body("x"), () -> {
            throw ProblemException.unprocessable("name", "breaks a rule");
        })));
        assertEquals(campus, QuarkusTransaction.requiringNew().call(() -> writes.open(campus, REGIONAL_76)));
    }

    @Test
    void theCampusStaysLockedUntilTheWriteCommits() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Campus verrouillé", "76");
        CompletableFuture<Void> opened = new CompletableFuture<>();
        CompletableFuture<Void> commit = new CompletableFuture<>();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            writes.open(campus, NATIONAL, new Body("first"), () -> { });
            opened.complete(null);
            commit.join();
        }));
        opened.get(10, TimeUnit.SECONDS);
        ExecutionException locked = assertThrows(ExecutionException.class, () -> CompletableFuture.runAsync(
                () -> QuarkusTransaction.requiringNew().run(lockWithoutWaiting(campus))).get(10, TimeUnit.SECONDS));
        assertTrue(messages(locked).contains("could not obtain lock"), "locked by the open write: " + messages(locked));
        commit.complete(null);
        writer.get(10, TimeUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(lockWithoutWaiting(campus)); // free again once the write committed
    }

    private Runnable lockWithoutWaiting(UUID campus) {
        return () -> entityManager.createNativeQuery("select id from known_campus where id = :id for update nowait")
                .setParameter("id", campus).getResultList();
    }

    private static String messages(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(" / ");
        }
        return messages.toString();
    }

    /** The status of the problem the opening refuses with, in a transaction of its own (rolled back). */
    private static int refusal(Runnable open) {
        return assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(open)).status();
    }

    private static Caller caller(Set<String> groups, String region) {
        Map<String, Object> claims = region == null ? Map.of("sub", "test", "groups", groups)
                : Map.of("sub", "test", "groups", groups, Caller.REGION_CLAIM, region);
        return new Caller(new JsonWebToken() {
            @Override
            public String getName() {
                return "test";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        });
    }
}
