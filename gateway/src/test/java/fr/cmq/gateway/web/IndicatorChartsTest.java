package fr.cmq.gateway.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The campus page's charts: the vertical axis ends on a round figure at or above the largest value or target. */
class IndicatorChartsTest {

    @Test
    void theAxisEndsOnARoundFigure() {
        assertEquals(200.0, IndicatorCharts.roundScale(160.0));
        assertEquals(100.0, IndicatorCharts.roundScale(65.5));
        assertEquals(100.0, IndicatorCharts.roundScale(100.0));
        assertEquals(5.0, IndicatorCharts.roundScale(3));
        assertEquals(25.0, IndicatorCharts.roundScale(21));
        assertEquals(1.0, IndicatorCharts.roundScale(0));
    }
}
