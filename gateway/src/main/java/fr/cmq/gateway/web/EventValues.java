package fr.cmq.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Values of the events' JSON as the campus page shows them; a missing or malformed value reads as null. */
final class EventValues {

    private EventValues() {
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    static String yesNo(JsonNode node) {
        return node.isBoolean() ? (node.asBoolean() ? "Oui" : "Non") : null;
    }

    static String percent(JsonNode node) {
        BigDecimal value = decimal(node);
        return value == null ? null : PageViews.percent(value);
    }

    static BigDecimal decimal(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() ? new BigDecimal(node.asText()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String dateText(JsonNode node) {
        LocalDate date = date(node);
        return date == null ? null : PageViews.date(date);
    }

    static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
