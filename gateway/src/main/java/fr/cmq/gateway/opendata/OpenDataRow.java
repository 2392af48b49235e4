package fr.cmq.gateway.opendata;

import fr.cmq.gateway.dashboard.RegisterNames;
import fr.cmq.gateway.dashboard.TableRow;

/** A row of the national table and the French names of the register's codes it uses. */
public record OpenDataRow(TableRow row, RegisterNames names) {
}
