package fr.cmq.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "One page of a campus's partners (the platform's page shape)")
public record PartnerPage(
        @Schema(description = "The partners of this page, by identifier") List<PartnerView> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
        String nextCursor) {
}
