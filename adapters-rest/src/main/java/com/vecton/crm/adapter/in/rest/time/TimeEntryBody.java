package com.vecton.crm.adapter.in.rest.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.adapter.in.rest.json.Json;
import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.domain.edit.FieldEdit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A time entry request body: the shared {@link JsonBody} readers for its text and number fields,
 * and {@code billable}, the first boolean field of the API, which {@link JsonBody} has no reader
 * for yet. The body (at most {@code BodyLimit.MAX_BYTES}) is read once and parsed twice; the second
 * parse cannot fail, the first having proven it one JSON object.
 */
record TimeEntryBody(JsonBody fields, FieldEdit<Boolean> billable) {

    /** @throws RequestRejected {@code malformed_request} unless one JSON object whose billable is a boolean or null */
    static TimeEntryBody read(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException unreadable) {
            throw RequestRejected.malformed("The request body could not be read.");
        }
        JsonBody fields = JsonBody.read(new ByteArrayInputStream(bytes));
        JsonNode billable;
        try {
            billable = Json.mapper().readTree(bytes).get("billable");
        } catch (IOException impossible) {
            throw new IllegalStateException("a body read as JSON once did not parse again", impossible);
        }
        if (billable == null) {
            return new TimeEntryBody(fields, FieldEdit.keep());
        }
        if (billable.isNull()) {
            return new TimeEntryBody(fields, FieldEdit.set(null));
        }
        if (!billable.isBoolean()) {
            throw RequestRejected.malformed("The field billable must be true, false or null.");
        }
        return new TimeEntryBody(fields, FieldEdit.set(billable.booleanValue()));
    }
}
