package fr.cmq.gateway.opendata;

import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.gateway.dashboard.TableRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every column the open-data publication can carry, in publication order. Which of them are published is one setting
 * ({@link OpenDataConfig#columns()}); its default publishes identity, family, region, academies, label status and
 * expiry, legal form, support establishment type, partner counts by typology and funder-type shares. No column holds
 * a person; the amounts ({@code forecastBudgetCents}) exist here but are not published by default.
 */
public final class OpenDataColumns {

    static final String UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    /** The catalogue, by name, in publication order. */
    public static final Map<String, OpenDataColumn> ALL = catalogue();

    private OpenDataColumns() {
    }

    /** The columns of these names, in the catalogue's order; an unknown name is a configuration error. */
    public static List<OpenDataColumn> select(List<String> names) {
        List<String> unknown = names.stream().filter(n -> !ALL.containsKey(n)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("cmq.open-data.columns names unknown columns " + unknown
                    + "; publishable: " + ALL.keySet());
        }
        if (!names.contains("campusId")) {
            throw new IllegalStateException("cmq.open-data.columns must name campusId, the publication's primary key");
        }
        return ALL.values().stream().filter(c -> names.contains(c.name())).toList();
    }

    private static Map<String, OpenDataColumn> catalogue() {
        List<OpenDataColumn> columns = new ArrayList<>();
        columns.add(new OpenDataColumn("campusId", "Identifiant du campus",
                "Identifiant stable du campus dans la plateforme nationale (UUID). Pour les 77 campus de l'annexe 4 du "
                        + "rapport IGAS/IGEN/IGAENR de 2017, il est dérivé du rang du campus dans l'annexe.",
                "string", "uuid", constraints(true, "pattern", UUID_PATTERN), "bf58611e-3429-5b29-a192-659e35823150",
                r -> r.row().campusId()));
        columns.add(new OpenDataColumn("designation", "Désignation du campus",
                "Désignation officielle du campus des métiers et des qualifications, telle que le registre la publie.",
                "string", null, constraints(true), "Aéronautique et spatial", r -> r.row().designation()));
        columns.add(new OpenDataColumn("familyCode", "Code de la filière",
                "Code de la filière du campus (« Nouvelle famille - Proposition DGE » de l'annexe 4 ; liste : "
                        + "/api/v1/reference/sector-families).",
                "string", null, constraints(true, "pattern", "^[A-Z][A-Z0-9_]*$"), "MOBILITY_AERONAUTICS_TRANSPORT",
                r -> r.row().familyCode()));
        columns.add(new OpenDataColumn("familyLabel", "Filière",
                "Libellé de la filière du campus (« Nouvelle famille - Proposition DGE » de l'annexe 4).",
                "string", null, constraints(false), "Mobilité, aéronautique, transports terrestres et maritimes",
                r -> r.names().families().get(r.row().familyCode())));
        columns.add(new OpenDataColumn("regionCode", "Code de la région",
                "Code INSEE de la région du campus (deux chiffres).",
                "string", null, constraints(true, "pattern", "^[0-9]{2}$"), "76", r -> r.row().regionCode()));
        columns.add(new OpenDataColumn("regionName", "Région", "Nom de la région du campus.",
                "string", null, constraints(false), "Occitanie", r -> r.names().regions().get(r.row().regionCode())));
        columns.add(new OpenDataColumn("academyCodes", "Académies",
                "Codes des académies du campus, séparés par une barre verticale (|) quand il y en a plusieurs.",
                "string", null, constraints(true, "pattern", "^[A-Z][A-Z-]*(\\|[A-Z][A-Z-]*)*$"), "AMIENS|LILLE",
                r -> r.row().academyCodes()));
        columns.add(code("labelStatus", "Statut du label",
                "Statut du label à la date de publication, selon le calendrier du label (date de début, échéance, "
                        + "retrait).", LabelStatus.class, true, "LABELLED", r -> r.row().labelStatus()));
        columns.add(new OpenDataColumn("labelExpiryDate", "Échéance du label",
                "Date d'échéance du label en vigueur ; vide sans label accordé daté.",
                "date", null, constraints(false), "2022-06-30", r -> r.row().labelExpiry()));
        columns.add(code("legalForm", "Forme juridique",
                "Forme juridique déclarée du campus (recommandation 6 du rapport ; Tableau 4) ; vide tant qu'aucun "
                        + "profil n'est déclaré.", LegalForm.class, false, "ASSOCIATION", r -> r.row().legalForm()));
        columns.add(code("supportEstablishmentType", "Type d'établissement support",
                "Type de l'établissement support du campus (Tableau 4 : « dont lycée, IUT, université, autre "
                        + "EPSCP ») ; vide sans établissement support déclaré.",
                SupportEstablishmentType.class, false, "LYCEE", r -> r.row().supportEstablishmentType()));
        columns.add(count("activePartners", "Partenaires actifs",
                "Nombre de partenaires actifs du campus ; vide si aucun partenaire n'a jamais été déclaré.",
                "12", r -> r.row().activePartners()));
        columns.add(count("partnersPublicInitial", "Partenaires publics - formation initiale",
                "Partenaires actifs publics dont le rôle est la formation initiale (ou initiale et continue).",
                "4", r -> matrix(r, TableRow.Matrix::publicInitial)));
        columns.add(count("partnersPublicContinuing", "Partenaires publics - formation continue",
                "Partenaires actifs publics dont le rôle est la formation continue (ou initiale et continue).",
                "2", r -> matrix(r, TableRow.Matrix::publicContinuing)));
        columns.add(count("partnersPrivateInitial", "Partenaires privés - formation initiale",
                "Partenaires actifs privés dont le rôle est la formation initiale (ou initiale et continue).",
                "3", r -> matrix(r, TableRow.Matrix::privateInitial)));
        columns.add(count("partnersPrivateContinuing", "Partenaires privés - formation continue",
                "Partenaires actifs privés dont le rôle est la formation continue (ou initiale et continue).",
                "5", r -> matrix(r, TableRow.Matrix::privateContinuing)));
        columns.add(new OpenDataColumn("budgetYear", "Année budgétaire",
                "Année du budget prévisionnel dont les parts des financeurs sont données.",
                "integer", null, constraints(true, "minimum", 2013), "2026", r -> r.row().year()));
        for (FunderType funder : FunderType.values()) {
            columns.add(percent("sharePercent" + funder.code(), "Part : " + funder.label(),
                    "Part du financeur de type « " + funder.label() + " » (" + funder.code() + ") dans les "
                            + "ressources du budget prévisionnel de l'année, en pourcentage à une décimale ; vide "
                            + "sans budget prévisionnel ou sans ce financeur.",
                    "25.0", r -> share(r, funder)));
        }
        columns.add(percent("nonRectoratPercent", "Part hors rectorat",
                "Part du budget prévisionnel de l'année qui n'est pas apportée par le rectorat, en pourcentage.",
                "75.0", r -> r.row().nonRectoratPercent()));
        columns.add(new OpenDataColumn("forecastBudgetCents", "Budget prévisionnel (centimes d'euro)",
                "Total des ressources du budget prévisionnel de l'année, en centimes d'euro. Montant : non publié "
                        + "par défaut.", "integer", null, constraints(false, "minimum", 0), "10000000",
                r -> r.row().forecastBudgetCents()));
        Map<String, OpenDataColumn> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        return java.util.Collections.unmodifiableMap(byName);
    }

    private static <E extends Enum<E> & CodeList> OpenDataColumn code(String name, String title, String description,
                                                                     Class<E> codeList, boolean required,
                                                                     String example, Function<OpenDataRow, Object> value) {
        String codes = CodeList.labels(codeList).entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        List<String> values = Arrays.stream(codeList.getEnumConstants()).map(CodeList::code).toList();
        return new OpenDataColumn(name, title, description + " Codes : " + codes + ".", "string", null,
                constraints(required, "enum", values), example, value);
    }

    private static OpenDataColumn count(String name, String title, String description, String example,
                                        Function<OpenDataRow, Object> value) {
        return new OpenDataColumn(name, title, description, "integer", null, constraints(false, "minimum", 0), example,
                value);
    }

    private static OpenDataColumn percent(String name, String title, String description, String example,
                                          Function<OpenDataRow, Object> value) {
        Map<String, Object> bounds = constraints(false, "minimum", 0);
        bounds.put("maximum", 100);
        return new OpenDataColumn(name, title, description, "number", null, bounds, example, value);
    }

    private static Object matrix(OpenDataRow r, Function<TableRow.Matrix, Long> cell) {
        return Optional.ofNullable(r.row().partnerMatrix()).map(cell).orElse(null);
    }

    private static Object share(OpenDataRow r, FunderType funder) {
        List<TableRow.FunderShare> shares = r.row().funderShares();
        return shares == null ? null : shares.stream().filter(s -> s.funderType().equals(funder.code()))
                .findFirst().map(TableRow.FunderShare::percent).orElse(null); // a share of zero resources has no percent
    }

    private static Map<String, Object> constraints(boolean required, Object... more) {
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (required) {
            constraints.put("required", true);
        }
        for (int i = 0; i < more.length; i += 2) {
            constraints.put((String) more[i], more[i + 1]);
        }
        return constraints;
    }
}
