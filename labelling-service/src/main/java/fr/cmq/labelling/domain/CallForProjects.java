package fr.cmq.labelling.domain;

import fr.cmq.common.persistence.CreatedEntity;
import fr.cmq.common.reference.ApplicationPart;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A national call for projects ("appel à projets"), with its sections and the lists it produced. */
@Entity
@Table(name = "call_for_projects")
public class CallForProjects extends CreatedEntity {

    /** One section ("volet") of the call, as Tableau 1 numbers it. */
    public record Section(String code, String label) {
    }

    /** One list of campuses established under the call (Tableau 2). */
    public record LabelList(String act, Integer campusesLabelled) {
    }

    @Id
    public UUID id;
    public String code;
    public Integer rank;
    public String title;
    public LocalDate callDate;
    public String publication;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Section> sections = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<LabelList> labelLists = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ApplicationPart> requiredParts = new ArrayList<>();
    public String source;

    /** The code of a call, or null. */
    public static String codeOf(UUID callId) {
        CallForProjects call = findById(callId);
        return call == null ? null : call.code;
    }

    public static Optional<CallForProjects> byCode(String code) {
        return CallForProjects.<CallForProjects>find("code", code).firstResultOptional();
    }
}
