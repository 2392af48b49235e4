package fr.cmq.common.rules;

import fr.cmq.common.reference.LabelBasis;
import fr.cmq.common.reference.LabelStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.cmq.common.reference.LabelStatus.EXPIRED;
import static fr.cmq.common.reference.LabelStatus.IN_PROGRESS;
import static fr.cmq.common.reference.LabelStatus.LABELLED;
import static fr.cmq.common.reference.LabelStatus.NOT_RECORDED;
import static fr.cmq.common.reference.LabelStatus.REFUSED;
import static fr.cmq.common.reference.LabelStatus.RENEWAL_DUE;
import static fr.cmq.common.reference.LabelStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The label calendar in Java, on a table of cases (LabelCalendarSqlTest runs the same rule in PostgreSQL). */
class LabelCalendarTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static void assertStatus(LabelStatus expected, LabelFacts facts, String day) {
        assertEquals(expected, LabelCalendar.statusOn(facts, d(day)), facts + " on " + day);
    }

    @Test
    void withoutAGrantTheBasisGivesTheStatusOnEveryDay() {
        for (String day : new String[] {"2013-01-01", "2026-06-30"}) {
            assertStatus(NOT_RECORDED, LabelFacts.NONE, day);
            assertStatus(NOT_RECORDED, new LabelFacts(null, null, null, null), day);
            assertStatus(IN_PROGRESS, LabelFacts.PENDING, day);
            assertStatus(REFUSED, LabelFacts.REFUSED, day);
        }
    }

    /**
     * A label granted on {@code start} for {@code years} falls due on {@code renewalDueFrom} and expires on
     * {@code expiry}: LABELLED from its start to the day before it falls due, RENEWAL_DUE to the day before it
     * expires, EXPIRED from then on.
     */
    private static LabelFacts assertCalendar(String start, int years, String renewalDueFrom, String expiry) {
        LabelFacts label = LabelFacts.granted(d(start), years, null);
        assertEquals(d(expiry), label.expiryDate());
        assertEquals(d(renewalDueFrom), label.renewalDueFrom());
        assertStatus(LABELLED, label, start);
        assertStatus(LABELLED, label, d(renewalDueFrom).minusDays(1).toString());
        assertStatus(RENEWAL_DUE, label, renewalDueFrom);
        assertStatus(RENEWAL_DUE, label, d(expiry).minusDays(1).toString());
        assertStatus(EXPIRED, label, expiry);
        return label;
    }

    @Test
    void aLabelGrantedOn14April2016ForFourYearsFollowsTheCalendar() {
        // LABELLED to 2019-04-13, RENEWAL_DUE to 2020-04-13, EXPIRED from 2020-04-14
        LabelFacts label = assertCalendar("2016-04-14", 4, "2019-04-14", "2020-04-14");
        assertStatus(EXPIRED, label, "2030-01-01");
    }

    @Test
    void aWithdrawalWinsFromItsDayOn() {
        LabelFacts label = LabelFacts.granted(d("2016-04-14"), 4, d("2018-06-01"));
        assertStatus(LABELLED, label, "2018-05-31");
        assertStatus(WITHDRAWN, label, "2018-06-01");
        assertStatus(WITHDRAWN, label, "2020-04-14");
        LabelFacts inRenewalYear = LabelFacts.granted(d("2016-04-14"), 4, d("2019-06-01"));
        assertStatus(RENEWAL_DUE, inRenewalYear, "2019-05-31");
        assertStatus(WITHDRAWN, inRenewalYear, "2019-06-01");
    }

    @Test
    void aLabelOf29FebruaryExpiresOn29FebruaryAndFallsDueOn28February() {
        // LABELLED to 2023-02-27, RENEWAL_DUE to 2024-02-28, EXPIRED from 2024-02-29
        assertCalendar("2020-02-29", 4, "2023-02-28", "2024-02-29");
        LabelFacts oneYear = LabelFacts.granted(d("2020-02-29"), 1, null);
        assertEquals(d("2021-02-28"), oneYear.expiryDate());
        assertStatus(RENEWAL_DUE, oneYear, "2020-02-29"); // a one-year label is in its renewal year at once
    }

    @Test
    void aStatusReadOnAnyDayGivesBackItsBasis() {
        assertEquals(LabelBasis.GRANTED, EXPIRED.basis());
        assertEquals(LabelBasis.GRANTED, WITHDRAWN.basis());
        assertEquals(LabelBasis.PENDING, IN_PROGRESS.basis());
        assertEquals(LabelBasis.NONE, NOT_RECORDED.basis());
        assertEquals(LabelBasis.REFUSED, REFUSED.basis());
        // e.g. the gateway keeps the status an event carried and reads today's from it and the dates
        LabelFacts fromEvent = new LabelFacts(LABELLED.basis(), d("2016-04-14"), d("2020-04-14"), null);
        assertStatus(RENEWAL_DUE, fromEvent, "2019-12-01");
    }

    @Test
    void aGrantWithoutDatesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LabelFacts(LabelBasis.GRANTED, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new LabelFacts(LabelBasis.GRANTED, d("2016-04-14"), null, null));
    }

    @Test
    void theConditionForLabellingsHqlNamesItsAttributesAndTheParameter() {
        LabelCalendar.Columns campus = new LabelCalendar.Columns("labelBasis", "labelRenewalDueFrom",
                "labelExpiryDate", "labelWithdrawnOn");
        assertEquals("(labelBasis = 'GRANTED' and (labelWithdrawnOn is null or labelWithdrawnOn > :today) "
                + "and labelRenewalDueFrom <= :today and labelExpiryDate > :today)",
                LabelCalendar.condition(RENEWAL_DUE, campus, "today"));
        assertEquals("labelBasis = 'PENDING'", LabelCalendar.condition(IN_PROGRESS, campus, "today"));
        assertEquals("(r.label_basis = 'GRANTED' and r.label_withdrawn_on <= :day)", LabelCalendar.condition(WITHDRAWN,
                LabelCalendar.Columns.postgres("r.label_basis", "r.label_expiry", "r.label_withdrawn_on"), "day"));
        assertThrows(IllegalArgumentException.class, () -> LabelCalendar.condition(LABELLED, campus, ":today"));
        assertThrows(IllegalArgumentException.class, () -> LabelCalendar.condition(LABELLED, campus, "x; drop"));
    }
}
