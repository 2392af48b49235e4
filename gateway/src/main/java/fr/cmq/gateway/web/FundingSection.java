package fr.cmq.gateway.web;

import fr.cmq.common.reference.BudgetHolder;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.reference.BudgetUse;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.gateway.dashboard.BudgetThemes;
import fr.cmq.gateway.dashboard.TableRow;
import fr.cmq.gateway.web.CampusPage.Budget;
import fr.cmq.gateway.web.CampusPage.Director;
import fr.cmq.gateway.web.CampusPage.Item;
import fr.cmq.gateway.web.CampusPage.Line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static fr.cmq.gateway.web.CampusPage.add;

/** The campus page's description of what the funding service published: each budget and director co-financing. */
final class FundingSection {

    private FundingSection() {
    }

    static Budget budget(BudgetState b) {
        String title = PageLabels.of(BudgetKind.class, b.kind()) + " " + b.year();
        List<Item> figures = new ArrayList<>();
        figures.add(new Item("Total des ressources", PageViews.euros(b.totalResourcesCents())));
        figures.add(new Item("Total des emplois", PageViews.euros(b.totalUsesCents())));
        add(figures, "Taux de couverture", percent(b.coverageRatioPercent()));
        add(figures, "Part hors rectorat", percent(b.nonRectoratPercent()));
        add(figures, "Porteur du budget", PageLabels.of(BudgetHolder.class, b.holder()));
        for (BudgetState.ModalityShare m : list(b.sharesByModality())) {
            figures.add(new Item("Part " + modality(m.modality()).toLowerCase(), PageViews.percent(m.percent())));
        }
        List<Line> contributions = new ArrayList<>();
        for (BudgetState.Contribution c : list(b.contributions())) {
            contributions.add(new Line(c.funderName(), PageLabels.of(FunderType.class, c.funderType())
                    + (c.modality() == null ? "" : ", " + modality(c.modality()).toLowerCase()),
                    PageViews.euros(c.amountCents())));
        }
        List<Line> uses = new ArrayList<>();
        for (BudgetState.UseLine u : list(b.uses())) {
            uses.add(new Line(PageLabels.of(BudgetUse.class, u.use()), "", PageViews.euros(u.amountCents())));
        }
        List<Line> shares = new ArrayList<>();
        for (BudgetState.FunderTypeShare s : list(b.sharesByFunderType())) {
            shares.add(new Line(PageLabels.of(FunderType.class, s.funderType()), PageViews.percent(s.percent()),
                    PageViews.euros(s.amountCents())));
        }
        List<Line> annex3 = new ArrayList<>();
        TableRow.BudgetTheme theme = BudgetThemes.of(b);
        for (TableRow.BucketShare share : theme.shares()) {
            annex3.add(new Line(PageLabels.of(FunderType.Annex3Bucket.class, share.bucket()),
                    PageViews.percent(share.percent()), PageViews.euros(share.amountCents())));
        }
        return new Budget(title, figures, contributions, uses, shares, annex3);
    }

    static Director director(DirectorFundingState d) {
        List<Item> figures = new ArrayList<>();
        figures.add(new Item("Coût annuel du poste", PageViews.euros(d.totalCostCents())));
        add(figures, "Employeur", d.employerName());
        add(figures, "Part hors rectorat", percent(d.nonRectoratPercent()));
        List<Line> shares = new ArrayList<>();
        for (DirectorFundingState.Share s : list(d.shares())) {
            shares.add(new Line(s.funderName() + " — " + PageLabels.of(FunderType.class, s.funderType()),
                    PageViews.percent(s.percent()), PageViews.euros(s.amountCents())));
        }
        return new Director("Cofinancement du poste de directeur " + d.year(), figures, shares);
    }

    private static String modality(String code) {
        return PageLabels.of(FundingModality.class, code);
    }

    private static String percent(BigDecimal value) {
        return value == null ? null : PageViews.percent(value);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
