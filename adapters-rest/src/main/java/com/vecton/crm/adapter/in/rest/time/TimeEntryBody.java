package com.vecton.crm.adapter.in.rest.time;

import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.domain.edit.FieldEdit;
import java.io.InputStream;

/** A time entry request body: the shared {@link JsonBody} readers, and {@code billable} read once as a flag. */
record TimeEntryBody(JsonBody fields, FieldEdit<Boolean> billable) {

    /** @throws RequestRejected {@code malformed_request} unless one JSON object whose billable is a boolean or null */
    static TimeEntryBody read(InputStream body) {
        JsonBody fields = JsonBody.read(body);
        return new TimeEntryBody(fields, fields.flag("billable"));
    }
}
