package fr.cmq.gateway.web;

import java.util.ArrayList;
import java.util.List;

/** The headers of the page's table: each sortable one links to the same filters sorted by its field. */
final class TableColumns {

    private TableColumns() {
    }

    static List<PageViews.Column> of(PageFilters filters) {
        List<PageViews.Column> columns = new ArrayList<>();
        columns.add(sortable("designation", filters));
        columns.add(sortable("region", filters));
        columns.add(new PageViews.Column("Académies", null, null, null));
        columns.add(sortable("family", filters));
        columns.add(new PageViews.Column("Statut du label", null, null, null));
        columns.add(sortable("labelExpiry", filters));
        columns.add(new PageViews.Column("Forme juridique", null, null, null));
        columns.add(sortable("activePartners", filters));
        columns.add(sortable("forecastBudget", filters));
        columns.add(new PageViews.Column("Part hors rectorat", null, null, null));
        columns.add(new PageViews.Column("Données manquantes (recommandation 6)", null, null, null));
        columns.add(new PageViews.Column("Source", null, null, null));
        return columns;
    }

    /** A header whose link sorts by the field, ascending first, then the other way when it is the current order. */
    private static PageViews.Column sortable(String field, PageFilters filters) {
        String label = PageLabels.SORT_FIELDS.get(field);
        boolean ascending = filters.sort().equals(field);
        boolean descending = filters.sort().equals("-" + field);
        String target = ascending ? "-" + field : field;
        String hint = ascending ? "trier par ordre décroissant" : "trier par ordre croissant";
        return new PageViews.Column(label, filters.href("/", "sort", target, "cursor", null),
                ascending ? "ascending" : descending ? "descending" : "none", hint);
    }
}
