package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.lifecycle.RecordId;

/** Reads one live record of any type. */
public final class ShowRecordService<I extends RecordId, E> implements ShowRecordUseCase<I, E> {
    private final RecordType<I, E> type;

    public ShowRecordService(RecordType<I, E> type) {
        this.type = type;
    }

    @Override
    public E show(I id) {
        return type.store().findById(id).orElseThrow(() -> type.notFound(id));
    }
}
