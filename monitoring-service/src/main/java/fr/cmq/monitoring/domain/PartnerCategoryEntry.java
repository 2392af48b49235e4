package fr.cmq.monitoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the partner-category reference data: code, French label and grouping. */
@Entity
@Table(name = "partner_category")
public class PartnerCategoryEntry extends PanacheEntityBase {

    @Id
    public String code;
    public String label;
    public String grouping;
    public int position;
}
