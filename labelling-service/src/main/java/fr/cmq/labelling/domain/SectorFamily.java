package fr.cmq.labelling.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sector family ("Nouvelle famille - Proposition DGE" of Annexe 4). */
@Entity
@Table(name = "sector_family")
public class SectorFamily extends PanacheEntityBase {

    @Id
    public String code;
    public String label;
    public int position;
    public boolean inAnnex4;
}
