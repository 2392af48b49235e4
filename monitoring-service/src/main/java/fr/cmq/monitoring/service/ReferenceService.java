package fr.cmq.monitoring.service;

import fr.cmq.monitoring.domain.PartnerCategoryEntry;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The monitoring service's reference data: codes and French labels. */
@ApplicationScoped
public class ReferenceService {

    /** The categories of partner organisations, in display order. */
    public List<PartnerCategoryEntry> partnerCategories() {
        return PartnerCategoryEntry.listAll(Sort.by("position"));
    }
}
