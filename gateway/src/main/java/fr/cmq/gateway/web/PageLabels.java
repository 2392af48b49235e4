package fr.cmq.gateway.web;

import fr.cmq.common.reference.CodeList;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page's French text for codes. The API carries stable codes only; the page, which is for people, shows them in
 * French: code lists from platform-common ({@link CodeList#labelOf}), the register's names from the events
 * ({@link fr.cmq.gateway.dashboard.RegisterNames}), and here only what is the page's own: the warning flags' and the
 * sortable columns' wording.
 */
final class PageLabels {

    /** The monitoring summary's warning flags (the contract's flag codes). */
    static final Map<String, String> FLAGS = ordered(
            "noHigherEducation", "Aucun partenaire de l'enseignement supérieur",
            "noResearchLab", "Aucun laboratoire de recherche",
            "noGreta", "Aucun GRETA",
            "noAfpa", "Aucune AFPA",
            "noOpca", "Aucun OPCA / OPCO",
            "noDireccteCorrespondent", "Aucun correspondant DIRECCTE / DREETS",
            "governanceWithoutEpleAndEpscp", "Gouvernance sans EPLE ni EPSCP");

    /** The table's sortable columns. */
    static final Map<String, String> SORT_FIELDS = ordered(
            "designation", "Désignation",
            "region", "Région",
            "family", "Famille de métiers",
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

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
