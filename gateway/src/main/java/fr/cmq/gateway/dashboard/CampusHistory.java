package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.Cursors;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campus's history: every change the three services' events made to it, in order (when it occurred, then the
 * service, then the event's version), with the recommendation 6 fields each changed (old and new value), read from
 * the read model's versions ({@link ReadModelHistory}): a change's "old" value is the one of the version of the same
 * part just before it in time, so an event that arrived late still shows what it changed then. Paged by a keyset
 * cursor. The actor (a person's identifier) is given to national callers only.
 */
@ApplicationScoped
public class CampusHistory {

    /** One changed field. */
    @Schema(name = "FieldChange", description = "A recommendation 6 field a change changed")
    public record FieldChange(
            @Schema(description = "The field, named as in the table's rows (partnerMatrix.publicInitial for a cell, "
                    + "funderSharePercents for the forecast budget's shares by funder type)") String field,
            @Schema(description = "Its value before (null when there was none)", nullable = true) Object oldValue,
            @Schema(description = "Its value after (null when removed)", nullable = true) Object newValue) {
    }

    /** One change of a campus. */
    @Schema(name = "CampusChange", description = "One event of a service that changed the campus in the national table")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(description = "labelling, monitoring or funding") String service,
            @Schema(description = "The event's type, e.g. BudgetUpdated") String eventType,
            UUID eventId,
            @Schema(description = "When the change was committed by its service (RFC 3339, UTC)") Instant occurredAt,
            @Schema(description = "The source of the change (the event's source object: kind, reference, role, "
                    + "regionCode, fileName, importedOn; a legacy event without one is DECLARED, a register entry "
                    + "of the 2017 report REPORT_2017 'Annexe 4')") Map<String, Object> source,
            @Schema(description = "The year of a budget or director funding change", nullable = true) Integer year,
            @Schema(description = "The recommendation 6 fields it changed (empty when it changed none of them, e.g. "
                    + "an executed budget or a partner's details)") List<FieldChange> changes,
            @Schema(description = "Who made the change (the token subject): national callers only", nullable = true)
            String actor) {
    }

    /** A page of a campus's history. */
    @Schema(name = "CampusHistoryPage", description = "A page of a campus's changes, oldest first")
    public record Page(List<Change> items,
                       @Schema(description = "Pass it as cursor for the next page; null on the last page",
                               nullable = true) String nextCursor) {
    }

    /** A field of the history: its name and its value as JSON in SQL, from a version row aliased {@code %1$s}. */
    private record Field(String name, String sql) {
    }

    private static final Map<String, List<Field>> CAMPUS_FIELDS = Map.of(
            "REGISTER", List.of(field("designation"), field("familyCode", "family_code"),
                    field("regionCode", "region_code"), field("academyCodes", "academy_codes")),
            "LABEL", List.of(field("labelStatus", "label_state"), field("labelStartDate", "label_start"),
                    field("labelExpiry", "label_expiry"), field("labelWithdrawnOn", "label_withdrawn_on")),
            "PROFILE", List.of(field("legalForm", "legal_form"), field("supportEstablishmentType", "support_type"),
                    field("directorPost", "director_post")),
            "PARTNERS", List.of(field("activePartners", "active_partners"),
                    field("partnerMatrix.publicInitial", "public_initial"),
                    field("partnerMatrix.publicContinuing", "public_continuing"),
                    field("partnerMatrix.privateInitial", "private_initial"),
                    field("partnerMatrix.privateContinuing", "private_continuing"),
                    field("partnerFlags", "partner_flags")),
            "STEERING", List.of(field("indicatorsWithTarget", "steering_with_target"),
                    field("planCompletionPercent", "steering_plan_completion")));
    private static final Map<String, List<Field>> YEAR_FIELDS = Map.of(
            "FORECAST", List.of(field("forecastBudgetCents", "forecast_budget_cents"),
                    new Field("funderSharePercents", "(select jsonb_object_agg(s.t, s.p) from unnest(%1$s.funder_types, "
                            + "%1$s.funder_percents) as s(t, p))"),
                    field("nonRectoratPercent", "non_rectorat_percent"),
                    field("exAntePercent", "ex_ante_percent")),
            "DIRECTOR_FUNDING", List.of(field("directorNonRectoratPercent", "director_non_rectorat_percent")));

    private static Field field(String name) {
        return field(name, name);
    }

    private static Field field(String name, String column) {
        return new Field(name, "to_jsonb(%1$s." + column + ")");
    }

    private static final String FIELD_END = "\u0001";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper objectMapper;

    /** The page of {@code limit} changes after the cursor (decoded; null for the first), with actors when asked. */
    public Page page(UUID campusId, String cursorKey, int limit, boolean withActors) {
        try (Connection connection = dataSource.getConnection()) {
            List<Logged> logged = changes(connection, campusId, cursorKey == null ? null : keyset(cursorKey),
                    limit + 1, withActors);
            boolean more = logged.size() > limit;
            List<Logged> shown = more ? logged.subList(0, limit) : logged;
            Map<Long, Diff> diffs = diffs(connection, shown.stream().map(Logged::id).toList());
            List<Change> items = shown.stream().map(l -> l.with(diffs.get(l.id()))).toList();
            return new Page(items, more ? Cursors.encode(shown.get(limit - 1).key()) : null);
        } catch (SQLException e) {
            throw new IllegalStateException("A campus's history cannot be read", e);
        }
    }

    /** A change as the log holds it: its id, its cursor key, and the change without the fields it changed. */
    private record Logged(long id, String key, Change change) {

        Change with(Diff diff) {
            return diff == null ? change : new Change(change.service(), change.eventType(), change.eventId(),
                    change.occurredAt(), change.source(), diff.year, diff.fields, change.actor());
        }
    }

    /** At most {@code count} changes of the campus after the keyset (null: from the first), oldest first. */
    private List<Logged> changes(Connection connection, UUID campusId, Object[] after, int count, boolean withActors)
            throws SQLException {
        String sql = """
                select change_id, service, event_type, event_id, occurred_at, occurred_at_key, event_version,
                    source::text, actor from campus_change where campus_id = ?"""
                + (after == null ? "" : " and (occurred_at, service, event_version, change_id) > (?, ?, ?, ?)")
                + " order by occurred_at, service, event_version, change_id limit ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setObject(i++, campusId);
            for (Object value : after == null ? new Object[0] : after) {
                statement.setObject(i++, value);
            }
            statement.setInt(i, count);
            List<Logged> logged = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("change_id");
                    String key = String.join(FIELD_END, rows.getString("occurred_at_key"), rows.getString("service"),
                            String.valueOf(rows.getLong("event_version")), String.valueOf(id));
                    logged.add(new Logged(id, key, new Change(rows.getString("service"),
                            rows.getString("event_type"), rows.getObject("event_id", UUID.class),
                            rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            sourceOf(rows.getString("source")), null, List.of(),
                            withActors ? rows.getString("actor") : null)));
                }
            }
            return logged;
        }
    }

    /** The fields a change changed, and the year of a year part. */
    private record Diff(Integer year, List<FieldChange> fields) {
    }

    private Map<Long, Diff> diffs(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, Diff> diffs = new HashMap<>();
        if (ids.isEmpty()) {
            return diffs;
        }
        read(connection, ids, "campus_row_version", "o.campus_id = v.campus_id and o.part = v.part", CAMPUS_FIELDS,
                diffs, false);
        read(connection, ids, "campus_year_row_version",
                "o.campus_id = v.campus_id and o.year = v.year and o.part = v.part", YEAR_FIELDS, diffs, true);
        return diffs;
    }

    /**
     * The versions the changes made in one version table, each against the version of the same part just before it
     * in time: the fields whose value differs (every field with a value for a part's first version).
     */
    private void read(Connection connection, List<Long> ids, String table, String samePart,
                      Map<String, List<Field>> fields, Map<Long, Diff> diffs, boolean years) throws SQLException {
        List<Field> all = fields.values().stream().flatMap(List::stream).collect(Collectors.collectingAndThen(
                Collectors.toMap(Field::name, Function.identity(), (a, b) -> a, LinkedHashMap::new),
                m -> List.copyOf(m.values())));
        StringBuilder select = new StringBuilder("select v.change_id, v.part, " + (years ? "v.year" : "null::int"));
        for (int i = 0; i < all.size(); i++) {
            select.append(", (").append(all.get(i).sql().formatted("v")).append(")::text as n").append(i)
                    .append(", (").append(all.get(i).sql().formatted("o")).append(")::text as o").append(i);
        }
        select.append(" from ").append(table).append(" v left join lateral (select * from ").append(table)
                .append(" o where ").append(samePart)
                .append(" and (o.valid_from, o.change_id) < (v.valid_from, v.change_id)")
                .append(" order by o.valid_from desc, o.change_id desc limit 1) o on true where v.change_id = any(?)");
        try (PreparedStatement statement = connection.prepareStatement(select.toString())) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    List<Field> ofPart = fields.getOrDefault(rows.getString("part"), List.of());
                    List<FieldChange> changed = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        if (!ofPart.contains(all.get(i))) {
                            continue;
                        }
                        String now = rows.getString("n" + i);
                        String before = rows.getString("o" + i);
                        if (!Objects.equals(now, before)) {
                            changed.add(new FieldChange(all.get(i).name(), json(before), json(now)));
                        }
                    }
                    long id = rows.getLong("change_id");
                    Integer year = (Integer) rows.getObject(3);
                    Diff known = diffs.get(id);
                    List<FieldChange> merged = new ArrayList<>(known == null ? List.of() : known.fields);
                    merged.addAll(changed);
                    diffs.put(id, new Diff(year != null ? year : known == null ? null : known.year, List.copyOf(merged)));
                }
            }
        }
    }

    private JsonNode json(String text) {
        try {
            return text == null ? null : objectMapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable value in the read model's versions", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> sourceOf(String json) {
        try {
            return objectMapper.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable source in the read model's changes", e);
        }
    }

    /** A decoded cursor's keys (occurredAt, service, version, change id); 400 naming {@code cursor} for another's. */
    private static Object[] keyset(String cursorKey) {
        String[] keys = cursorKey.split(FIELD_END, -1);
        try {
            if (keys.length != 4) {
                throw new IllegalArgumentException("not four keys");
            }
            return new Object[]{Instant.parse(keys[0]).atOffset(ZoneOffset.UTC), keys[1], Long.parseLong(keys[2]),
                    Long.parseLong(keys[3])};
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid("cursor", "not a cursor of this campus's history");
        }
    }
}
