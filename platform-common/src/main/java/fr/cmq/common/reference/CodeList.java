package fr.cmq.common.reference;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A code of a platform code list and its French label. Every code list that is a Java enumeration lives in this
 * package, once, and implements this interface: the constant name is the stable code used in the API, the events
 * and the database; {@link #label()} is the French text shown to people (never used as a code). Each constant
 * carries its label: {@code @Label("Association") ASSOCIATION,}.
 */
public interface CodeList {

    /** The French label of a code list's constant, for display only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Label {
        String value();
    }

    /** The enum constant's name. */
    String name();

    /** The stable UPPER_SNAKE code: the constant's name. */
    default String code() {
        return name();
    }

    /** The French label, for display only: the constant's {@link Label}. */
    default String label() {
        return CodeLabels.of(this);
    }

    /** The code list's constant with this code, if any (exact, case-sensitive match). */
    static <E extends Enum<E> & CodeList> Optional<E> find(Class<E> codeList, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(codeList.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst();
    }

    /** Code to French label, in the code list's order (unmodifiable). */
    static <E extends Enum<E> & CodeList> Map<String, String> labels(Class<E> codeList) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E e : codeList.getEnumConstants()) {
            labels.put(e.code(), e.label());
        }
        return Collections.unmodifiableMap(labels);
    }

    /** The French label of a code; the code itself when the list does not know it; an empty string for null. */
    static <E extends Enum<E> & CodeList> String labelOf(Class<E> codeList, String code) {
        if (code == null) {
            return "";
        }
        return find(codeList, code).map(CodeList::label).orElse(code);
    }
}
