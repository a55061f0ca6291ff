package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceName;

/** The permissions of leave, and the resources they are checked on ({@code crm:leaves}). */
public final class LeaveAccess {
    public static final String RESOURCE_TYPE = "leaves";
    public static final Permission LIST = new Permission("leaves.list");
    public static final Permission CREATE = new Permission("leaves.create");
    public static final Permission REVIEW = new Permission("leaves.review");
    /**
     * Working on other people's requests (submitting, listing, cancelling them), leave types,
     * holidays and balance adjustments. Checked by the use cases besides a route's own permission
     * where a request names another user; routes of leave types, holidays and adjustments require it.
     */
    public static final Permission MANAGE = new Permission("leaves.manage");

    private LeaveAccess() {}

    public static ResourceName collection() {
        return ResourceName.collection(RESOURCE_TYPE);
    }
}
