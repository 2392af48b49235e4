package fr.cmq.labelling;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Writers of one campus take turns: concurrent writes without If-Match all succeed, one after the other. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class ConcurrentWritesTest {

    @Test
    void concurrentApplicationsOnOneCampusAreAllAccepted() throws Exception {
        String campus = Api.registerCampus("Écritures concurrentes (test)", "76", "TOULOUSE");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> submissions = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                submissions.add(() -> Api.apply(TestTokens.national(), campus,
                        Map.of("callCode", "CALL_2016", "kind", "INITIAL")).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(submissions)) {
                statuses.add(status.get());
            }
            assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals("\"" + (1 + writers) + "\"", Api.etag(campus));
    }
}
