package com.vecton.crm.application.port.in.lifecycle;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.sync.ChangePage;
import com.vecton.crm.domain.sync.ChangeRequest;

/**
 * Sync a copy of one type's records (contacts, tasks, ...): the records created, changed or deleted
 * since the client's cursor, oldest change first, among those its list would show.
 */
public interface ListChangesUseCase<E> {

    /**
     * The next changes after the request's cursor (from the start without one) that the requester
     * could open one by one: live records as they are now, deleted ones as tombstones.
     *
     * @throws com.vecton.crm.domain.problem.Gone {@code sync_cursor_expired} when the cursor is older
     *         than {@link com.vecton.crm.domain.sync.SyncCursor#LIFETIME}
     * @throws com.vecton.crm.domain.problem.Forbidden when no record could be visible, saying why
     */
    ChangePage<E> changes(Requester who, ChangeRequest request);
}
