package fr.cmq.common.source;

import fr.cmq.common.imports.ImportFormat;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.security.Caller;
import fr.cmq.common.time.CmqClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

/**
 * The one place that turns a write's optional {@code source} into the stored {@link FactSource} (issue 13), for
 * every service. Called once the caller may write the campus (403 first) and the body is valid:
 * <ul>
 * <li>no {@code source}: DECLARED with the caller's role and region, or the campus's own demonstration kind when the
 * campus is registered as EXAMPLE or SYNTHETIC; in a bulk import, the import's source ({@link #startImport});</li>
 * <li>REPORT_2017: national callers only (403) and with a reference (400 naming {@code source.reference});</li>
 * <li>IMPORTED: set by the bulk import only (a single write claiming it: 400 naming {@code source.kind});</li>
 * <li>no mixing: a demonstration fact on a campus that is not demonstration data, or the reverse, is a 409 problem
 * naming {@code source.kind} (example data goes on a campus of its own).</li>
 * </ul>
 * Nothing is stored when it refuses (it throws inside the write's transaction).
 */
@RequestScoped
public class FactSources {

    /** The JSON member of the write bodies. */
    public static final String FIELD = "source";

    @Inject
    CmqClock clock;

    /** The source of the bulk import this request runs, or null for a single write. */
    private FactSource importSource;

    /**
     * The stored source of a write on a campus whose own kind is {@code campusKind} (null: a campus this very write
     * registers, whose kind is the one the write gives).
     */
    public FactSource resolve(SourceRequest requested, Caller caller, SourceKind campusKind) {
        FactSource source;
        if (importSource != null) {
            if (requested != null) {
                throw ProblemException.invalid(FIELD, "set for the whole file by the import (?source=, ?fileName=)");
            }
            source = importSource.copy();
        } else if (requested == null) {
            source = campusKind != null && campusKind.demo() ? FactSource.demo(campusKind, null) : declaredBy(caller);
        } else {
            source = requested(requested, caller);
        }
        if (campusKind != null && campusKind.demo() != source.demo()) {
            throw new ProblemException(409, "conflict", "Conflict", campusKind.demo()
                    ? "Campus registered as " + campusKind + ": only " + campusKind + " facts go on it"
                    : "Example data goes on a campus of its own: this campus is not demonstration data",
                    List.of(new FieldError(FIELD + ".kind", source.kind + " on a campus of kind " + campusKind)));
        }
        return source;
    }

    /** DECLARED by the caller: its role (NATIONAL, REGIONAL) and region (null for a national caller). */
    public FactSource declaredBy(Caller caller) {
        return FactSource.declared(caller.role(), caller.isNational() ? null : caller.region());
    }

    private FactSource requested(SourceRequest requested, Caller caller) {
        if (requested.kind() == null) {
            throw ProblemException.invalid(FIELD + ".kind", "required");
        }
        String reference = requested.reference() == null || requested.reference().isBlank() ? null
                : requested.reference().strip();
        if (reference != null && reference.length() > 200) {
            throw ProblemException.invalid(FIELD + ".reference", "at most 200 characters");
        }
        return switch (requested.kind()) {
            case REPORT_2017 -> {
                if (!caller.isNational()) {
                    throw ProblemException.forbidden("Only the national mission records facts of the 2017 report");
                }
                if (reference == null) {
                    throw ProblemException.invalid(FIELD + ".reference",
                            "required for REPORT_2017: the report's paragraph or table, e.g. [112] or Annexe 4");
                }
                yield FactSource.report2017(reference);
            }
            case IMPORTED -> throw ProblemException.invalid(FIELD + ".kind",
                    "IMPORTED is set by the bulk import only (POST /api/v1/imports/regions/{regionCode})");
            case DECLARED -> {
                FactSource declared = declaredBy(caller);
                declared.reference = reference;
                yield declared;
            }
            case EXAMPLE, SYNTHETIC -> FactSource.demo(requested.kind(), reference);
        };
    }

    /**
     * Starts a bulk import in this request: every line it writes gets the file's source. {@code source} (the
     * {@code ?source=} parameter) is EXAMPLE or SYNTHETIC for demonstration files (their campuses registered with
     * that kind, {@code fileName} naming the demonstration), otherwise absent (or IMPORTED): IMPORTED with the file's
     * name ({@code ?fileName=}, default {@code import-<region>-<date>.<csv|ndjson>}) and today's date.
     * 400 naming {@code source} or {@code fileName} for a value it cannot take.
     */
    public FactSource startImport(String source, String fileName, String regionCode, String contentType) {
        SourceKind kind = importKind(source);
        String name = importFileName(fileName);
        importSource = kind.demo() ? FactSource.demo(kind, name)
                : FactSource.imported(name != null ? name : defaultFileName(regionCode, contentType), clock.today());
        return importSource;
    }

    /**
     * The kind of an import's {@code ?source=}: IMPORTED when absent, EXAMPLE or SYNTHETIC; 400 naming {@code source}
     * otherwise. (The gateway checks it too, before it splits the file among the services.)
     */
    public static SourceKind importKind(String source) {
        SourceKind kind = source == null || source.isBlank() ? SourceKind.IMPORTED
                : CodeList.find(SourceKind.class, source.strip().toUpperCase(Locale.ROOT)).orElse(null);
        if (kind == null || !(kind == SourceKind.IMPORTED || kind.demo())) {
            throw ProblemException.invalid(FIELD, "EXAMPLE or SYNTHETIC for demonstration data; absent (IMPORTED) "
                    + "otherwise");
        }
        return kind;
    }

    /** An import's {@code ?fileName=}, stripped (null when absent); 400 naming {@code fileName} when unusable. */
    public static String importFileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && (name.length() > 255 || name.chars().anyMatch(Character::isISOControl))) {
            throw ProblemException.invalid("fileName", "1 to 255 characters, without control characters");
        }
        return name;
    }

    /** The source of the import this request runs, or null. */
    public FactSource importSource() {
        return importSource;
    }

    private String defaultFileName(String regionCode, String contentType) {
        String extension;
        try {
            extension = ImportFormat.of(contentType) == ImportFormat.CSV ? "csv" : "ndjson";
        } catch (ProblemException e) {
            extension = "txt"; // the import refuses the file itself afterwards (415)
        }
        return "import-" + regionCode + "-" + clock.today() + "." + extension;
    }
}
