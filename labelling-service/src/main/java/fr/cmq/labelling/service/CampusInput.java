package fr.cmq.labelling.service;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.labelling.domain.Academy;
import fr.cmq.labelling.domain.Region;
import fr.cmq.labelling.domain.SectorFamily;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The rules a campus's codes and names follow, whether it is registered or patched. */
final class CampusInput {

    private CampusInput() {
    }

    /**
     * Unknown codes are field errors (400); an academy of another region breaks the register's
     * rule (422). Nothing is stored when either happens.
     */
    static void checkReferences(String familyCode, String regionCode, List<String> academyCodes) {
        List<FieldError> errors = new ArrayList<>();
        if (SectorFamily.findById(familyCode) == null) {
            errors.add(new FieldError("familyCode", "unknown sector family '" + familyCode
                    + "' (see /api/v1/reference/sector-families)"));
        }
        if (Region.findById(regionCode) == null) {
            errors.add(new FieldError("regionCode", "unknown region '" + regionCode
                    + "' (see /api/v1/reference/regions)"));
        }
        List<Academy> academies = new ArrayList<>();
        for (int i = 0; i < academyCodes.size(); i++) {
            Academy academy = Academy.findById(academyCodes.get(i));
            if (academy == null) {
                errors.add(new FieldError("academyCodes[" + i + "]", "unknown academy '" + academyCodes.get(i)
                        + "' (see /api/v1/reference/academies)"));
            } else {
                academies.add(academy);
            }
        }
        if (new HashSet<>(academyCodes).size() != academyCodes.size()) {
            errors.add(new FieldError("academyCodes", "an academy is listed twice"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        for (Academy academy : academies) {
            if (!academy.regionCode.equals(regionCode)) {
                throw ProblemException.unprocessable("academyCodes", "academy " + academy.code
                        + " belongs to region " + academy.regionCode + ", not to region " + regionCode);
            }
        }
    }

    /** Communication names stripped, 1 to 300 characters each, without repeats (null: none). */
    static List<String> names(List<String> names, String field) {
        List<String> clean = new ArrayList<>();
        if (names == null) {
            return clean;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (name.isEmpty() || name.length() > 300) {
                throw ProblemException.invalid(field + "[" + i + "]", "must be 1 to 300 characters");
            }
            if (!clean.contains(name)) {
                clean.add(name);
            }
        }
        return clean;
    }
}
