package fr.cmq.monitoring;

import fr.cmq.monitoring.domain.Identifiers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SIRET (14 digits, Luhn; La Poste's own rule) and UAI (7 digits + 1 letter) checks. */
class IdentifiersTest {

    @Test
    void siret() {
        assertTrue(Identifiers.isSiret("38347481400100"));
        assertTrue(Identifiers.isSiret("77557073500040"));
        assertFalse(Identifiers.isSiret("38347481400101"), "Luhn check fails");
        assertFalse(Identifiers.isSiret("3834748140010"), "13 digits");
        assertFalse(Identifiers.isSiret("383474814001000"), "15 digits");
        assertFalse(Identifiers.isSiret("3834748140010A"));
        assertFalse(Identifiers.isSiret(null));
        // La Poste: one SIREN for all its establishments, checked by a digit sum multiple of 5.
        assertTrue(Identifiers.isSiret("35600000000051"));
        assertFalse(Identifiers.isSiret("35600000000014"), "Luhn-valid but not La Poste's rule");
    }

    @Test
    void uai() {
        assertTrue(Identifiers.isUai("0310044A"));
        assertFalse(Identifiers.isUai("0310044a"));
        assertFalse(Identifiers.isUai("031044A"));
        assertFalse(Identifiers.isUai("03100440"));
        assertFalse(Identifiers.isUai(null));
    }
}
