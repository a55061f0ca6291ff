package com.vecton.crm.adapter.out.persistence.media;

import static com.vecton.crm.domain.testing.MediaItemBuilder.aMediaItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.media.MediaId;
import com.vecton.crm.domain.media.MediaItem;
import com.vecton.crm.domain.testing.MediaItemBuilder;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store contract on media items, which are never changed once made (so the tests of changes and
 * versions do not apply) and are deleted for good; each contract record refers to one stored blob.
 */
class MediaStoreContractTest extends RecordStoreContract<MediaId, MediaItem> {

    @Override
    protected String table() {
        return "media_items";
    }

    @Override
    protected RecordStore<MediaId, MediaItem> storeOn(Persistence db) {
        return db.media();
    }

    @Override
    protected void prepare(Persistence db) {
        try (var c = db.dataSource().getConnection();
                var st = c.prepareStatement("INSERT INTO file_blobs (sha256, size) VALUES (?, ?)")) {
            st.setString(1, MediaItemBuilder.CONTENT.hex());
            st.setLong(2, MediaItemBuilder.SIZE);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected boolean changesRecords() {
        return false;
    }

    @Override
    protected MediaItem newRecord(MediaId id) {
        return aMediaItem().build(id, CREATOR, T0);
    }

    @Override
    protected MediaItem changed(MediaItem item, Instant now) {
        throw new UnsupportedOperationException("a media item is never changed");
    }

    @Override
    protected MediaId idOf(MediaItem item) {
        return item.id();
    }

    @Override
    protected Object stateOf(MediaItem item) {
        return List.of(
                item.id(),
                item.content(),
                item.size(),
                item.kind(),
                item.storedName(),
                item.originalName(),
                item.dimensions(),
                item.createdBy(),
                item.createdAt(),
                item.version());
    }

    @Test
    void a_pdf_reads_back_without_dimensions_and_a_deleted_item_is_gone_for_good() {
        var media = db().media();
        var pdf = aMediaItem().aPdf().build(media.nextId(), CREATOR, T0);
        media.save(pdf);
        assertEquals(Optional.empty(), media.findById(pdf.id()).orElseThrow().dimensions());
        assertEquals(stateOf(pdf), media.findById(pdf.id()).map(this::stateOf).orElseThrow());

        media.delete(pdf.id());

        assertEquals(Optional.empty(), media.findById(pdf.id()));
        assertEquals(Optional.empty(), db().transactions().inTransaction(() -> media.lockById(pdf.id())));
    }
}
