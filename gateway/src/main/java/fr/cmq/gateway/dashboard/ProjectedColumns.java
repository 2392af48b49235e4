package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.LabelBasis;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.rules.SearchText;
import fr.cmq.events.monitoring.HeadlineState;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.SteeringState;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The national table's typed columns of a campus row, derived from what its events carried each time the row is
 * written (the entity's pre-persist and pre-update, so in the transaction that applies the event, after the
 * projector set its {@code updatedAt}): nothing of the table is parsed from JSON when it is read.
 */
final class ProjectedColumns {

    private ProjectedColumns() {
    }

    static void project(CampusReadModel campus) {
        register(campus);
        label(campus);
        partners(campus);
        steering(campus);
        // the database keeps microseconds: the key is the instant as it reads back
        campus.updatedAt = campus.updatedAt == null ? null : campus.updatedAt.truncatedTo(ChronoUnit.MICROS);
        campus.updatedAtKey = campus.updatedAt == null ? null : campus.updatedAt.toString();
    }

    private static void register(CampusReadModel campus) {
        campus.designationKey = SearchText.normalise(campus.designation);
        List<String> texts = new ArrayList<>();
        if (campus.designation != null) {
            texts.add(SearchText.normalise(campus.designation));
        }
        campus.communicationNames().stream().filter(name -> name != null).map(SearchText::normalise).forEach(texts::add);
        campus.searchTexts = texts.toArray(String[]::new);
        campus.academyCodes = campus.register == null || campus.register.academyCodes() == null ? new String[0]
                : campus.register.academyCodes().toArray(String[]::new);
    }

    /**
     * The basis the status is computed from on any day (the published status's basis); a grant published without
     * its dates cannot be placed on the calendar and keeps the published status.
     */
    private static void label(CampusReadModel campus) {
        LabelStatus published = CodeList.find(LabelStatus.class, campus.labelState).orElse(LabelStatus.NOT_RECORDED);
        LabelBasis basis = published.basis();
        campus.labelBasis = basis.name();
        campus.labelFixedStatus = basis == LabelBasis.GRANTED && (campus.labelStart == null || campus.labelExpiry == null)
                ? published.code() : null;
    }

    private static void partners(CampusReadModel campus) {
        PartnerTypologyState summary = campus.partnerSummary;
        PartnerTypologyState.Matrix m = summary == null ? null : summary.matrix();
        campus.publicInitial = m == null ? null : m.publicInitial();
        campus.publicContinuing = m == null ? null : m.publicContinuing();
        campus.privateInitial = m == null ? null : m.privateInitial();
        campus.privateContinuing = m == null ? null : m.privateContinuing();
        campus.partnerFlags = summary == null || summary.flags() == null ? new String[0]
                : summary.flags().raised().toArray(String[]::new);
    }

    private static void steering(CampusReadModel campus) {
        SteeringState state = campus.steering;
        campus.steeringYear = state == null ? null : state.lastCompleteYear();
        campus.steeringWithTarget = state == null ? 0 : state.indicatorsWithTarget();
        campus.steeringRecentValues = state == null ? null : state.indicatorsWithRecentValue();
        campus.steeringPlanCompletion = state == null ? null : state.planCompletionPercent();
        List<HeadlineState> headlines = state == null ? null : state.headlines();
        campus.headlineIndicators = headlines == null ? null : headlines.stream().map(HeadlineState::indicator)
                .toArray(String[]::new);
        campus.headlineHorizons = headlines == null ? null : headlines.stream().map(HeadlineState::horizon)
                .toArray(String[]::new);
        campus.headlineYears = headlines == null ? null : headlines.stream().map(HeadlineState::year)
                .toArray(Integer[]::new);
        campus.headlineValues = headlines == null ? null : headlines.stream().map(HeadlineState::value)
                .toArray(BigDecimal[]::new);
        campus.headlineTargets = headlines == null ? null : headlines.stream().map(HeadlineState::target)
                .toArray(BigDecimal[]::new);
        campus.headlineGaps = headlines == null ? null : headlines.stream().map(HeadlineState::gapToTarget)
                .toArray(BigDecimal[]::new);
    }
}
