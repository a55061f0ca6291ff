package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.media.MediaId;
import com.vecton.crm.domain.media.MediaItem;
import com.vecton.crm.domain.media.MediaQuery;

/** Where media items are kept; deleted for good, their content then left for the blob cleanup. */
public interface MediaRepository extends RecordStore<MediaId, MediaItem> {

    /** Deletes the item for good. */
    void delete(MediaId id);

    /**
     * One page of the items matching the query that the caller may see, newest first, with the total
     * of those. The visibility may test the attributes of {@link MediaItem#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<MediaItem> search(MediaQuery query, Visibility visible, PageRequest page);
}
