package com.vecton.crm.domain.access;

/** A pattern over resource names ({@code crm:tasks/*}), matched segment by segment on {@code /}. */
public record ResourcePattern(String value) {
    public static final ResourcePattern ANY = new ResourcePattern("*");

    public ResourcePattern {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a resource pattern is not blank");
        }
    }

    public boolean matches(ResourceName resource) {
        return SegmentPattern.matches(value, resource.value(), '/');
    }
}
