package fr.cmq.gateway.web;

import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.SteeringFlag;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page's French text for codes. The API carries stable codes only; the page, which is for people, shows them in
 * French: code lists from platform-common ({@link CodeList#labelOf}), the register's names from the events
 * ({@link fr.cmq.gateway.dashboard.RegisterNames}), and here only what is the page's own: the warning flags' and the
 * sortable columns' wording, the indicators' labels.
 */
final class PageLabels {

    /** The warning flags: the partner typology's (the contract's flag codes), then the steering flags' code list. */
    static final Map<String, String> FLAGS = withSteeringFlags(ordered(
            "noHigherEducation", "Aucun partenaire de l'enseignement supérieur",
            "noResearchLab", "Aucun laboratoire de recherche",
            "noGreta", "Aucun GRETA",
            "noAfpa", "Aucune AFPA",
            "noOpca", "Aucun OPCA / OPCO",
            "noDireccteCorrespondent", "Aucun correspondant DIRECCTE / DREETS",
            "governanceWithoutEple", "Gouvernance sans EPLE",
            "governanceWithoutEpscp", "Gouvernance sans EPSCP (établissement public d'enseignement supérieur)"));

    /**
     * The indicators' French labels, as monitoring's catalogue words them (GET /api/v1/reference/indicators; the
     * events carry the code only). A code the catalogue gains later shows as its code until it is added here.
     */
    static final Map<String, String> INDICATORS = ordered(
            "PRESSURE_RATE", "Taux de pression",
            "MOBILITY_RATE", "Taux de mobilité",
            "ACTION_PLAN_COMPLETION", "Taux de réalisation du plan annuel d'actions",
            "SUSTAINABLE_EMPLOYMENT_RATE", "Taux d'emploi durable dans la filière",
            "COMMUNICATION_ACTIONS", "Actions de communication interne et externe",
            "EXAM_SUCCESS_SCORE", "Score de réussite aux examens",
            "BRIDGE_PATHWAY_SUCCESS_SCORE", "Score de réussite des parcours passerelles",
            "REORIENTATIONS", "Réorientations dans les autres cursus du campus",
            "LEARNERS", "Apprenants par statut et par niveau",
            "MIXED_PATHWAY_LEARNERS", "Apprenants suivant des parcours mixtes",
            "MIXED_CLASSES", "Classes mixtes",
            "OUTGOING_INTERNATIONAL_MOBILITY", "Apprenants en mobilité internationale sortante (Erasmus+...)",
            "FILL_RATE", "Taux de remplissage",
            "FURTHER_STUDY_RATE", "Taux de poursuite d'études",
            "INSERTION_RATE", "Taux d'insertion dans la vie active (enquêtes IVA et IPA)");

    /** The indicators whose values are rates, shown in percent (the others are counts or scores). */
    static final java.util.Set<String> PERCENT_INDICATORS = java.util.Set.of("PRESSURE_RATE", "MOBILITY_RATE",
            "ACTION_PLAN_COMPLETION", "SUSTAINABLE_EMPLOYMENT_RATE", "FILL_RATE", "FURTHER_STUDY_RATE",
            "INSERTION_RATE");

    /** The table's sortable columns. */
    static final Map<String, String> SORT_FIELDS = ordered(
            "designation", "Désignation",
            "region", "Région",
            "family", "Filière",
            "labelExpiry", "Échéance du label",
            "activePartners", "Partenaires actifs",
            "forecastBudget", "Budget prévisionnel",
            "updatedAt", "Dernière mise à jour");

    private PageLabels() {
    }

    /** The French label of a code of a platform code list; the code itself when unknown; "" for null. */
    static <E extends Enum<E> & CodeList> String of(Class<E> codeList, String code) {
        return CodeList.labelOf(codeList, code);
    }

    /** The label of a code in a map; the code itself when it has none; "" for null. */
    static String of(Map<String, String> labels, String code) {
        if (code == null) {
            return "";
        }
        String label = labels.get(code);
        return label == null ? code : label;
    }

    /** "Label (code)": for the codes people also use (regions, families); the code alone when it has no label. */
    static String withCode(Map<String, String> labels, String code) {
        if (code == null) {
            return "";
        }
        String label = labels.get(code);
        return label == null ? code : label + " (" + code + ")";
    }

    private static Map<String, String> withSteeringFlags(Map<String, String> partnerFlags) {
        Map<String, String> flags = new LinkedHashMap<>(partnerFlags);
        flags.putAll(CodeList.labels(SteeringFlag.class));
        return Collections.unmodifiableMap(flags);
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
