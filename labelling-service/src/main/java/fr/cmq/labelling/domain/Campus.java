package fr.cmq.labelling.domain;

import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.reference.LabelBasis;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.rules.LabelCalendar;
import fr.cmq.common.rules.LabelFacts;
import fr.cmq.common.rules.SearchText;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A campus des métiers et des qualifications, with its one identifier for life. Its version (JPA's, from
 * {@link AuditedEntity}) is its ETag: every accepted change of the campus or of its label moves it.
 */
@Entity
@Table(name = "campus")
public class Campus extends AuditedEntity {

    @Id
    public UUID id;
    public String designation;
    public String familyCode;
    public String regionCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campus_academy", joinColumns = @JoinColumn(name = "campus_id"))
    @Column(name = "academy_code")
    @OrderColumn(name = "position")
    public List<String> academyCodes = new ArrayList<>();

    /** Names the campus is communicated under (e.g. "campus Henri Fabre"). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> communicationNames = new ArrayList<>();
    /** Its earlier designations, kept when it is renamed (the id never changes). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> formerDesignations = new ArrayList<>();
    /**
     * The old origin text of reference records ("Annexe 4, rapport IGAS/IGEN/IGAENR 2017 (ligne n)"); null when
     * entered. Carried as the events' data.source; the campus's source is {@link #factSource}.
     */
    @Column(name = "source")
    public String sourceNote;
    /** Where the campus's register entry comes from (issue 13): its kind is the kind of every fact of the campus. */
    @Embedded
    public FactSource factSource;
    /** Designation and aliases, lower case without accents, for the {@code q} filter. */
    public String searchText;

    @Enumerated(EnumType.STRING)
    public LabelBasis labelBasis = LabelBasis.NONE;
    public LocalDate labelStartDate;
    public LocalDate labelRenewalDueFrom;
    public LocalDate labelExpiryDate;
    public LocalDate labelWithdrawnOn;

    /** A campus entered through the API: version 1, no label recorded yet. */
    public static Campus register(String designation, String familyCode, String regionCode, List<String> academyCodes,
                                  List<String> communicationNames, String actor, Instant at) {
        return register(UUID.randomUUID(), designation, familyCode, regionCode, academyCodes, communicationNames,
                actor, at);
    }

    /** As {@link #register(String, String, String, List, List, String, Instant)}, with the id a portal chose (an import). */
    public static Campus register(UUID id, String designation, String familyCode, String regionCode,
                                  List<String> academyCodes, List<String> communicationNames, String actor, Instant at) {
        return register(id, designation, familyCode, regionCode, academyCodes, communicationNames,
                FactSource.declared(null, null), actor, at);
    }

    /** A campus registered with the source of its entry (issue 13). */
    public static Campus register(UUID id, String designation, String familyCode, String regionCode,
                                  List<String> academyCodes, List<String> communicationNames, FactSource source,
                                  String actor, Instant at) {
        Campus campus = new Campus();
        campus.factSource = source;
        campus.id = id;
        campus.designation = designation;
        campus.familyCode = familyCode;
        campus.regionCode = regionCode;
        campus.academyCodes = new ArrayList<>(academyCodes);
        campus.communicationNames = new ArrayList<>(communicationNames);
        campus.setLabelFacts(LabelFacts.NONE);
        campus.refreshSearchText();
        campus.recordCreation(actor, at);
        return campus;
    }

    /**
     * The campus, locked until the end of the transaction (writers of one campus take turns), or null; first in the
     * transaction, so that it is read once the lock is held. The row is locked alone, then read: locking while
     * reading would join the academies (an eager collection), so Hibernate would lock in a second statement that
     * refuses the version the writer before has just committed (a 412 for a write that did not send If-Match).
     */
    public static Campus findForWrite(UUID id) {
        boolean exists = !getEntityManager().createNativeQuery("select id from campus where id = :id for update")
                .setParameter("id", id).getResultList().isEmpty();
        return exists ? findById(id) : null;
    }

    /** A new designation keeps the former one among {@link #formerDesignations}; the id never changes. */
    public void rename(String newDesignation) {
        if (!newDesignation.equals(designation)) {
            formerDesignations = new ArrayList<>(formerDesignations);
            formerDesignations.add(designation);
            designation = newDesignation;
        }
    }

    /** The kind of source of the campus's entry: demonstration facts go on demonstration campuses only. */
    public SourceKind sourceKind() {
        return factSource == null ? SourceKind.DECLARED : factSource.kind;
    }

    /** The label's status on {@code day}, by the platform's label calendar. */
    public LabelStatus labelStatusOn(LocalDate day) {
        return LabelCalendar.statusOn(labelFacts(), day);
    }

    public LabelFacts labelFacts() {
        return new LabelFacts(labelBasis, labelStartDate, labelExpiryDate, labelWithdrawnOn);
    }

    /** Keeps the label facts on the row (with the first day of the renewal year, so that the register filters on it). */
    public void setLabelFacts(LabelFacts facts) {
        labelBasis = facts.basis();
        labelStartDate = facts.startDate();
        labelRenewalDueFrom = facts.renewalDueFrom();
        labelExpiryDate = facts.expiryDate();
        labelWithdrawnOn = facts.withdrawnOn();
    }

    /** Recomputes {@link #searchText} from the designation and the aliases. */
    public void refreshSearchText() {
        List<String> names = new ArrayList<>();
        names.add(designation);
        names.addAll(communicationNames);
        names.addAll(formerDesignations);
        searchText = SearchText.normalise(String.join(" | ", names));
    }
}
