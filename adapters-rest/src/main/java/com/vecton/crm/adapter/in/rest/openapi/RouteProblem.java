package com.vecton.crm.adapter.in.rest.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem a route answers besides those every route of its shape answers ({@link ProblemAnswers}):
 * a rule of its own, such as {@code 422 label_name_taken}. The document lists the codes in the
 * enum of that status's {@code error}, so a generated client can switch on them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(RouteProblem.List.class)
public @interface RouteProblem {
    int status();

    /** The stable {@code error} codes, such as {@code TaskLabel.NAME_TAKEN}. */
    String[] codes();

    /** Several statuses on one route. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        RouteProblem[] value();
    }
}
