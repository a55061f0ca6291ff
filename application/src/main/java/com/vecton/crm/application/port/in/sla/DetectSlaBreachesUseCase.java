package com.vecton.crm.application.port.in.sla;

/** One run of the breach job: records each breach and each warning once, across replicas. */
public interface DetectSlaBreachesUseCase {

    Run detect();

    /** What one run did; {@code claimed} false when another replica's run was at work. */
    record Run(boolean claimed, int scanned, int breaches, int warnings, int resolved) {}
}
