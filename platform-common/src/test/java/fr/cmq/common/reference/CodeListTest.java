package fr.cmq.common.reference;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every code list has a French label per code, not blank and unique within its list; codes are unchanged. */
class CodeListTest {

    /** Every code list of the platform that is a Java enumeration. */
    static final List<Class<? extends CodeList>> ALL = List.of(
            // labelling
            LabelStatus.class, LabelBasis.class, DecisionOutcome.class, OpinionOutcome.class, ApplicationKind.class,
            ApplicationPart.class, IssuingBody.class,
            // monitoring
            LegalForm.class, GipKind.class, SupportEstablishmentType.class, SupportRole.class, Sector.class,
            TrainingRole.class, CompanySize.class, MembershipBasis.class, PartnerCategory.class,
            PartnerCategory.Grouping.class, IndicatorTheme.class, IndicatorUnit.class, IndicatorBreakdown.class,
            PathwayStatus.class, QualificationLevel.class, CohortHorizon.class, ValueSource.class, ActionTheme.class,
            ActionStatus.class, Trend.class, SteeringFlag.class,
            // every service (issue 13)
            SourceKind.class,
            // funding
            FunderType.class, FunderType.Annex3Bucket.class, FundingModality.class, ContributionNature.class,
            ContributionStatus.class, BudgetKind.class, BudgetHolder.class, BudgetUse.class, ReportFactTopic.class);

    @Test
    void everyCodeHasANonBlankFrenchLabelUniqueInItsList() {
        for (Class<? extends CodeList> list : ALL) {
            Set<String> labels = new HashSet<>();
            for (CodeList code : list.getEnumConstants()) {
                assertFalse(code.label() == null || code.label().isBlank(), list.getSimpleName() + "." + code.code());
                assertEquals(code.label(), code.label().strip(), list.getSimpleName() + "." + code.code());
                assertTrue(labels.add(code.label()), list.getSimpleName() + ": label '" + code.label() + "' twice");
                assertEquals(((Enum<?>) code).name(), code.code());
                assertTrue(code.code().matches("[A-Z][A-Z0-9_]*"), code.code());
            }
        }
    }

    @Test
    void everyCodeListOfThePackageIsChecked() throws Exception {
        // a code list added to the package must be added to ALL, or its labels would escape the check above
        java.nio.file.Path folder = java.nio.file.Path.of(CodeList.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).resolve("fr/cmq/common/reference");
        List<Class<?>> found = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(folder)) {
            for (String file : files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class")).toList()) {
                Class<?> type = Class.forName("fr.cmq.common.reference." + file.substring(0, file.length() - 6));
                if (type.isEnum() && CodeList.class.isAssignableFrom(type)) {
                    found.add(type);
                }
            }
        }
        assertEquals(new HashSet<>(ALL), new HashSet<>(found));
        assertEquals(38, ALL.size());
    }

    @Test
    void theCodesAreThoseOfTheServicesToday() {
        assertEquals(List.of("IN_PROGRESS", "LABELLED", "RENEWAL_DUE", "EXPIRED", "WITHDRAWN", "REFUSED",
                "NOT_RECORDED"), codes(LabelStatus.class));
        assertEquals(List.of("NONE", "PENDING", "GRANTED", "REFUSED"), codes(LabelBasis.class));
        assertEquals(List.of("ASSOCIATION", "GIP", "SUPPORT_ESTABLISHMENT", "NOT_PROVIDED"), codes(LegalForm.class));
        assertEquals(List.of("EPLE_LYCEE", "CFA", "GRETA", "AFPA", "PRIVATE_TRAINING_BODY", "OPCA_OPCO", "UNIVERSITY",
                "IUT", "ENGINEERING_SCHOOL", "OTHER_HIGHER_EDUCATION", "RESEARCH_LAB", "COMPANY", "PROFESSIONAL_BRANCH",
                "CHAMBER", "COMPETITIVENESS_CLUSTER", "REGIONAL_COUNCIL", "OTHER_LOCAL_AUTHORITY", "RECTORAT",
                "DIRECCTE_DREETS", "PUBLIC_EMPLOYMENT_SERVICE", "ASSOCIATION", "OTHER"), codes(PartnerCategory.class));
        assertEquals(List.of("RECTORAT", "REGION", "SUPPORT_ESTABLISHMENT", "COMPANY", "PROFESSIONAL_BRANCH",
                "MEMBERSHIP_FEES", "OTHER_LOCAL_AUTHORITY", "OTHER_STATE", "EU_FUNDS", "OWN_RESOURCES", "OTHER"),
                codes(FunderType.class));
        assertEquals(List.of("EX_ANTE", "EX_POST"), codes(FundingModality.class));
    }

    @Test
    void theServicesAttributesAreKept() {
        assertTrue(TrainingRole.BOTH.initial() && TrainingRole.BOTH.continuing());
        assertTrue(TrainingRole.INITIAL.initial() && !TrainingRole.INITIAL.continuing());
        assertTrue(!TrainingRole.NONE.initial() && !TrainingRole.NONE.continuing());
        List<PartnerCategory> higherEducation = java.util.Arrays.stream(PartnerCategory.values())
                .filter(PartnerCategory::higherEducation).toList();
        assertEquals(List.of(PartnerCategory.UNIVERSITY, PartnerCategory.IUT, PartnerCategory.ENGINEERING_SCHOOL,
                PartnerCategory.OTHER_HIGHER_EDUCATION), higherEducation);
        assertEquals(PartnerCategory.Grouping.CONTINUING_TRAINING, PartnerCategory.GRETA.grouping());
        assertEquals(FunderType.Annex3Bucket.COMPANY_PARTNERS, FunderType.PROFESSIONAL_BRANCH.annex3Bucket());
        assertEquals(FunderType.Annex3Bucket.OTHER, FunderType.SUPPORT_ESTABLISHMENT.annex3Bucket());
        assertEquals("Financement ex-ante (subvention avant la dépense)", FundingModality.EX_ANTE.detailedLabel());
        assertTrue(LabelStatus.LABELLED.inForce() && LabelStatus.RENEWAL_DUE.inForce());
        assertFalse(LabelStatus.EXPIRED.inForce() || LabelStatus.WITHDRAWN.inForce());
    }

    @Test
    void aCodeIsFoundAndLabelled() {
        assertEquals(Optional.of(LegalForm.GIP), CodeList.find(LegalForm.class, "GIP"));
        assertEquals(Optional.empty(), CodeList.find(LegalForm.class, "gip"));
        assertEquals(Optional.empty(), CodeList.find(LegalForm.class, null));
        assertEquals("Labellisé", CodeList.labelOf(LabelStatus.class, "LABELLED"));
        assertEquals("SOMETHING_NEW", CodeList.labelOf(LabelStatus.class, "SOMETHING_NEW"));
        assertEquals("", CodeList.labelOf(LabelStatus.class, null));
        Map<String, String> labels = CodeList.labels(SupportRole.class);
        assertEquals(List.of("CARRIER", "CO_CARRIER"), List.copyOf(labels.keySet()));
        assertEquals("Co-porteur", labels.get("CO_CARRIER"));
    }

    /** A code list whose constant lacks its {@code @Label}. */
    enum Unlabelled implements CodeList {
        @Label("Étiqueté") LABELLED,
        FORGOTTEN
    }

    @Test
    void aConstantWithoutItsLabelIsAProgrammingErrorOfTheWholeList() {
        IllegalStateException error = assertThrows(IllegalStateException.class, Unlabelled.LABELLED::label);
        assertTrue(error.getMessage().endsWith("Unlabelled.FORGOTTEN has no @Label"), error.getMessage());
        assertThrows(IllegalStateException.class, Unlabelled.FORGOTTEN::label);
    }

    private static <E extends Enum<E>> List<String> codes(Class<E> list) {
        return java.util.Arrays.stream(list.getEnumConstants()).map(Enum::name).toList();
    }
}
