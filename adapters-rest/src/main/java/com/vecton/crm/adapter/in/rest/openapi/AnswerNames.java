package com.vecton.crm.adapter.in.rest.openapi;

import com.fasterxml.jackson.databind.JavaType;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.PageOf;
import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.Map;
import java.util.Set;

/**
 * Names the kit's generic answers after the record they carry, as each entity's own answer types
 * were named before them: {@code ItemOf<CompanyJson>} is {@code CompanyItem},
 * {@code PageOf<CompanyJson>} {@code CompanyList}, {@code ChangesOf<CompanyJson>}
 * {@code CompanyChanges}. Swagger's own rule would write {@code ItemOfCompany}, and every
 * generated client's type names would change with it.
 */
final class AnswerNames extends TypeNameResolver {
    static final String CHANGES = "Changes";

    private static final Map<Class<?>, String> SUFFIXES =
            Map.of(ItemOf.class, "Item", PageOf.class, "List", ChangesOf.class, CHANGES);

    @Override
    protected String nameForGenericType(JavaType type, Set<Options> options) {
        String suffix = SUFFIXES.get(type.getRawClass());
        if (suffix == null) {
            return super.nameForGenericType(type, options);
        }
        return nameForType(type.containedType(0), options) + suffix;
    }
}
