package com.vecton.crm.adapter.in.rest.item;

import com.vecton.crm.adapter.in.rest.problem.ProblemJson;
import com.vecton.crm.domain.problem.PreconditionFailed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The conditional half of every item route, written once for all of them: a successful answer
 * whose entity is a {@link ItemTags.Versioned versioned item} gets its {@code ETag}, and a read
 * of one ({@code GET}, {@code HEAD}) is answered by its conditions as RFC 9110 section 13.2.2
 * orders them: an {@code If-Match} that does not hold is {@code 412}, an {@code If-None-Match}
 * that names the item (weakly; {@code *} names any) is {@code 304 Not Modified} with the tag and
 * no body. Changes check {@code If-Match} in their use case, under the row lock
 * ({@link com.vecton.crm.domain.access.Precondition}), so here they only get their tag.
 *
 * <p>A malformed {@code If-None-Match} is ignored (the full answer is always a correct one);
 * a malformed {@code If-Match} never gets here, the gate refuses it with {@code 400}.
 */
public final class ItemTagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
                || !(response.getEntity() instanceof ItemTags.Versioned item)) {
            return;
        }
        if (!response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, ItemTags.header(item.version()));
        }
        String method = request.getMethod();
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD)) {
            return;
        }
        if (!EntityTagList.ifMatch(request.getHeaderString(HttpHeaders.IF_MATCH))
                .holdsFor(item.version())) {
            var failed = new PreconditionFailed(item.version());
            response.setStatus(412);
            response.setEntity(
                    ProblemJson.of(412, failed.code(), failed.detail()),
                    null,
                    MediaType.valueOf(ProblemJson.MEDIA_TYPE));
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null
                && EntityTagList.parse(ifNoneMatch)
                        .map(tags -> tags.namesWeakly(item.version()))
                        .orElse(false)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }
}
