package fr.cmq.common.imports;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;

import java.util.List;
import java.util.Locale;

/** The two formats of an import file: one JSON object per line, or CSV with a header row. */
public enum ImportFormat {
    NDJSON("application/x-ndjson"),
    CSV("text/csv");

    /** The media types an import endpoint consumes. */
    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String CSV_TYPE = "text/csv";

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a {@code Content-Type} header (parameters ignored); 415 for any other. */
    public static ImportFormat of(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return format;
            }
        }
        throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                "An import is application/x-ndjson (one JSON object per line) or text/csv (a header row)",
                List.of(new FieldError("Content-Type", "not accepted by this operation")));
    }
}
