package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.lifecycle.VersionedRecord;

/**
 * Reads one live record of any type and checks the requester's policies on it. No lock: the check
 * and the answer are on the same copy, so nothing read can slip past the check.
 */
public final class ShowRecordService<I extends RecordId, E extends PolicyResource & VersionedRecord>
        implements ShowRecordUseCase<I, E> {
    private final RecordType<I, E> type;

    public ShowRecordService(RecordType<I, E> type) {
        this.type = type;
    }

    @Override
    public E show(Requester who, I id) {
        var record = type.findLive(id);
        type.admit(who, record);
        return record;
    }
}
