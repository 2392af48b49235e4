package fr.cmq.monitoring.domain;

import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.common.reference.SupportRole;
import fr.cmq.common.source.FactSource;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A campus's profile: legal form, support establishment (kept apart from the legal form), operational
 * director post (never a person's name) and governance. One per campus, replaced wholesale by PUT. Its version
 * (the ETag) is JPA's, moved by every accepted change.
 */
@Entity
@Table(name = "campus_profile")
public class CampusProfile extends AuditedEntity {

    @Id
    public UUID campusId;

    /** Where the profile's facts come from (issue 13). */
    @Embedded
    public FactSource source;

    @Enumerated(EnumType.STRING)
    public LegalForm legalForm;
    @Enumerated(EnumType.STRING)
    public GipKind gipKind;
    public LocalDate legalFormSince;
    public boolean hasLegalPersonality;
    public boolean hasOwnBudget;

    public String supportName;
    public String supportUai;
    @Enumerated(EnumType.STRING)
    public SupportEstablishmentType supportType;
    @Enumerated(EnumType.STRING)
    public SupportRole supportRole;

    public boolean directorPostExists;
    public BigDecimal directorFte;
    public Boolean directorPostVacant;
    public Boolean directorMissionLetter;

    public boolean steeringCommittee;
    public boolean managementCommittee;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campus_profile_working_group", joinColumns = @JoinColumn(name = "campus_id"))
    @Column(name = "theme")
    @OrderColumn(name = "position")
    public List<String> workingGroups = new ArrayList<>();
    public boolean higherEducationInGovernance;

    /** Everything a client writes, as a value: two equal contents mean a PUT changed nothing. */
    public record Content(LegalForm legalForm, GipKind gipKind, LocalDate legalFormSince, boolean hasLegalPersonality,
                          boolean hasOwnBudget, String supportName, String supportUai,
                          SupportEstablishmentType supportType, SupportRole supportRole, boolean directorPostExists,
                          BigDecimal directorFte, Boolean directorPostVacant, Boolean directorMissionLetter,
                          boolean steeringCommittee, boolean managementCommittee, List<String> workingGroups,
                          boolean higherEducationInGovernance) {
    }

    public Content content() {
        return new Content(legalForm, gipKind, legalFormSince, hasLegalPersonality, hasOwnBudget, supportName,
                supportUai, supportType, supportRole, directorPostExists,
                directorFte == null ? null : directorFte.stripTrailingZeros(), directorPostVacant,
                directorMissionLetter, steeringCommittee, managementCommittee, List.copyOf(workingGroups),
                higherEducationInGovernance);
    }

    /** Whether {@code form} (with {@code kind} for a GIP) differs from the recorded legal form. */
    public boolean legalFormDiffers(LegalForm form, GipKind kind) {
        return legalForm != form || gipKind != kind;
    }
}
