package fr.cmq.labelling.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** An academy (rectorat's district), in exactly one region. */
@Entity
@Table(name = "academy")
public class Academy extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String regionCode;
    /** False for academies merged since 2017 (Caen and Rouen, now Normandie); kept for the report's campuses. */
    public boolean current;
    /** The other spellings the report uses (e.g. "CRÉTEIL"), in alphabetical order. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "academy_alias", joinColumns = @JoinColumn(name = "academy_code"))
    @Column(name = "alias")
    @OrderBy
    public List<String> aliases = new ArrayList<>();
}
