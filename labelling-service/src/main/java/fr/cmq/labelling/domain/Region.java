package fr.cmq.labelling.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A current French region, identified by its INSEE code (e.g. {@code 76} for Occitanie). */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public boolean overseas;
}
