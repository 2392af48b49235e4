package fr.cmq.monitoring.service;

import fr.cmq.monitoring.api.PartnerSummary;
import fr.cmq.monitoring.domain.CompanySize;
import fr.cmq.monitoring.domain.MembershipBasis;
import fr.cmq.monitoring.domain.Partner;
import fr.cmq.monitoring.domain.PartnerCategory;
import fr.cmq.monitoring.domain.Sector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Computes a campus's partner typology (recommendation 6) and the report's warning flags. */
public final class PartnerTypology {

    private PartnerTypology() {
    }

    /** The summary of the given partners of one campus; partners that left are ignored. */
    public static PartnerSummary of(UUID campusId, Collection<Partner> partners) {
        long total = 0;
        long publicInitial = 0;
        long publicContinuing = 0;
        long privateInitial = 0;
        long privateContinuing = 0;
        long withoutRole = 0;
        long sme = 0;
        long inGovernance = 0;
        long inWorkingGroups = 0;
        long higherEducationCount = 0;
        long signed = 0;
        boolean epleInGovernance = false;
        boolean epscpInGovernance = false;
        Map<PartnerCategory, Long> counts = new EnumMap<>(PartnerCategory.class);
        for (Partner p : partners) {
            if (!p.active()) {
                continue;
            }
            total++;
            counts.merge(p.category, 1L, Long::sum);
            boolean isPublic = p.sector == Sector.PUBLIC;
            if (p.trainingRole.initial()) {
                if (isPublic) {
                    publicInitial++;
                } else {
                    privateInitial++;
                }
            }
            if (p.trainingRole.continuing()) {
                if (isPublic) {
                    publicContinuing++;
                } else {
                    privateContinuing++;
                }
            }
            if (!p.trainingRole.initial() && !p.trainingRole.continuing()) {
                withoutRole++;
            }
            if (p.category == PartnerCategory.COMPANY && p.companySize == CompanySize.SME) {
                sme++;
            }
            if (p.category.higherEducation()) {
                higherEducationCount++;
            }
            if (!p.workingGroups.isEmpty()) {
                inWorkingGroups++;
            }
            if (p.membershipBasis == MembershipBasis.SIGNED_COMMITMENT) {
                signed++;
            }
            if (p.inGovernance) {
                inGovernance++;
                epleInGovernance |= p.category == PartnerCategory.EPLE_LYCEE;
                epscpInGovernance |= p.category.higherEducation();
            }
        }
        Map<String, Long> byCategory = new LinkedHashMap<>();
        counts.forEach((category, count) -> byCategory.put(category.name(), count));
        PartnerSummary.Flags flags = new PartnerSummary.Flags(
                higherEducationCount == 0,
                !counts.containsKey(PartnerCategory.RESEARCH_LAB),
                !counts.containsKey(PartnerCategory.GRETA),
                !counts.containsKey(PartnerCategory.AFPA),
                !counts.containsKey(PartnerCategory.OPCA_OPCO),
                !counts.containsKey(PartnerCategory.DIRECCTE_DREETS),
                !(epleInGovernance && epscpInGovernance));
        BigDecimal share = total == 0 ? null
                : BigDecimal.valueOf(signed).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new PartnerSummary(campusId, total,
                new PartnerSummary.TypologyMatrix(publicInitial, publicContinuing, privateInitial, privateContinuing),
                withoutRole, byCategory, higherEducationCount, sme, inGovernance, inWorkingGroups, signed, share, flags);
    }
}
