package fr.cmq.labelling.service;

import fr.cmq.labelling.domain.Academy;
import fr.cmq.labelling.domain.Region;
import fr.cmq.labelling.domain.SectorFamily;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The register's reference data: regions, academies and sector families, with their French names. */
@ApplicationScoped
public class ReferenceService {

    /** By name. */
    public List<Region> regions() {
        return Region.listAll(Sort.by("name"));
    }

    /** By code, every academy or those of one region. */
    public List<Academy> academies(String regionCode) {
        return regionCode == null ? Academy.listAll(Sort.by("code")) : Academy.list("regionCode", Sort.by("code"), regionCode);
    }

    /** In the order of Annexe 4. */
    public List<SectorFamily> sectorFamilies() {
        return SectorFamily.listAll(Sort.by("position"));
    }
}
