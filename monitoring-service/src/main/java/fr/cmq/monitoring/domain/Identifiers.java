package fr.cmq.monitoring.domain;

import java.util.regex.Pattern;

/** Checks of the French identifiers of organisations. */
public final class Identifiers {

    private static final Pattern UAI = Pattern.compile("[0-9]{7}[A-Z]");
    private static final Pattern SIRET = Pattern.compile("[0-9]{14}");
    /** La Poste's establishments share one SIREN whose SIRETs follow a different check (digit sum multiple of 5). */
    private static final String LA_POSTE_SIREN = "356000000";

    private Identifiers() {
    }

    /** A UAI (unité administrative immatriculée): 7 digits then 1 upper-case letter, e.g. 0310044A. */
    public static boolean isUai(String value) {
        return value != null && UAI.matcher(value).matches();
    }

    /** A SIRET: 14 digits passing the Luhn check (La Poste: digit sum a multiple of 5). */
    public static boolean isSiret(String value) {
        if (value == null || !SIRET.matcher(value).matches()) {
            return false;
        }
        if (value.startsWith(LA_POSTE_SIREN)) {
            int sum = 0;
            for (char c : value.toCharArray()) {
                sum += c - '0';
            }
            return sum % 5 == 0;
        }
        return luhn(value);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
