package com.vecton.crm.adapter.in.rest.item;

import com.vecton.crm.adapter.in.rest.gate.PathId;
import com.vecton.crm.domain.lifecycle.RecordId;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.LongFunction;

/**
 * What the item routes of every resource do the same way, written once: the {@code {id}} of the
 * path read into the entity's id (something that cannot be an id is a 404, see {@link PathId}),
 * and a create answered {@code 201} with the item and a {@code Location} naming where it lives.
 * A delete route returns {@code void}, which JAX-RS answers {@code 204}. What stays in each
 * resource is its own: the route methods, each with its permission, and the JSON shapes.
 */
public final class ItemRoutes {
    private ItemRoutes() {}

    /** The record the path's {@code {id}} names, such as {@code id(raw, ContactId::new)}. */
    public static <I extends RecordId> I id(String raw, LongFunction<I> ids) {
        return ids.apply(PathId.parse(raw));
    }

    /** {@code 201 Created} with the item and {@code Location: <base>/<resource's path>/<id>}. */
    public static Response created(UriInfo uri, Class<?> resource, RecordId id, Object item) {
        var location = uri.getBaseUriBuilder().path(resource).path("{id}").build(id.value());
        return Response.created(location).entity(item).build();
    }
}
