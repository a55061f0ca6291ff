package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.leave.LeaveUseCases;

/**
 * Leave use cases for the in-memory API of these tests: the routes are registered and gated here,
 * while their behaviour is tested end to end in bootstrap (LeaveEndToEndTest).
 */
public final class UntestedLeave {
    private UntestedLeave() {}

    public static LeaveUseCases useCases() {
        return new LeaveUseCases(
                (who, from, to) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, details) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                who -> {
                    throw untested();
                },
                (who, details) -> {
                    throw untested();
                },
                (who, id, details) -> {
                    throw untested();
                },
                (who, draft) -> {
                    throw untested();
                },
                (who, id, decision) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, everybody, page) -> {
                    throw untested();
                },
                (who, from, to) -> {
                    throw untested();
                },
                (who, user, year) -> {
                    throw untested();
                },
                (who, user, type, year, days, note) -> {
                    throw untested();
                });
    }

    public static com.vecton.crm.adapter.in.rest.shift.ShiftUseCases shiftUseCases() {
        return new com.vecton.crm.adapter.in.rest.shift.ShiftUseCases(
                who -> {
                    throw untested();
                },
                (who, details) -> {
                    throw untested();
                },
                (who, id, details) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, user, shift, date) -> {
                    throw untested();
                },
                (who, user, shift, recurrence) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, from, to, user) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, from, to) -> {
                    throw untested();
                });
    }

    public static com.vecton.crm.adapter.in.rest.sla.SlaUseCases slaUseCases() {
        return new com.vecton.crm.adapter.in.rest.sla.SlaUseCases(
                who -> {
                    throw untested();
                },
                (who, id, details) -> {
                    throw untested();
                },
                who -> {
                    throw untested();
                },
                (who, id, details) -> {
                    throw untested();
                },
                (who, task) -> {
                    throw untested();
                },
                (who, from, to, policy, resolved, page) -> {
                    throw untested();
                },
                (who, from, to) -> {
                    throw untested();
                },
                () -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("leave is tested end to end");
    }
}
