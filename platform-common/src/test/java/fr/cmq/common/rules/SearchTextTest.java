package fr.cmq.common.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search text: accent- and case-insensitive, exactly as labelling stores it in search_text. */
class SearchTextTest {

    @Test
    void accentsAndCaseAreRemovedAsInLabellingsStoredTexts() {
        // values of labelling's V3 migration (search_text of the Annexe 4 campuses)
        assertEquals("aeronautique et spatial", SearchText.normalise("Aéronautique et spatial"));
        assertEquals("numerique drome ardeche – « reseaux, objets connectes, applicatifs, usages »",
                SearchText.normalise("Numérique Drôme Ardèche – « Réseaux, objets connectés, applicatifs, usages »"));
        assertEquals("maroquinerie et metiers d'art", SearchText.normalise("Maroquinerie et métiers d'art"));
        assertEquals("eco-construction et efficacite energetique",
                SearchText.normalise("Éco-construction et efficacité énergétique"));
        assertEquals("ile-de-france | l'aerocampus", SearchText.normalise("ÎLE-DE-FRANCE | L'AÉROCAMPUS"));
        assertEquals("francais, ca a l'ecole", SearchText.normalise("Français, ÇA À L'ÉCOLE"));
    }

    @Test
    void whitespaceInsideATextIsKeptAndAQueryIsStripped() {
        assertEquals("a  b", SearchText.normalise("A  B"));
        assertEquals("ecole", SearchText.query("  École \t"));
        assertNull(SearchText.query("   "));
        assertNull(SearchText.query(null));
        assertNull(SearchText.normalise(null));
    }

    @Test
    void aTextMatchesAQueryWhateverItsAccentsAndCase() {
        assertTrue(SearchText.matches("Aérocampus Aquitaine", "AEROCAMPUS"));
        assertTrue(SearchText.matches("Aerocampus Aquitaine", " aérocampus "));
        assertTrue(SearchText.matches("anything", "  "));
        assertFalse(SearchText.matches("Campus Textile", "aero"));
        assertFalse(SearchText.matches(null, "aero"));
    }

    @Test
    void theLikePatternEscapesTheWildcards() {
        assertEquals("%industrie du futur%", SearchText.containsPattern(" Industrie du FUTUR "));
        assertEquals("%100\\% bio\\_ok\\\\%", SearchText.containsPattern("100% bio_ok\\"));
        assertNull(SearchText.containsPattern(""));
    }
}
