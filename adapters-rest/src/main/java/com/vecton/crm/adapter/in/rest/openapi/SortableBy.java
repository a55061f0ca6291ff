package com.vecton.crm.adapter.in.rest.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the query type whose {@code public static final Set<String> SORTABLE} is the allow-list of
 * a list route's {@code sort} parameter, the same set the route hands to {@code ListParams.read}.
 * The document turns it into an enum of each field and its descending {@code -field}, so the
 * enum cannot drift from what the server accepts.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SortableBy {
    /** Such as {@code ContactQuery.class}. */
    Class<?> value();
}
