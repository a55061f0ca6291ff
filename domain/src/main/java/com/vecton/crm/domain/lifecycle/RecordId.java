package com.vecton.crm.domain.lifecycle;

/**
 * The id of a stored record: a positive number the tenant's database gave it. Every entity's id
 * ({@code ContactId}, {@code TaskId}, ...) is one, so the parts that are the same for every entity
 * (the store base, the lifecycle use cases, resource names) can read it.
 */
public interface RecordId {

    long value();
}
