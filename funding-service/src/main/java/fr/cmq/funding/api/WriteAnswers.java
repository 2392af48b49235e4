package fr.cmq.funding.api;

import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.web.ETags;
import fr.cmq.funding.service.CampusRecordWriter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** The success answers of the funding writes: the view of what was written, with its ETag. */
final class WriteAnswers {

    private WriteAnswers() {
    }

    /** The answer to a PUT: 201 at the request's URL when it created the record, 200 when it replaced it. */
    static Response put(CampusRecordWriter.Saved<? extends AuditedEntity> saved, Object view, UriInfo uri) {
        Response.ResponseBuilder answer = saved.created() ? Response.created(uri.getRequestUri()) : Response.ok();
        return withETag(answer, saved.entity().version(), view);
    }

    /** 201 with the URL of the created (or changed) resource. */
    static Response created(URI location, long version, Object view) {
        return withETag(Response.created(location), version, view);
    }

    private static Response withETag(Response.ResponseBuilder answer, long version, Object view) {
        return answer.header(HttpHeaders.ETAG, ETags.of(version)).entity(view).build();
    }
}
