package fr.cmq.common.imports;

import java.util.Map;
import java.util.UUID;

/** A line of an import, read and bound: its number, the region of the import, its keys. */
public record ImportLine(int number, String regionCode, String record, Map<String, Object> keys) {

    public Object key(String name) {
        return keys.get(name);
    }

    public UUID uuid(String name) {
        return (UUID) keys.get(name);
    }

    public int integer(String name) {
        return (Integer) keys.get(name);
    }

    public String text(String name) {
        return (String) keys.get(name);
    }
}
