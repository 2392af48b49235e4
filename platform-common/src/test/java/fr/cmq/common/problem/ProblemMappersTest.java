package fr.cmq.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.json.StrictJson;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The problem+json answers of body, parameter and concurrency failures. */
class ProblemMappersTest {

    record Contribution(Long amountCents) {
    }

    record Budget(List<Contribution> contributions) {
    }

    private final ProblemMappers mappers = new ProblemMappers();
    private final ObjectMapper mapper = StrictJson.strict(new ObjectMapper());

    @Test
    void aBodyJacksonCannotReadIs400NamingTheFieldPath() {
        Response response = mappers.invalidBody(failure("{\"contributions\": [{\"amountCents\": 12.5}]}"), null);
        assertEquals(400, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals(Problem.TYPE_BASE + "validation", problem.type());
        assertEquals(List.of(new FieldError("contributions[0].amountCents", "expected an integer, got 12.5")),
                problem.errors());
        assertEquals("contributions[0].amountCents: expected an integer, got 12.5", problem.detail());
    }

    @Test
    void aBodyFailureWrappedByTheFrameworkIsAnsweredTheSameWay() {
        Response response = mappers.webApplication(new BadRequestException(failure("{\"colour\": 1}")), null);
        assertEquals(400, response.getStatus());
        assertEquals(List.of(new FieldError("colour", "unknown field")), ((Problem) response.getEntity()).errors());
    }

    @Test
    void aWrongContentTypeIs415ProblemNamingTheHeader() {
        Response response = mappers.webApplication(new jakarta.ws.rs.NotSupportedException(), null);
        assertEquals(415, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("Content-Type", ((Problem) response.getEntity()).errors().get(0).field());
    }

    @Test
    void aControlCharacterIs400NamingTheField() {
        Response response = mappers.invalidBody(failure("{\"contributions\": [{\"amountCents\": 1}, {\"amountCents\": 99999999999999999999}]}"), null);
        assertEquals(400, response.getStatus());
        assertEquals("contributions[1].amountCents", ((Problem) response.getEntity()).errors().get(0).field());
    }

    @Test
    void anOptimisticLockFailureIs412EvenWhenWrappedByTheCommit() {
        Response direct = mappers.optimisticLock(new OptimisticLockException("stale"), null);
        assertEquals(412, direct.getStatus());
        RuntimeException commit = new RuntimeException("commit failed",
                new IllegalStateException(new StaleObjectStateException("Budget", "id")));
        Response wrapped = mappers.unexpected(commit, null);
        assertEquals(412, wrapped.getStatus());
        assertEquals("If-Match", ((Problem) wrapped.getEntity()).errors().get(0).field());
    }

    @Test
    void aProblemExceptionKeepsItsStatusAndFields() {
        Response response = mappers.problem(ProblemException.invalid("limit", "must be between 1 and 500"), null);
        assertEquals(400, response.getStatus());
        assertEquals("limit", ((Problem) response.getEntity()).errors().get(0).field());
    }

    private JsonProcessingException failure(String json) {
        return assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Budget.class));
    }
}
