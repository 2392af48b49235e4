package fr.cmq.monitoring.service;

import jakarta.inject.Inject;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.monitoring.domain.LegalFormCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The distribution of campuses over legal forms, in the shape of the report's Tableau 4. */
@ApplicationScoped
public class LegalFormDistributionService {

    @Inject
    EntityManager entityManager;

    /** Every campus known here (of {@code regionCode} if given); a campus without a profile is NOT_PROVIDED. */
    public LegalFormCounts distribution(String regionCode) {
        Query query = entityManager.createNativeQuery("""
                select coalesce(p.legal_form, 'NOT_PROVIDED'), p.support_type, count(*)
                from known_campus k left join campus_profile p on p.campus_id = k.id
                """ + (regionCode == null ? "" : "where k.region_code = :region ") + """
                group by 1, 2""");
        if (regionCode != null) {
            query.setParameter("region", regionCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<LegalForm, Long> forms = new EnumMap<>(LegalForm.class);
        Map<SupportEstablishmentType, Long> types = new EnumMap<>(SupportEstablishmentType.class);
        for (Object[] row : rows) {
            LegalForm form = LegalForm.valueOf((String) row[0]);
            long count = ((Number) row[2]).longValue();
            forms.merge(form, count, Long::sum);
            if (form == LegalForm.SUPPORT_ESTABLISHMENT && row[1] != null) {
                types.merge(SupportEstablishmentType.valueOf((String) row[1]), count, Long::sum);
            }
        }
        return new LegalFormCounts(forms, types);
    }
}
