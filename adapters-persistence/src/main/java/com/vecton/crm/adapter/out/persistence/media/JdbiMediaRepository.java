package com.vecton.crm.adapter.out.persistence.media;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.MediaRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.file.ContentHash;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.media.ImageSize;
import com.vecton.crm.domain.media.MediaId;
import com.vecton.crm.domain.media.MediaItem;
import com.vecton.crm.domain.media.MediaKind;
import com.vecton.crm.domain.media.MediaQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link MediaRepository} on Postgres ({@code media_items}, V30); rows mapped by hand, as every
 * store's. Items are deleted for good (a trigger leaves the feed's tombstone), never updated.
 */
public final class JdbiMediaRepository extends JdbiStore<MediaId, MediaItem> implements MediaRepository {
    private static final Table MEDIA = Table.deletingForGood(
            "media_items", "sha256", "size", "mime_type", "stored_name", "original_name", "width", "height");

    private static final String DELETE = "DELETE FROM media_items WHERE id = :id";

    private static final Map<String, String> SORT_COLUMNS = Map.of("created_at", "created_at");
    private static final SortOrder NEWEST_FIRST = new SortOrder("created_at", true);

    private static final RowMapper<MediaItem> ITEM = (rows, context) -> {
        Long width = Columns.nullableLong(rows, 7);
        Long height = Columns.nullableLong(rows, 8);
        return MediaItem.restore(
                new MediaId(rows.getLong(1)),
                new ContentHash(rows.getString(2)),
                rows.getLong(3),
                MediaKind.of(rows.getString(4)).orElseThrow(),
                rows.getString(5),
                rows.getString(6),
                width == null ? Optional.empty() : Optional.of(new ImageSize(width, height)),
                Columns.userId(rows, 9),
                Columns.instant(rows, 10));
    };

    private static final Map<String, String> VISIBILITY_TESTS = Map.of("created_by", "created_by = ANY (%s)");

    public JdbiMediaRepository(Jdbi jdbi) {
        super(jdbi, MEDIA, MediaId::new, PagedSelect.NARROW_FIRST_UP_TO);
    }

    @Override
    protected List<MediaItem> read(Handle handle, Query rows) {
        return rows.map(ITEM).list();
    }

    @Override
    protected void bind(Update row, MediaItem item) {
        row.bind("id", item.id().value())
                .bind("sha256", item.content().hex())
                .bind("size", item.size())
                .bind("mime_type", item.kind().mediaType())
                .bind("stored_name", item.storedName())
                .bind("original_name", item.originalName())
                .bind("width", item.dimensions().map(ImageSize::width).orElse(null))
                .bind("height", item.dimensions().map(ImageSize::height).orElse(null))
                .bind("created_by", item.createdBy().map(UserId::value).orElse(null))
                .bind("created_at", Columns.timestamptz(item.createdAt()))
                .bind("updated_at", Columns.timestamptz(item.createdAt()))
                .bind("version", item.version());
    }

    @Override
    public void delete(MediaId id) {
        jdbi.useHandle(
                handle -> handle.createUpdate(DELETE).bind("id", id.value()).execute());
    }

    @Override
    public Page<MediaItem> search(MediaQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.kind().ifPresent(kind -> where.and("mime_type = :mime_type", q -> q.bind("mime_type", kind.mediaType())));
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, NEWEST_FIRST, false, page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }
}
