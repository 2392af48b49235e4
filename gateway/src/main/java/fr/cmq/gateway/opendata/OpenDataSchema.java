package fr.cmq.gateway.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publication's Table Schema (frictionless), following schema.data.gouv.fr's conventions: name, title,
 * description, version, licence, contributors, an example resource, then per field a name, a French title and
 * description, an example, a type and its constraints; the campus id as primary key; an empty cell as the one missing
 * value. The repository keeps the default columns' schema with its README, CHANGELOG and a valid example file in
 * {@code gateway/src/main/resources/open-data/}.
 */
public final class OpenDataSchema {

    /** The default columns' schema version (semantic versioning; the CHANGELOG says what each version changed). */
    public static final String VERSION = "0.1.0";
    /** The date of {@link #VERSION}. */
    static final String VERSION_DATE = "2026-11-30";

    private OpenDataSchema() {
    }

    /**
     * The schema of these columns. A selection other than the default is another schema: its version says so
     * ({@code 0.1.0+columns-<n>}) so that a file is never checked against the default schema's promise.
     */
    public static Map<String, Object> of(List<OpenDataColumn> columns, boolean defaultColumns) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://frictionlessdata.io/schemas/table-schema.json");
        schema.put("name", "cmq-campus");
        schema.put("title", "Campus des métiers et des qualifications : tableau national");
        schema.put("description", "Un campus des métiers et des qualifications par ligne : identité, filière, "
                + "région et académies, statut et échéance du label, forme juridique, type d'établissement support, "
                + "partenaires actifs par typologie (public / privé, formation initiale / continue) et parts des "
                + "types de financeurs dans le budget prévisionnel de l'année (recommandation 6 du rapport « Premier "
                + "bilan des campus des métiers et des qualifications », IGAS/IGEN/IGAENR, 2017). Aucun montant, "
                + "aucune personne.");
        schema.put("countryCode", "FR");
        schema.put("version", defaultColumns ? VERSION : VERSION + "+columns-" + columns.size());
        schema.put("created", "2026-11-30");
        schema.put("lastModified", VERSION_DATE);
        schema.put("contributors", List.of(
                Map.of("title", "Mission nationale des campus des métiers et des qualifications", "role", "author"),
                Map.of("title", "Équipe de la plateforme nationale de suivi des CMQ", "role", "contributor")));
        schema.put("licenses", List.of(Map.of("name", "etalab-2.0",
                "title", "Licence Ouverte / Open Licence version 2.0",
                "path", "https://www.etalab.gouv.fr/licence-ouverte-open-licence")));
        schema.put("resources", List.of(Map.of("title", "Exemple de fichier valide", "name", "exemple-valide",
                "path", "exemple-valide.csv")));
        schema.put("fields", columns.stream().map(OpenDataColumn::field).toList());
        schema.put("primaryKey", "campusId");
        schema.put("missingValues", List.of(""));
        return schema;
    }
}
