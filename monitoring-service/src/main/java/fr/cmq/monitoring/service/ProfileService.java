package fr.cmq.monitoring.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.CampusWrites;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.monitoring.domain.CampusProfile;
import fr.cmq.monitoring.domain.LegalFormChange;
import fr.cmq.monitoring.domain.LegalFormHistory;
import fr.cmq.monitoring.events.MonitoringEventData;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Use cases of a campus's profile; each write runs in one transaction with its outbox events. */
@ApplicationScoped
public class ProfileService {

    @Inject
    CampusDirectory directory;
    @Inject
    CampusWrites writes;
    @Inject
    Outbox outbox;
    @Inject
    CmqClock clock;

    /** The outcome of a PUT: the profile, whether it was created by it, and whether it changed (created included). */
    public record Result(CampusProfile profile, boolean created, boolean changed) {
    }

    public CampusProfile get(UUID campusId) {
        directory.require(campusId);
        return find(campusId);
    }

    /** The legal forms of the campus, oldest first; who recorded each is shown to the national role only. */
    public List<LegalFormHistory.Period> history(UUID campusId, Caller caller) {
        directory.require(campusId);
        find(campusId);
        return LegalFormHistory.periods(LegalFormChange.list("campusId", Sort.by("id"), campusId),
                caller.isNational());
    }

    /**
     * Creates or replaces the profile ({@link CampusWrites}: who may write is decided before the body is
     * validated). Replacing needs the current ETag in {@code ifMatch}. A new legal form (or GIP kind) is appended
     * to the history and announced by LegalFormChanged; every PUT that changes something publishes
     * ProfileChanged.
     */
    @Transactional
    public Result put(UUID campusId, String ifMatch, ProfileRequest request, Caller caller) {
        return put(campusId, ifMatch, true, request, caller);
    }

    /**
     * The profile line of an import: creates or replaces the profile as {@link #put} does, without If-Match (the
     * import replaces what is stored, as the portal holds it).
     */
    @Transactional
    public Result replace(UUID campusId, ProfileRequest request, Caller caller) {
        return put(campusId, null, false, request, caller);
    }

    private Result put(UUID campusId, String ifMatch, boolean conditional, ProfileRequest request, Caller caller) {
        UUID campus = writes.open(campusId, caller, request, () -> ProfileRules.check(request));
        FactSource source = writes.source(campus, request.source(), caller);
        CampusProfile profile = CampusProfile.findById(campus, LockModeType.PESSIMISTIC_WRITE);
        boolean created = profile == null;
        Instant now = clock.now();
        String actor = caller.subject();
        LegalForm previousForm = null;
        GipKind previousKind = null;
        if (conditional) {
            ConditionalRequests.requireIfMatch(ifMatch, created ? null : ETags.of(profile.version()));
        }
        if (created) {
            profile = new CampusProfile();
            profile.campusId = campus;
            profile.recordCreation(actor, now);
        } else {
            previousForm = profile.legalForm;
            previousKind = profile.gipKind;
        }
        boolean formChanged = created || profile.legalFormDiffers(request.legalForm(), request.gipKind());
        profile.legalFormSince = legalFormSince(profile, created, formChanged, request.legalFormSince(), clock.today());
        CampusProfile.Content before = created ? null : profile.content();
        apply(profile, request);
        if (!created && before.equals(profile.content())) {
            return new Result(profile, false, false); // nothing changed: no new version, no event (the source stays)
        }
        profile.source = source;
        if (!created) {
            profile.recordUpdate(actor, now);
        }
        profile.persist();
        if (formChanged) {
            LegalFormChange change = new LegalFormChange();
            change.campusId = campus;
            change.legalForm = profile.legalForm;
            change.gipKind = profile.gipKind;
            change.effectiveOn = profile.legalFormSince;
            change.source = source.copy();
            change.recordCreation(actor, now);
            change.persist();
        }
        CampusProfile.flush(); // the new version exists from here
        if (formChanged) {
            outbox.append(MonitoringEventTypes.LEGAL_FORM_CHANGED, campus, actor, source,
                    MonitoringEventData.legalForm(profile, previousForm, previousKind));
        }
        outbox.append(MonitoringEventTypes.PROFILE_CHANGED, campus, actor, source, MonitoringEventData.profile(profile));
        return new Result(profile, created, true);
    }

    /**
     * The date of the legal form after this PUT: a new legal form takes effect on the date given (today in France
     * if none), never before the current one; an unchanged legal form keeps its date.
     */
    private static LocalDate legalFormSince(CampusProfile profile, boolean created, boolean formChanged,
                                            LocalDate requested, LocalDate today) {
        if (formChanged) {
            LocalDate since = requested == null ? today : requested;
            if (!created && since.isBefore(profile.legalFormSince)) {
                throw ProblemException.unprocessable("legalFormSince", "a new legal form cannot take effect ("
                        + since + ") before the current one did (" + profile.legalFormSince + ")");
            }
            return since;
        }
        if (requested != null && !requested.equals(profile.legalFormSince)) {
            throw ProblemException.unprocessable("legalFormSince", "the legal form does not change: its date ("
                    + profile.legalFormSince + ") cannot be moved; record a change of legal form instead");
        }
        return profile.legalFormSince;
    }

    private static CampusProfile find(UUID campusId) {
        CampusProfile profile = CampusProfile.findById(campusId);
        if (profile == null) {
            throw ProblemException.notFound("The profile of campus " + campusId + " (not provided yet)");
        }
        return profile;
    }

    private static void apply(CampusProfile p, ProfileRequest r) {
        p.legalForm = r.legalForm();
        p.gipKind = r.gipKind();
        p.hasLegalPersonality = r.hasLegalPersonality();
        p.hasOwnBudget = r.hasOwnBudget();
        SupportEstablishment support = r.supportEstablishment();
        p.supportName = support == null ? null : support.name().strip();
        p.supportUai = support == null ? null : support.uai();
        p.supportType = support == null ? null : support.type();
        p.supportRole = support == null ? null : support.role();
        DirectorPost post = r.directorPost();
        p.directorPostExists = post.exists();
        // As the column stores it (numeric(4,2)), so that an unchanged FTE leaves the row clean.
        p.directorFte = post.fte() == null ? null : post.fte().setScale(2, RoundingMode.UNNECESSARY);
        p.directorPostVacant = post.vacant();
        p.directorMissionLetter = post.missionLetter();
        p.steeringCommittee = r.governance().steeringCommittee();
        p.managementCommittee = r.governance().managementCommittee();
        p.workingGroups = AuditedEntity.keepOrReplace(p.workingGroups,
                WorkingGroups.stripped(r.governance().workingGroups()));
        p.higherEducationInGovernance = r.governance().higherEducationInGovernance();
    }
}
