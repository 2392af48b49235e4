package fr.cmq.gateway.web;

import fr.cmq.gateway.dashboard.TableParameters;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page's own wording covers the contract's codes it shows. */
class PageLabelsTest {

    @Test
    void everyWarningFlagOfTheContractHasItsFrenchWording() {
        assertEquals(TableParameters.FLAGS, List.copyOf(PageLabels.FLAGS.keySet()));
    }

    @Test
    void aCodeWithoutNameShowsAsItself() {
        assertEquals("76", PageLabels.withCode(java.util.Map.of(), "76"));
        assertEquals("Occitanie (76)", PageLabels.withCode(java.util.Map.of("76", "Occitanie"), "76"));
        assertEquals("", PageLabels.of(java.util.Map.of(), null));
    }
}
