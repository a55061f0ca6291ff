package com.vecton.crm.domain.audit;

/** One field's value before and after a change; either side may be {@code null}. */
public record FieldChange(Object before, Object after) {}
