package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/** Gives Jersey's Jackson provider our {@link Json#mapper()} instead of its default one. */
public final class ObjectMapperResolver implements ContextResolver<ObjectMapper> {
    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Json.mapper();
    }
}
