package fr.cmq.gateway.dashboard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The spread of a headline indicator: quartiles as QUARTILE.INC (linear between the closest ranks), one decimal. */
class DistributionTest {

    @Test
    void quartilesInterpolateBetweenTheClosestRanks() {
        // QUARTILE.INC({1,2,3,4}) = 1.75, 2.5, 3.25 -> one decimal half up
        assertEquals(new Distribution(4, d("1.0"), d("1.8"), d("2.5"), d("3.3"), d("4.0")), Distribution.of(values("4", "2", "1", "3")));
        assertEquals(new Distribution(3, d("100.0"), d("110.0"), d("120.0"), d("135.0"), d("150.0")),
                Distribution.of(values("150.0", "100.0", "120.0")));
        assertEquals(new Distribution(1, d("65.5"), d("65.5"), d("65.5"), d("65.5"), d("65.5")), Distribution.of(values("65.5")));
        Distribution none = Distribution.of(List.of());
        assertEquals(0, none.campuses());
        assertNull(none.median());
    }

    private static List<BigDecimal> values(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
