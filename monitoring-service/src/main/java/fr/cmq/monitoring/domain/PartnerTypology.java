package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.CompanySize;
import fr.cmq.common.reference.MembershipBasis;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.reference.Sector;
import fr.cmq.common.rules.Percentages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The typology of a campus's active partners (recommendation 6) and the report's warning flags. Partners
 * that left are not counted. A partner whose training role is BOTH counts in both the initial and the
 * continuing cell of its sector; NONE counts in no cell.
 */
public record PartnerTypology(long totalActive, Matrix matrix, long withoutTrainingRole,
                              Map<PartnerCategory, Long> byCategory, long higherEducation, long smeCompanies,
                              long inGovernance, long inWorkingGroups, long signedCommitments, Flags flags) {

    /** The 2x2 matrix public/private x initial/continuing (documented as the API's TypologyMatrix). */
    @Schema(name = "TypologyMatrix", description = "The 2x2 matrix public/private x initial/continuing. Rule: a "
            + "partner whose training role is BOTH is counted in both the initial and the continuing cell of its "
            + "sector; a partner with role NONE is in no cell. The cells can therefore add up to more (BOTH) or less "
            + "(NONE) than totalActive")
    public record Matrix(
            @Schema(description = "PUBLIC partners with role INITIAL or BOTH") long publicInitial,
            @Schema(description = "PUBLIC partners with role CONTINUING or BOTH") long publicContinuing,
            @Schema(description = "PRIVATE partners with role INITIAL or BOTH") long privateInitial,
            @Schema(description = "PRIVATE partners with role CONTINUING or BOTH") long privateContinuing) {
    }

    /** The report's warning flags; true means the gap is present. */
    @Schema(description = "The report's warning flags; true means the gap is present")
    public record Flags(
            @Schema(description = "No active UNIVERSITY, IUT, ENGINEERING_SCHOOL or OTHER_HIGHER_EDUCATION partner "
                    + "(§3.3)") boolean noHigherEducation,
            @Schema(description = "No active RESEARCH_LAB partner (§3.3)") boolean noResearchLab,
            @Schema(description = "No active GRETA partner (recommendation 11)") boolean noGreta,
            @Schema(description = "No active AFPA partner (recommendation 11)") boolean noAfpa,
            @Schema(description = "No active OPCA_OPCO partner (recommendation 11)") boolean noOpca,
            @Schema(description = "No active DIRECCTE_DREETS partner, i.e. no DIRECCTE correspondent "
                    + "(recommendation 10)") boolean noDireccteCorrespondent,
            @Schema(description = "No active EPLE_LYCEE partner sits in governance (the decree's rule, [45]: « au "
                    + "moins un établissement public local d'enseignement du second cycle du second degré »)")
            boolean governanceWithoutEple,
            @Schema(description = "No active PUBLIC higher-education partner (UNIVERSITY, IUT, ENGINEERING_SCHOOL, "
                    + "OTHER_HIGHER_EDUCATION) sits in governance (the decree's rule, [45]: « un établissement public à "
                    + "caractère scientifique, culturel et professionnel »; a private school is no EPSCP)")
            boolean governanceWithoutEpscp) {
    }

    public PartnerTypology {
        byCategory = Collections.unmodifiableMap(byCategory.isEmpty() ? new EnumMap<>(PartnerCategory.class)
                : new EnumMap<>(byCategory)); // in the order of the categories
    }

    /** The typology of the given partners of one campus; partners that left are ignored. */
    public static PartnerTypology of(Collection<Partner> partners) {
        long total = 0;
        long[] cells = new long[4]; // public initial, public continuing, private initial, private continuing
        long withoutRole = 0;
        long sme = 0;
        long inGovernance = 0;
        long inWorkingGroups = 0;
        long higherEducation = 0;
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
            int sector = p.sector == Sector.PUBLIC ? 0 : 2;
            if (p.trainingRole.initial()) {
                cells[sector]++;
            }
            if (p.trainingRole.continuing()) {
                cells[sector + 1]++;
            }
            if (!p.trainingRole.initial() && !p.trainingRole.continuing()) {
                withoutRole++;
            }
            if (p.category == PartnerCategory.COMPANY && p.companySize == CompanySize.SME) {
                sme++;
            }
            if (p.category.higherEducation()) {
                higherEducation++;
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
                // an EPSCP is a public establishment ([45]): a private engineering school does not count
                epscpInGovernance |= p.category.higherEducation() && p.sector == Sector.PUBLIC;
            }
        }
        Flags flags = new Flags(higherEducation == 0,
                !counts.containsKey(PartnerCategory.RESEARCH_LAB),
                !counts.containsKey(PartnerCategory.GRETA),
                !counts.containsKey(PartnerCategory.AFPA),
                !counts.containsKey(PartnerCategory.OPCA_OPCO),
                !counts.containsKey(PartnerCategory.DIRECCTE_DREETS),
                !epleInGovernance, !epscpInGovernance);
        return new PartnerTypology(total, new Matrix(cells[0], cells[1], cells[2], cells[3]), withoutRole, counts,
                higherEducation, sme, inGovernance, inWorkingGroups, signed, flags);
    }

    /** signedCommitments / totalActive in percent ({@link Percentages#percentOf}); null without active partners. */
    public BigDecimal signedCommitmentPercent() {
        return Percentages.percentOf(signedCommitments, totalActive);
    }
}
