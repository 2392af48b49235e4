package fr.cmq.gateway.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** The open-data publication's settings ({@code cmq.open-data.*}). */
@ConfigMapping(prefix = "cmq.open-data")
public interface OpenDataConfig {

    /**
     * The default published columns: identity, family, region, academies, label status and expiry, legal form,
     * support establishment type, partner counts by typology and funder-type shares. No amount, no person.
     */
    String DEFAULT = "campusId,designation,familyCode,familyLabel,regionCode,regionName,academyCodes,labelStatus,"
            + "labelExpiryDate,legalForm,supportEstablishmentType,activePartners,partnersPublicInitial,"
            + "partnersPublicContinuing,partnersPrivateInitial,partnersPrivateContinuing,budgetYear,"
            + "sharePercentRECTORAT,sharePercentREGION,sharePercentSUPPORT_ESTABLISHMENT,sharePercentCOMPANY,"
            + "sharePercentPROFESSIONAL_BRANCH,sharePercentMEMBERSHIP_FEES,sharePercentOTHER_LOCAL_AUTHORITY,"
            + "sharePercentOTHER_STATE,sharePercentEU_FUNDS,sharePercentOWN_RESOURCES,sharePercentOTHER";
    List<String> DEFAULT_COLUMNS = List.of(DEFAULT.split(","));

    /**
     * The published columns, by name (see {@link OpenDataColumns#ALL}, in whose order they are published): the
     * publication's one setting. campusId, the primary key, is required.
     */
    @WithDefault(DEFAULT)
    List<String> columns();
}
