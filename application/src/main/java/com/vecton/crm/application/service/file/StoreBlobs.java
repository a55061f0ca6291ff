package com.vecton.crm.application.service.file;

import com.vecton.crm.application.port.out.BlobIndex;
import com.vecton.crm.application.port.out.BlobStore;
import com.vecton.crm.application.port.out.BlobStore.StagedBlob;
import com.vecton.crm.application.port.out.Transactions;

/**
 * How an upload's content is kept, for every use case that keeps uploads (media, document versions):
 * staged first, then, inside the use case's transaction and under the content's lock, recorded and
 * published, so the row that refers to it commits with its record and never points at a half file.
 */
public record StoreBlobs(BlobIndex index, BlobStore store, Transactions transactions) {

    /**
     * Records and publishes staged content; call inside the transaction that stores what refers to it.
     * The lock is held until that transaction ends, so the cleanup cannot take the content meanwhile.
     */
    public void keep(StagedBlob staged) {
        index.lock(staged.hash());
        index.record(staged.hash(), staged.size());
        store.publish(staged);
    }

    /**
     * After a transaction that published content failed: drops the staged copy, and the published
     * one unless another transaction has recorded the same content meanwhile (under the lock, so
     * an upload of it that is still running keeps it). Never throws: a failure here is added to
     * {@code failure}, and what is left is the cleanup's.
     */
    public void undo(StagedBlob staged, RuntimeException failure) {
        try {
            store.discard(staged);
            transactions.inTransaction(() -> {
                index.lock(staged.hash());
                if (!index.isRecorded(staged.hash())) {
                    store.delete(staged.hash());
                }
            });
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
