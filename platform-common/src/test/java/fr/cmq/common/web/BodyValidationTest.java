package fr.cmq.common.web;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BodyValidationTest {

    record Contribution(@NotBlank String funderName, @NotNull @Positive Long amountCents) {
    }

    record Envelope(@NotBlank String funderName, List<@NotNull UUID> campusIds, List<@Valid Contribution> contributions) {
    }

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private final BodyValidation validation = new BodyValidation(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aValidBodyIsReturned() {
        Envelope envelope = new Envelope("Région Occitanie", List.of(UUID.randomUUID()),
                List.of(new Contribution("Région", 100L)));
        assertSame(envelope, validation.check(envelope));
    }

    @Test
    void aMissingBodyIsRequired() {
        ProblemException e = assertThrows(ProblemException.class, () -> validation.check(null));
        assertEquals(List.of(new FieldError("body", "required")), e.errors());
    }

    @Test
    void eachBrokenConstraintIsNamedByItsJsonPath() {
        Envelope envelope = new Envelope(" ", java.util.Arrays.asList(UUID.randomUUID(), null),
                List.of(new Contribution("Région", 100L), new Contribution("", -5L)));
        ProblemException e = assertThrows(ProblemException.class, () -> validation.check(envelope));
        assertEquals(400, e.status());
        assertEquals(List.of("campusIds[1]", "contributions[1].amountCents", "contributions[1].funderName", "funderName"),
                e.errors().stream().map(FieldError::field).toList());
    }
}
