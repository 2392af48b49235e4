package fr.cmq.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The membership of one organisation in one campus, with the two axes of recommendation 6. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "campus_id")
    public UUID campusId;
    public String name;
    public String siret;
    public String uai;
    @Enumerated(EnumType.STRING)
    public PartnerCategory category;
    @Enumerated(EnumType.STRING)
    @Column(name = "company_size")
    public CompanySize companySize;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    @Enumerated(EnumType.STRING)
    @Column(name = "training_role")
    public TrainingRole trainingRole;
    @Enumerated(EnumType.STRING)
    @Column(name = "membership_basis")
    public MembershipBasis membershipBasis;
    @Column(name = "in_governance")
    public boolean inGovernance;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_working_group", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "theme")
    @OrderColumn(name = "position")
    public List<String> workingGroups = new ArrayList<>();
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    @Column(name = "left_on")
    public LocalDate leftOn;

    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** A partner is active until it has a left date. */
    public boolean active() {
        return leftOn == null;
    }
}
