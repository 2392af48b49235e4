package fr.cmq.gateway.dashboard;

import java.text.Collator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The French names of the register's codes (regions, academies, sector families) that the campuses of the read model
 * use, as the register's events carry them: the gateway keeps no copy of labelling's reference data. Each map goes
 * from code to name in the order of the names (French collation); a code whose events carried no name maps to null.
 */
public record RegisterNames(Map<String, String> regions, Map<String, String> academies, Map<String, String> families) {

    public static final RegisterNames NONE = new RegisterNames(Map.of(), Map.of(), Map.of());

    /** One code and its name (null when unknown), as read from the read model. */
    record Named(String code, String name) {
    }

    static RegisterNames of(List<Named> regions, List<Named> academies, List<Named> families) {
        return new RegisterNames(ordered(regions), ordered(academies), ordered(families));
    }

    /** Codes to names, a known name winning over an unknown one, sorted by name (then code). */
    private static Map<String, String> ordered(List<Named> names) {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (Named named : names) {
            if (named.code() != null && (named.name() != null || !byCode.containsKey(named.code()))) {
                byCode.put(named.code(), named.name());
            }
        }
        Collator french = Collator.getInstance(Locale.FRANCE);
        Map<String, String> ordered = new LinkedHashMap<>();
        byCode.entrySet().stream()
                .sorted((a, b) -> {
                    int byName = french.compare(a.getValue() == null ? a.getKey() : a.getValue(),
                            b.getValue() == null ? b.getKey() : b.getValue());
                    return byName != 0 ? byName : a.getKey().compareTo(b.getKey());
                })
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(ordered);
    }
}
