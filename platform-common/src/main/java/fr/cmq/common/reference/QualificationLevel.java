package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The levels of qualification of the nomenclature the report uses (level V, the CAP, to level I), monitoring code list. */
@Schema(description = "Level of qualification, in the nomenclature of the report (1969): V (CAP, BEP), IV "
        + "(baccalauréat, BP), III (BTS, DUT), II (licence), I (master, engineer, doctorate)")
public enum QualificationLevel implements CodeList {
    @Label("Niveau V (CAP, BEP)") V,
    @Label("Niveau IV (baccalauréat, brevet professionnel)") IV,
    @Label("Niveau III (BTS, DUT)") III,
    @Label("Niveau II (licence, licence professionnelle)") II,
    @Label("Niveau I (master, ingénieur, doctorat)") I
}
