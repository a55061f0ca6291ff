package com.vecton.crm.domain.sla;

/**
 * One policy's figures over a period: tasks due (a target falling due in it), met and breached
 * among them, and the median business minutes to first response and to resolution (absent: none).
 */
public record SlaReport(
        long policyId,
        String policyName,
        int due,
        int met,
        int breached,
        Long medianFirstResponseMinutes,
        Long medianResolutionMinutes) {}
