package com.vecton.crm.domain.sla;

import java.time.Instant;

/** A task entered a status at an instant (its history, oldest first; the first is its creation). */
public record StatusChange(String status, Instant at) {}
