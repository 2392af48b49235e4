package fr.cmq.monitoring.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.ETags;
import fr.cmq.monitoring.api.DirectorPost;
import fr.cmq.monitoring.api.LegalFormPeriod;
import fr.cmq.monitoring.api.ProfileRequest;
import fr.cmq.monitoring.api.ProfileView;
import fr.cmq.monitoring.domain.CampusProfile;
import fr.cmq.monitoring.domain.GipKind;
import fr.cmq.monitoring.domain.LegalForm;
import fr.cmq.monitoring.domain.LegalFormChange;
import fr.cmq.monitoring.events.LegalFormChangedData;
import fr.cmq.monitoring.events.MonitoringEvents;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Use cases of a campus's profile; each runs in one transaction with its outbox events. */
@ApplicationScoped
public class ProfileService {

    private final Outbox outbox;
    private final CampusDirectory directory;
    private final CampusLocks locks;

    public ProfileService(Outbox outbox, CampusDirectory directory, CampusLocks locks) {
        this.outbox = outbox;
        this.directory = directory;
        this.locks = locks;
    }

    public ProfileView get(UUID campusId) {
        directory.require(campusId);
        return ProfileView.of(find(campusId));
    }

    /** The legal forms of the campus, oldest first; who recorded each only if {@code withActors} (national). */
    public List<LegalFormPeriod> history(UUID campusId, boolean withActors) {
        directory.require(campusId);
        find(campusId);
        List<LegalFormChange> changes = LegalFormChange.list("campusId", Sort.by("id"), campusId);
        List<LegalFormPeriod> periods = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LegalFormChange c = changes.get(i);
            LocalDate to = i + 1 < changes.size() ? changes.get(i + 1).effectiveOn : null;
            periods.add(new LegalFormPeriod(c.legalForm, c.gipKind, c.effectiveOn, to, c.recordedAt,
                    withActors ? c.recordedBy : null));
        }
        return periods;
    }

    /**
     * Creates or replaces the profile. Replacing needs the current ETag in {@code ifMatch}. A new legal form
     * (or GIP kind) is appended to the history and announced by LegalFormChanged; every accepted PUT that
     * changes something publishes ProfileChanged.
     */
    @Transactional
    public Result put(KnownCampus campus, String ifMatch, ProfileRequest request, String actor) {
        validate(request);
        locks.lock(campus.id());
        CampusProfile profile = CampusProfile.findById(campus.id(), LockModeType.PESSIMISTIC_WRITE);
        boolean created = profile == null;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LegalForm previousForm = null;
        GipKind previousKind = null;
        if (created) {
            profile = new CampusProfile();
            profile.campusId = campus.id();
            profile.version = 0;
            profile.createdAt = now;
            profile.createdBy = actor;
        } else {
            ETags.requireMatch(ifMatch, profile.version);
            previousForm = profile.legalForm;
            previousKind = profile.gipKind;
        }
        boolean formChanged = created || previousForm != request.legalForm()
                || !Objects.equals(previousKind, request.gipKind());
        if (formChanged) {
            LocalDate since = request.legalFormSince() == null ? today : request.legalFormSince();
            if (!created && since.isBefore(profile.legalFormSince)) {
                throw ProblemException.unprocessable("legalFormSince", "a new legal form cannot take effect ("
                        + since + ") before the current one did (" + profile.legalFormSince + ")");
            }
            profile.legalFormSince = since;
        } else if (request.legalFormSince() != null && !request.legalFormSince().equals(profile.legalFormSince)) {
            throw ProblemException.unprocessable("legalFormSince", "the legal form does not change: its date ("
                    + profile.legalFormSince + ") cannot be moved; record a change of legal form instead");
        }
        ProfileView before = created ? null : ProfileView.of(profile);
        apply(profile, request);
        if (!created && sameContent(before, ProfileView.of(profile))) {
            return new Result(before, false);
        }
        profile.version++;
        profile.updatedAt = now;
        profile.updatedBy = actor;
        profile.persist();
        if (formChanged) {
            LegalFormChange change = new LegalFormChange();
            change.campusId = campus.id();
            change.legalForm = profile.legalForm;
            change.gipKind = profile.gipKind;
            change.effectiveOn = profile.legalFormSince;
            change.recordedAt = now;
            change.recordedBy = actor;
            change.persist();
        }
        CampusProfile.flush();
        ProfileView view = ProfileView.of(profile);
        if (formChanged) {
            outbox.append(MonitoringEvents.LEGAL_FORM_CHANGED, campus.id(), actor,
                    new LegalFormChangedData(profile.legalForm, profile.gipKind, profile.legalFormSince,
                            previousForm, previousKind, profile.hasLegalPersonality, profile.hasOwnBudget));
        }
        outbox.append(MonitoringEvents.PROFILE_CHANGED, campus.id(), actor, view);
        return new Result(view, created);
    }

    /** The outcome of a PUT: the profile and whether it was created by it. */
    public record Result(ProfileView profile, boolean created) {
    }

    private static boolean sameContent(ProfileView a, ProfileView b) {
        return a.legalForm() == b.legalForm() && Objects.equals(a.gipKind(), b.gipKind())
                && Objects.equals(a.legalFormSince(), b.legalFormSince())
                && a.hasLegalPersonality() == b.hasLegalPersonality() && a.hasOwnBudget() == b.hasOwnBudget()
                && Objects.equals(a.supportEstablishment(), b.supportEstablishment())
                && Objects.equals(a.directorPost(), b.directorPost())
                && Objects.equals(a.governance(), b.governance());
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
        if (r.supportEstablishment() == null) {
            p.supportName = null;
            p.supportUai = null;
            p.supportType = null;
            p.supportRole = null;
        } else {
            p.supportName = r.supportEstablishment().name().strip();
            p.supportUai = r.supportEstablishment().uai();
            p.supportType = r.supportEstablishment().type();
            p.supportRole = r.supportEstablishment().role();
        }
        DirectorPost post = r.directorPost();
        p.directorPostExists = post.exists();
        p.directorFte = post.fte() == null ? null : post.fte().stripTrailingZeros();
        p.directorPostVacant = post.vacant();
        p.directorMissionLetter = post.missionLetter();
        p.steeringCommittee = r.governance().steeringCommittee();
        p.managementCommittee = r.governance().managementCommittee();
        p.workingGroups.clear();
        if (r.governance().workingGroups() != null) {
            r.governance().workingGroups().forEach(theme -> p.workingGroups.add(theme.strip()));
        }
        p.higherEducationInGovernance = r.governance().higherEducationInGovernance();
    }

    /** Rules between fields (400 naming the field, or 422 for the domain's rules); nothing is stored. */
    static void validate(ProfileRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.legalForm() == LegalForm.GIP && r.gipKind() == null) {
            errors.add(new FieldError("gipKind", "required when legalForm is GIP"));
        }
        if (r.legalForm() != LegalForm.GIP && r.gipKind() != null) {
            errors.add(new FieldError("gipKind", "only for legalForm GIP"));
        }
        DirectorPost post = r.directorPost();
        if (post.exists() && post.fte() == null) {
            errors.add(new FieldError("directorPost.fte", "required when the post exists"));
        }
        if (!post.exists()) {
            if (post.fte() != null) {
                errors.add(new FieldError("directorPost.fte", "only when the post exists"));
            }
            if (post.vacant() != null) {
                errors.add(new FieldError("directorPost.vacant", "only when the post exists"));
            }
            if (post.missionLetter() != null) {
                errors.add(new FieldError("directorPost.missionLetter", "only when the post exists"));
            }
        }
        if (r.governance().workingGroups() != null
                && r.governance().workingGroups().stream().map(String::strip).distinct().count()
                        != r.governance().workingGroups().size()) {
            errors.add(new FieldError("governance.workingGroups", "a theme is listed twice"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (r.legalForm() == LegalForm.SUPPORT_ESTABLISHMENT && r.supportEstablishment() == null) {
            throw ProblemException.unprocessable("supportEstablishment",
                    "a campus backed by a support establishment must name it");
        }
        if (r.legalForm() == LegalForm.SUPPORT_ESTABLISHMENT && r.hasLegalPersonality()) {
            throw ProblemException.unprocessable("hasLegalPersonality",
                    "a campus backed by a support establishment has no legal personality of its own (recommendation 8)");
        }
    }
}
