package fr.cmq.common.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ETagsTest {

    enum Form { GIP, ASSOCIATION }

    record Share(Form form, BigDecimal percent) {
    }

    @Test
    void aVersionIsAQuotedNumber() {
        assertEquals("\"7\"", ETags.of(7));
    }

    @Test
    void aContentTagDependsOnlyOnTheContent() {
        String tag = ETags.ofContent(List.of(new Share(Form.GIP, new BigDecimal("33.3"))));
        assertEquals(tag, ETags.ofContent(List.of(new Share(Form.GIP, new BigDecimal("33.3")))));
        assertNotEquals(tag, ETags.ofContent(List.of(new Share(Form.ASSOCIATION, new BigDecimal("33.3")))));
        assertNotEquals(tag, ETags.ofContent(List.of(new Share(Form.GIP, new BigDecimal("33.4")))));
        assertTrue(tag.matches("\"h[0-9a-f]{16}\""), tag);
        // The same in every JVM: a digest of the text, not of an identity hash code.
        assertEquals("\"h" + "e3b0c44298fc1c14" + "\"", ETags.ofContent(""));
    }
}
