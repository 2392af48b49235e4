package fr.cmq.gateway.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The spread of a headline indicator over campuses: quartiles by linear interpolation between the closest ranks
 * (the usual definition of spreadsheets' QUARTILE.INC: the p-quantile of n sorted values is at rank 1 + p (n - 1)),
 * rounded half up to one decimal.
 */
@Schema(name = "DashboardDistribution", description = "Spread of the campuses' latest values of a headline indicator: "
        + "count, minimum, first quartile, median, third quartile, maximum (quartiles by linear interpolation between "
        + "the closest ranks, as QUARTILE.INC; one decimal, half up); every figure null when no campus has a value")
public record Distribution(
        @Schema(description = "Campuses with a value") int campuses,
        @Schema(nullable = true) BigDecimal min,
        @Schema(nullable = true) BigDecimal q1,
        @Schema(nullable = true) BigDecimal median,
        @Schema(nullable = true) BigDecimal q3,
        @Schema(nullable = true) BigDecimal max) {

    /** The distribution of these values (any order). */
    public static Distribution of(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return new Distribution(0, null, null, null, null, null);
        }
        return new Distribution(sorted.size(), round(sorted.get(0)), quantile(sorted, 1, 4), quantile(sorted, 1, 2),
                quantile(sorted, 3, 4), round(sorted.get(sorted.size() - 1)));
    }

    /** The p-quantile (p = num / den) of sorted values, interpolated between the closest ranks. */
    static BigDecimal quantile(List<BigDecimal> sorted, int num, int den) {
        int n = sorted.size();
        // rank h = p (n - 1), zero-based: h = num (n - 1) / den = lower + fraction
        int scaled = num * (n - 1);
        int lower = scaled / den;
        BigDecimal fraction = BigDecimal.valueOf(scaled % den).divide(BigDecimal.valueOf(den), 10, RoundingMode.HALF_UP);
        BigDecimal low = sorted.get(lower);
        BigDecimal high = sorted.get(Math.min(lower + 1, n - 1));
        return round(low.add(high.subtract(low).multiply(fraction)));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
