package fr.cmq.labelling.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An academy (rectorat's district), in exactly one region. */
@Entity
@Table(name = "academy")
public class Academy extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    @Column(name = "region_code")
    public String regionCode;
    /** False for academies merged since 2017 (Caen and Rouen, now Normandie); kept for the report's campuses. */
    public boolean current;
}
