package fr.cmq.gateway.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * French labels of the codes shown on the web page. The API carries stable codes only (conventions); the page,
 * which is for people, shows them in French. Enumerations of the read model are labelled here; regions, academies,
 * families and partner categories come from {@code reference-labels.properties}, a marked copy of the services'
 * reference data.
 */
final class FrenchLabels {

    static final Map<String, String> LEGAL_FORMS = ordered(
            "ASSOCIATION", "Association",
            "GIP", "GIP",
            "SUPPORT_ESTABLISHMENT", "Adossement à un établissement support",
            "NOT_PROVIDED", "Non renseignée");

    static final Map<String, String> LABEL_STATUSES = ordered(
            "IN_PROGRESS", "Labellisation en cours",
            "LABELLED", "Labellisé",
            "RENEWAL_DUE", "Renouvellement à prévoir",
            "EXPIRED", "Label échu",
            "WITHDRAWN", "Label retiré",
            "REFUSED", "Labellisation refusée",
            "NOT_RECORDED", "Label non enregistré");

    static final Map<String, String> MISSING_ITEMS = ordered(
            "LEGAL_FORM", "Forme juridique",
            "PARTNERS", "Partenaires",
            "FORECAST_BUDGET", "Budget prévisionnel");

    static final Map<String, String> FLAGS = ordered(
            "noHigherEducation", "Aucun partenaire de l'enseignement supérieur",
            "noResearchLab", "Aucun laboratoire de recherche",
            "noGreta", "Aucun GRETA",
            "noAfpa", "Aucune AFPA",
            "noOpca", "Aucun OPCA / OPCO",
            "noDireccteCorrespondent", "Aucun correspondant DIRECCTE / DREETS",
            "governanceWithoutEpleAndEpscp", "Gouvernance sans EPLE ni EPSCP");

    static final Map<String, String> SUPPORT_TYPES = ordered(
            "LYCEE", "Lycée (EPLE)",
            "IUT", "Institut universitaire de technologie (IUT)",
            "UNIVERSITY", "Université",
            "OTHER_EPSCP", "Autre EPSCP");

    static final Map<String, String> SUPPORT_ROLES = ordered(
            "CARRIER", "Porteur",
            "CO_CARRIER", "Co-porteur");

    static final Map<String, String> GIP_KINDS = ordered(
            "ACADEMIC_FCIP", "GIP FCIP académique",
            "OTHER", "Autre GIP");

    /** Funder types, in the order of the funding service's reference list. */
    static final Map<String, String> FUNDER_TYPES = ordered(
            "RECTORAT", "Rectorat (État - Éducation nationale)",
            "REGION", "Conseil régional",
            "SUPPORT_ESTABLISHMENT", "Établissement support",
            "COMPANY", "Entreprise",
            "PROFESSIONAL_BRANCH", "Branche professionnelle",
            "MEMBERSHIP_FEES", "Cotisations des membres",
            "OTHER_LOCAL_AUTHORITY", "Autre collectivité territoriale",
            "OTHER_STATE", "Autre financement de l'État (PIA, MLDS...)",
            "EU_FUNDS", "Fonds européens",
            "OWN_RESOURCES", "Ressources propres",
            "OTHER", "Autre");

    static final Map<String, String> BUDGET_KINDS = ordered(
            "FORECAST", "Budget prévisionnel",
            "EXECUTED", "Budget exécuté");

    static final Map<String, String> MODALITIES = ordered(
            "EX_ANTE", "Ex ante",
            "EX_POST", "Ex post");

    static final Map<String, String> SECTORS = ordered(
            "PUBLIC", "Public",
            "PRIVATE", "Privé");

    static final Map<String, String> TRAINING_ROLES = ordered(
            "INITIAL", "Formation initiale",
            "CONTINUING", "Formation continue",
            "BOTH", "Initiale et continue",
            "NONE", "Aucune");

    static final Map<String, String> SORT_FIELDS = ordered(
            "designation", "Désignation",
            "region", "Région",
            "family", "Famille de métiers",
            "labelExpiry", "Échéance du label",
            "activePartners", "Partenaires actifs",
            "forecastBudget", "Budget prévisionnel",
            "updatedAt", "Dernière mise à jour");

    static final Map<String, String> REGIONS;
    static final Map<String, String> ACADEMIES;
    static final Map<String, String> FAMILIES;
    static final Map<String, String> PARTNER_CATEGORIES;

    static {
        Map<String, Map<String, String>> sections = readReferenceLabels();
        REGIONS = sections.getOrDefault("region", Map.of());
        ACADEMIES = sections.getOrDefault("academy", Map.of());
        FAMILIES = sections.getOrDefault("family", Map.of());
        PARTNER_CATEGORIES = sections.getOrDefault("partner-category", Map.of());
    }

    private FrenchLabels() {
    }

    /** The French label of a code, or the code itself when it has none; an empty string for null. */
    static String of(Map<String, String> labels, String code) {
        if (code == null) {
            return "";
        }
        return labels.getOrDefault(code, code);
    }

    /** "Label (code)": for the reference data whose codes people also use (regions, families). */
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

    private static Map<String, Map<String, String>> readReferenceLabels() {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        try (InputStream in = FrenchLabels.class.getClassLoader().getResourceAsStream("reference-labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("reference-labels.properties is missing from the gateway's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                int equals = entry.indexOf('=');
                int dot = entry.indexOf('.');
                if (entry.isEmpty() || entry.startsWith("#") || equals < 0 || dot < 0 || dot > equals) {
                    continue;
                }
                sections.computeIfAbsent(entry.substring(0, dot), s -> new LinkedHashMap<>())
                        .put(entry.substring(dot + 1, equals).strip(), entry.substring(equals + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sections.replaceAll((name, labels) -> Collections.unmodifiableMap(labels));
        return sections;
    }
}
