package fr.cmq.monitoring.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicator catalogue: every indicator of the report's Annexe 3 and its complementary ones, the learner counts of
 * recommendation 18 and international mobility ([52]), shipped as {@code reference/indicators.json} (each entry with
 * its source paragraph) and read once.
 */
public final class IndicatorCatalogue {

    private static final String RESOURCE = "reference/indicators.json";
    private static final IndicatorCatalogue STANDARD = load();

    private final Map<String, IndicatorDefinition> byCode;

    private IndicatorCatalogue(List<IndicatorDefinition> definitions) {
        Map<String, IndicatorDefinition> map = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            if (map.put(d.code(), d) != null) {
                throw new IllegalStateException("indicator " + d.code() + " twice in " + RESOURCE);
            }
        }
        this.byCode = map;
    }

    /** The catalogue shipped with the service. */
    public static IndicatorCatalogue standard() {
        return STANDARD;
    }

    /** Every indicator, in catalogue order (theme by theme, as Annexe 3 lists them). */
    public List<IndicatorDefinition> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<IndicatorDefinition> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    private static IndicatorCatalogue load() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try (InputStream in = IndicatorCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            return new IndicatorCatalogue(mapper.readValue(in, new TypeReference<List<IndicatorDefinition>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
