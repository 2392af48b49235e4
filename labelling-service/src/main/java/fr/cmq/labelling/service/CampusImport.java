package fr.cmq.labelling.service;

import fr.cmq.common.imports.ImportLine;
import fr.cmq.common.imports.ImportOutcome;
import fr.cmq.common.imports.RecordType;
import fr.cmq.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code campus} lines of a region's import: {@code campusId} (the id the portal chose) and the fields of the
 * registration ({@link CampusRegistration}), written by {@link CampusService#importCampus}.
 */
@ApplicationScoped
public class CampusImport implements RecordType<CampusRegistration> {

    public static final String RECORD = "campus";
    private static final Map<String, Class<?>> KEYS = new LinkedHashMap<>(Map.of("campusId", UUID.class));

    @Inject
    CampusService campuses;
    @Inject
    Caller caller;

    @Override
    public String name() {
        return RECORD;
    }

    @Override
    public Map<String, Class<?>> keys() {
        return KEYS;
    }

    @Override
    public Class<CampusRegistration> body() {
        return CampusRegistration.class;
    }

    @Override
    public ImportOutcome write(ImportLine line, CampusRegistration body) {
        return campuses.importCampus(line.uuid("campusId"), line.regionCode(), body, caller);
    }
}
