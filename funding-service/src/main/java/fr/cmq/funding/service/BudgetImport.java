package fr.cmq.funding.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.imports.CampusLines;
import fr.cmq.common.imports.ImportLine;
import fr.cmq.common.imports.ImportOutcome;
import fr.cmq.common.imports.RecordType;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.rules.YearBounds;
import fr.cmq.common.security.Caller;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code budget} lines of a region's import: {@code campusId}, {@code year}, {@code kind} (FORECAST, EXECUTED) and
 * the fields of PUT .../budgets/{year}, written by {@link BudgetService#replace} (BudgetDeclared, BudgetUpdated).
 */
@ApplicationScoped
public class BudgetImport implements RecordType<BudgetRequest> {

    private static final Map<String, Class<?>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(CampusLines.CAMPUS_ID, UUID.class);
        KEYS.put("year", Integer.class);
        KEYS.put("kind", String.class);
    }

    @Inject
    BudgetService budgets;
    @Inject
    CampusDirectory directory;
    @Inject
    Caller caller;
    @Inject
    CmqClock clock;

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public Map<String, Class<?>> keys() {
        return KEYS;
    }

    @Override
    public Class<BudgetRequest> body() {
        return BudgetRequest.class;
    }

    @Override
    public String id(ImportLine line) {
        return line.uuid(CampusLines.CAMPUS_ID) + "/" + line.integer("year") + "/" + line.text("kind");
    }

    @Override
    public void precheck(ImportLine line, BudgetRequest body) {
        YearBounds.require("year", line.integer("year"), clock.today());
        Params.code("kind", line.text("kind"), BudgetKind.class);
        BudgetService.checkRules(body);
    }

    @Override
    public List<UUID> campuses(List<ImportLine> lines) {
        return CampusLines.campuses(lines);
    }

    @Override
    public ImportOutcome write(ImportLine line, BudgetRequest body) {
        CampusRecordWriter.Saved<?> saved = budgets.replace(CampusLines.requireInRegion(directory, line),
                line.integer("year"), Params.code("kind", line.text("kind"), BudgetKind.class), body, caller);
        return saved.created() ? ImportOutcome.CREATED : saved.changed() ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
    }
}
