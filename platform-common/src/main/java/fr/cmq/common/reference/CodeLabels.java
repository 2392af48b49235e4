package fr.cmq.common.reference;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/** The French labels of each code list, read once from its constants' {@link CodeList.Label}s. */
final class CodeLabels {

    private static final ClassValue<Map<String, String>> BY_CODE_LIST = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> codeList) {
            Map<String, String> labels = new HashMap<>();
            for (Field field : codeList.getDeclaredFields()) {
                if (field.isEnumConstant()) {
                    CodeList.Label label = field.getAnnotation(CodeList.Label.class);
                    if (label == null) {
                        throw new IllegalStateException(codeList.getName() + "." + field.getName() + " has no @Label");
                    }
                    labels.put(field.getName(), label.value());
                }
            }
            return Map.copyOf(labels);
        }
    };

    private CodeLabels() {
    }

    /** The label of a code list's constant. */
    static String of(CodeList code) {
        Class<?> codeList = code instanceof Enum<?> constant ? constant.getDeclaringClass() : code.getClass();
        return BY_CODE_LIST.get(codeList).get(code.name());
    }
}
