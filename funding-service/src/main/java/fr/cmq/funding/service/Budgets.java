package fr.cmq.funding.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.ETags;
import fr.cmq.funding.api.BudgetRequest;
import fr.cmq.funding.api.BudgetView;
import fr.cmq.funding.api.Limits;
import fr.cmq.funding.domain.Budget;
import fr.cmq.funding.domain.BudgetKind;
import fr.cmq.funding.domain.BudgetUse;
import fr.cmq.funding.domain.Contribution;
import fr.cmq.funding.domain.UseLine;
import fr.cmq.funding.events.FundingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Use cases of a campus's yearly budgets; each write runs in one transaction with its outbox event. */
@ApplicationScoped
public class Budgets {

    private final Outbox outbox;
    private final CampusDirectory directory;
    private final CampusLock campusLock;

    public Budgets(Outbox outbox, CampusDirectory directory, CampusLock campusLock) {
        this.outbox = outbox;
        this.directory = directory;
        this.campusLock = campusLock;
    }

    /** The outcome of a replacement: the budget after it, and whether it was created by it. */
    public record Saved(BudgetView budget, boolean created) {
    }

    /**
     * Creates or replaces the budget of a campus for a year and kind. An existing budget is replaced only
     * with an {@code If-Match} naming its current version (428 without, 412 when stale, nothing changed);
     * a budget that does not exist yet is created without {@code If-Match} (412 if one is sent, as RFC 9110 asks).
     */
    @Transactional
    public Saved put(KnownCampus campus, int year, BudgetKind kind, BudgetRequest request, String ifMatch,
                     String actor, boolean withAudit) {
        check(request);
        campusLock.lock(campus.id());
        Optional<Budget> existing = find(campus.id(), year, kind);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Budget budget;
        boolean created = existing.isEmpty();
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ProblemException(412, "precondition-failed", "Precondition failed",
                        "No " + kind + " budget exists yet for " + year + "; create it without If-Match",
                        List.of(new FieldError("If-Match", "stale")));
            }
            budget = new Budget();
            budget.id = UUID.randomUUID();
            budget.campusId = campus.id();
            budget.year = year;
            budget.kind = kind;
            budget.version = 1;
            budget.createdAt = now;
            budget.createdBy = actor;
        } else {
            budget = existing.get();
            ETags.requireMatch(ifMatch, budget.version);
            budget.version++;
        }
        budget.holder = request.holder();
        budget.holderName = request.holderName() == null || request.holderName().isBlank()
                ? null : request.holderName().strip();
        budget.uses.clear();
        for (BudgetRequest.UseItem item : request.uses()) {
            budget.uses.add(new UseLine(item.use(), item.amountCents()));
        }
        budget.contributions.clear();
        for (BudgetRequest.ContributionItem item : request.contributions()) {
            Contribution c = new Contribution();
            c.funderName = item.funderName().strip();
            c.funderType = item.funderType();
            c.amountCents = item.amountCents();
            c.nature = item.nature();
            c.modality = item.modality();
            c.status = item.status();
            budget.contributions.add(c);
        }
        budget.totalResourcesCents = request.contributions().stream().mapToLong(BudgetRequest.ContributionItem::amountCents).sum();
        budget.totalUsesCents = request.uses().stream().mapToLong(BudgetRequest.UseItem::amountCents).sum();
        budget.updatedAt = now;
        budget.updatedBy = actor;
        if (created) {
            budget.persist();
        }
        budget.flush();
        outbox.append(created ? FundingEvents.BUDGET_DECLARED : FundingEvents.BUDGET_UPDATED, campus.id(), actor,
                BudgetView.of(budget, false));
        return new Saved(BudgetView.of(budget, withAudit), created);
    }

    public BudgetView get(UUID campusId, int year, BudgetKind kind, boolean withAudit) {
        directory.require(campusId);
        return find(campusId, year, kind).map(b -> BudgetView.of(b, withAudit))
                .orElseThrow(() -> ProblemException.notFound("The " + kind + " budget of campus " + campusId
                        + " for " + year));
    }

    public List<BudgetView> list(UUID campusId, BudgetKind kind, boolean withAudit) {
        directory.require(campusId);
        List<Budget> budgets = kind == null
                ? Budget.list("campusId", campusId)
                : Budget.list("campusId = ?1 and kind = ?2", campusId, kind);
        return budgets.stream()
                .sorted(Comparator.comparingInt((Budget b) -> b.year).thenComparing(b -> b.kind))
                .map(b -> BudgetView.of(b, withAudit)).toList();
    }

    private static Optional<Budget> find(UUID campusId, int year, BudgetKind kind) {
        return Budget.find("campusId = ?1 and year = ?2 and kind = ?3", campusId, year, kind).firstResultOptional();
    }

    /** Rules beyond each field's own bounds: a use listed once, totals within the sane bound. */
    private static void check(BudgetRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<BudgetUse> seen = EnumSet.noneOf(BudgetUse.class);
        for (int i = 0; i < request.uses().size(); i++) {
            if (!seen.add(request.uses().get(i).use())) {
                errors.add(new FieldError("uses[" + i + "].use", "use " + request.uses().get(i).use()
                        + " is listed twice; give one amount per use"));
            }
        }
        long resources = 0;
        for (BudgetRequest.ContributionItem c : request.contributions()) {
            resources += c.amountCents();
        }
        long uses = 0;
        for (BudgetRequest.UseItem u : request.uses()) {
            uses += u.amountCents();
        }
        if (resources > Limits.MAX_AMOUNT_CENTS) {
            errors.add(new FieldError("contributions", "the contributions add up to more than 1 000 000 000 EUR"));
        }
        if (uses > Limits.MAX_AMOUNT_CENTS) {
            errors.add(new FieldError("uses", "the uses add up to more than 1 000 000 000 EUR"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
