package fr.cmq.funding.domain;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.rules.Percentages;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The co-financing of a campus's operational director post for one year; shares add to exactly 100 %. */
@Entity
@Table(name = "director_funding")
public class DirectorFunding extends CampusYearRecord {

    public long totalCostCents;
    public String employerName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "director_funding_share", joinColumns = @JoinColumn(name = "director_funding_id"))
    @OrderColumn(name = "position")
    public List<DirectorShare> shares = new ArrayList<>();

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(1000, 1);

    protected DirectorFunding() {
    }

    /** A new co-financing of a campus's post for a year; its shares come with {@link #replace}. */
    public DirectorFunding(UUID campusId, int year) {
        super(campusId, year);
    }

    /** Refuses (422 naming {@code shares}) shares that do not add to exactly 100 %. */
    public static void requireWhole(List<BigDecimal> percents) {
        BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            throw ProblemException.unprocessable("shares", "the shares add to "
                    + sum.stripTrailingZeros().toPlainString() + " %, not 100 %");
        }
    }

    /** Replaces the whole co-financing; the shares must add to exactly 100 %. */
    public void replace(long totalCostCents, String employerName, List<DirectorShare> shares) {
        requireWhole(shares.stream().map(DirectorShare::percent).toList());
        this.totalCostCents = totalCostCents;
        this.employerName = employerName;
        this.shares = keepOrReplace(this.shares, shares);
    }

    /** A share and what it pays of the total cost, in euro cents. */
    public record PaidShare(DirectorShare share, long amountCents) {
    }

    /** Each share with what it pays of the total cost, in the order of the shares: they add to exactly the total. */
    public List<PaidShare> paidShares() {
        List<Long> tenths = shares.stream().map(s -> s.percent().movePointRight(1).longValueExact()).toList();
        List<Long> amounts = Percentages.apportion(totalCostCents, tenths);
        return IntStream.range(0, shares.size()).mapToObj(i -> new PaidShare(shares.get(i), amounts.get(i))).toList();
    }

    /** Sum of the shares of funders of type RECTORAT, in percent with one decimal. */
    public BigDecimal rectoratPercent() {
        return shares.stream().filter(s -> s.funderType() == FunderType.RECTORAT).map(DirectorShare::percent)
                .reduce(BigDecimal.valueOf(0, 1), BigDecimal::add);
    }

    /** How far the post is co-financed beyond the rectorat: 100.0 minus its share. */
    public BigDecimal nonRectoratPercent() {
        return HUNDRED.subtract(rectoratPercent());
    }
}
