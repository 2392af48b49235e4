package fr.cmq.funding.domain;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.rules.Percentages;
import fr.cmq.common.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The co-financing of a campus's operational director post for one year; shares add to exactly 100 %. */
@Entity
@Table(name = "director_funding")
public class DirectorFunding extends AuditedEntity {

    @Id
    public UUID id;
    public UUID campusId;
    @Column(name = "fiscal_year")
    public int year;
    public long totalCostCents;
    public String employerName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "director_funding_share", joinColumns = @JoinColumn(name = "director_funding_id"))
    @OrderColumn(name = "position")
    public List<DirectorShare> shares = new ArrayList<>();


    private static final BigDecimal HUNDRED = BigDecimal.valueOf(1000, 1);

    /** A new co-financing of a campus's post for a year; its shares come with {@link #replace}. */
    public static DirectorFunding create(UUID campusId, int year) {
        DirectorFunding funding = new DirectorFunding();
        funding.id = UUID.randomUUID();
        funding.campusId = campusId;
        funding.year = year;
        return funding;
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
        requireWhole(shares.stream().map(s -> s.percent).toList());
        this.totalCostCents = totalCostCents;
        this.employerName = employerName;
        this.shares = keepOrReplace(this.shares, shares);
    }

    /** What each share pays of the total cost, in the order of the shares: they add to exactly the total. */
    public List<Long> shareAmountsCents() {
        List<Long> tenths = shares.stream().map(s -> s.percent.movePointRight(1).longValueExact()).toList();
        return Percentages.apportion(totalCostCents, tenths);
    }

    /** Sum of the shares of funders of type RECTORAT, in percent with one decimal. */
    public BigDecimal rectoratPercent() {
        return shares.stream().filter(s -> s.funderType == FunderType.RECTORAT).map(s -> s.percent.setScale(1))
                .reduce(BigDecimal.valueOf(0, 1), BigDecimal::add);
    }

    /** How far the post is co-financed beyond the rectorat: 100.0 minus its share. */
    public BigDecimal nonRectoratPercent() {
        return HUNDRED.subtract(rectoratPercent());
    }
}
