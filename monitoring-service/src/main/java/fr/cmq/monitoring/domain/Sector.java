package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Sector of a partner organisation (recommendation 6): PUBLIC or PRIVATE")
public enum Sector {
    PUBLIC, PRIVATE
}
