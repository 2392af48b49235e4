import fr.cmq.common.rules.LabelCalendar;

/**
 * Prints the SQL expression of the label status the gateway's table query uses (TableSql: the label calendar of
 * platform-common, over campus_row's columns, for the day p.today), for bench/varied-queries.py: the ceiling's SQL
 * is the gateway's own. Run with the gateway's jars on the class path (java -cp ... bench/LabelStatusSql.java).
 */
public class LabelStatusSql {
    public static void main(String[] args) {
        System.out.println(LabelCalendar.statusExpression(
                LabelCalendar.Columns.postgres("r.label_basis", "r.label_expiry", "r.label_withdrawn_on"), "p.today"));
    }
}
