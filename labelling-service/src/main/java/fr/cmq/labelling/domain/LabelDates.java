package fr.cmq.labelling.domain;

import java.time.LocalDate;

/**
 * The label facts of a campus and the status they give on a day. The renewal falls due one year
 * before expiry; the expiry date (start + duration) is the first day the label no longer covers.
 */
public record LabelDates(LabelBasis basis, LocalDate startDate, LocalDate renewalDueFrom, LocalDate expiryDate,
                         LocalDate withdrawnOn) {

    public static final LabelDates NONE = new LabelDates(LabelBasis.NONE, null, null, null, null);
    public static final LabelDates PENDING = new LabelDates(LabelBasis.PENDING, null, null, null, null);
    public static final LabelDates REFUSED = new LabelDates(LabelBasis.REFUSED, null, null, null, null);

    public static LabelDates granted(LocalDate start, int durationYears, LocalDate withdrawnOn) {
        LocalDate expiry = start.plusYears(durationYears);
        return new LabelDates(LabelBasis.GRANTED, start, expiry.minusYears(1), expiry, withdrawnOn);
    }

    public LabelStatus statusOn(LocalDate today) {
        return switch (basis) {
            case NONE -> LabelStatus.NOT_RECORDED;
            case PENDING -> LabelStatus.IN_PROGRESS;
            case REFUSED -> LabelStatus.REFUSED;
            case GRANTED -> {
                if (withdrawnOn != null && !today.isBefore(withdrawnOn)) {
                    yield LabelStatus.WITHDRAWN;
                }
                if (!today.isBefore(expiryDate)) {
                    yield LabelStatus.EXPIRED;
                }
                yield today.isBefore(renewalDueFrom) ? LabelStatus.LABELLED : LabelStatus.RENEWAL_DUE;
            }
        };
    }

    /** The same rule as {@link #statusOn} as an HQL condition on {@code Campus}, with parameter {@code :today}. */
    public static String hqlCondition(LabelStatus status) {
        String notWithdrawn = "(labelWithdrawnOn is null or labelWithdrawnOn > :today)";
        return switch (status) {
            case NOT_RECORDED -> "labelBasis = 'NONE'";
            case IN_PROGRESS -> "labelBasis = 'PENDING'";
            case REFUSED -> "labelBasis = 'REFUSED'";
            case WITHDRAWN -> "labelBasis = 'GRANTED' and labelWithdrawnOn <= :today";
            case EXPIRED -> "labelBasis = 'GRANTED' and " + notWithdrawn + " and labelExpiryDate <= :today";
            case RENEWAL_DUE -> "labelBasis = 'GRANTED' and " + notWithdrawn
                    + " and labelRenewalDueFrom <= :today and labelExpiryDate > :today";
            case LABELLED -> "labelBasis = 'GRANTED' and " + notWithdrawn + " and labelRenewalDueFrom > :today";
        };
    }
}
