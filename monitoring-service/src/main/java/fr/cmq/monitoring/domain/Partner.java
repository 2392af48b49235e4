package fr.cmq.monitoring.domain;

import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.reference.CompanySize;
import fr.cmq.common.reference.MembershipBasis;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.reference.Sector;
import fr.cmq.common.reference.TrainingRole;
import fr.cmq.common.source.FactSource;
import io.quarkus.panache.common.Parameters;
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

/** The membership of one organisation in one campus, with the two axes of recommendation 6. */
@Entity
@Table(name = "partner")
public class Partner extends AuditedEntity {

    @Id
    public UUID id;
    public UUID campusId;
    /** Where the partner's facts come from (issue 13). */
    @Embedded
    public FactSource source;
    public String name;
    public String siret;
    public String uai;
    @Enumerated(EnumType.STRING)
    public PartnerCategory category;
    @Enumerated(EnumType.STRING)
    public CompanySize companySize;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @Enumerated(EnumType.STRING)
    public TrainingRole trainingRole;
    @Enumerated(EnumType.STRING)
    public MembershipBasis membershipBasis;
    public boolean inGovernance;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_working_group", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "theme")
    @OrderColumn(name = "position")
    public List<String> workingGroups = new ArrayList<>();
    public LocalDate joinedOn;
    public LocalDate leftOn;

    /** The active partners of a campus (no left date). */
    public static List<Partner> activeOf(UUID campusId) {
        return list("campusId = ?1 and leftOn is null", campusId);
    }

    /**
     * Up to {@code max} partners of a campus after {@code after} (by identifier; all if null): only the active ones
     * ({@code active} true), only those that left (false) or all (null); of one category if given.
     */
    public static List<Partner> pageOf(UUID campusId, Boolean active, PartnerCategory category, UUID after, int max) {
        StringBuilder query = new StringBuilder("campusId = :campus");
        Parameters params = Parameters.with("campus", campusId);
        if (active != null) {
            query.append(active ? " and leftOn is null" : " and leftOn is not null");
        }
        if (category != null) {
            query.append(" and category = :category");
            params.and("category", category);
        }
        if (after != null) {
            query.append(" and id > :after");
            params.and("after", after);
        }
        return find(query.toString(), Sort.by("id"), params).page(0, max).list();
    }

    /** Whether an active partner of the campus other than {@code except} has this SIRET (or UAI). */
    public static boolean activeWithIdentifier(UUID campusId, Identifier field, String value, UUID except) {
        String query = "campusId = :campus and " + field.name().toLowerCase() + " = :value and leftOn is null"
                + (except == null ? "" : " and id <> :except");
        Parameters params = Parameters.with("campus", campusId).and("value", value);
        if (except != null) {
            params.and("except", except);
        }
        return count(query, params) > 0;
    }

    /** The identifiers two active partners of one campus cannot share. */
    public enum Identifier {
        SIRET, UAI
    }

    /** A partner is active until it has a left date. */
    public boolean active() {
        return leftOn == null;
    }

    /** Everything a client writes, as a value: two equal contents mean a PUT changed nothing. */
    public record Content(String name, String siret, String uai, PartnerCategory category, CompanySize companySize,
                          Sector sector, TrainingRole trainingRole, MembershipBasis membershipBasis,
                          boolean inGovernance, List<String> workingGroups, LocalDate joinedOn, LocalDate leftOn) {
    }

    public Content content() {
        return new Content(name, siret, uai, category, companySize, sector, trainingRole, membershipBasis,
                inGovernance, List.copyOf(workingGroups), joinedOn, leftOn);
    }
}
