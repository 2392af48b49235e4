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

/** A current French region, identified by its INSEE code (e.g. {@code 76} for Occitanie). */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public boolean overseas;
    /** The other spellings the report uses (e.g. "Grand-Est"), in alphabetical order. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "region_alias", joinColumns = @JoinColumn(name = "region_code"))
    @Column(name = "alias")
    @OrderBy
    public List<String> aliases = new ArrayList<>();
}
