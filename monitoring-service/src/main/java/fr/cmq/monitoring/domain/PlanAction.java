package fr.cmq.monitoring.domain;

import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.reference.ActionStatus;
import fr.cmq.common.reference.ActionTheme;
import fr.cmq.common.source.FactSource;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An action sheet of a campus's annual action plan (Annexe 3, Pilotage du campus): its theme (a section of Tableau 1),
 * the partners involved, its planned budget, and the score the steering committee (COPIL) gave its completion.
 */
@Entity
@Table(name = "plan_action")
public class PlanAction extends AuditedEntity {

    @Id
    public UUID id;
    public UUID campusId;
    /** Where the action's facts come from (issue 13). */
    @Embedded
    public FactSource source;
    @Column(name = "year")
    public int year;
    public String title;
    @Enumerated(EnumType.STRING)
    public ActionTheme theme;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_action_partner", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "partner_id")
    @OrderColumn(name = "position")
    public List<UUID> partnerIds = new ArrayList<>();
    public Long plannedBudgetCents;
    @Enumerated(EnumType.STRING)
    public ActionStatus status;
    /** The steering committee's score in percent: 25, 50, 75, 100 or more; null until scored. */
    public Integer score;
    public LocalDate committeeDate;

    /** The actions of the campus's plan of a year, in the order they were added. */
    public static List<PlanAction> ofPlan(UUID campusId, int year) {
        return list("campusId = ?1 and year = ?2", Sort.by("createdAt").and("id"), campusId, year);
    }

    /** Every action of the campus, every year. */
    public static List<PlanAction> ofCampus(UUID campusId) {
        return list("campusId", Sort.by("year").and("createdAt").and("id"), campusId);
    }
}
