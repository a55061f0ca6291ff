package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.adapter.in.rest.gate.PathId;
import com.vecton.crm.domain.edit.Text;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses U+0000 in the query and path parameters of every route, present and future, with one
 * {@code 422 validation_failed} naming each such parameter ({@link Text#NUL_REFUSED}). Resources
 * hand parameters on as text (a subject id, a user id, a sort key); Postgres cannot hold a NUL
 * even in a comparison, so {@code ?subject_id=%00} and {@code members/%00} used to be 500s. Values
 * are checked as decoded, so {@code %00} is what is found; bodies are {@link JsonBody}'s to check.
 *
 * <p>The {@code {id}} of item routes is left alone: anything that is not a positive integer names
 * no stored item and stays a {@code 404} ({@link PathId}), NUL or not.
 *
 * <p>It runs after matching (it needs the path parameters) at {@link #PRIORITY}, after the gate
 * (which both authenticates and authorises at {@link Priorities#AUTHENTICATION}), so a caller
 * without a token still hears {@code 401} and one without the permission {@code 403}, rather than
 * learning how parameters are checked, and a refused caller costs no checking.
 */
public final class ParameterText implements ContainerRequestFilter {
    /** After the gate ({@link Priorities#AUTHENTICATION}); before any resource method reads a parameter. */
    public static final int PRIORITY = Priorities.AUTHORIZATION;

    @Override
    public void filter(ContainerRequestContext request) {
        var errors = new InputErrors();
        refuseNul(request.getUriInfo().getPathParameters(), List.of(PathId.NAME), errors);
        refuseNul(request.getUriInfo().getQueryParameters(), List.of(), errors);
        errors.throwIfAny();
    }

    private static void refuseNul(MultivaluedMap<String, String> parameters, List<String> exempt, InputErrors errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!exempt.contains(parameter.getKey())
                    && parameter.getValue().stream().anyMatch(Text::containsNul)) {
                errors.add(parameter.getKey(), Text.NUL_REFUSED);
            }
        }
    }
}
