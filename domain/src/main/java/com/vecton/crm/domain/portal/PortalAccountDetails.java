package com.vecton.crm.domain.portal;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which identity user signs in to the customer portal as which contact. That the user is known
 * here, that the contact is live and that the user has no other account are rules about stored
 * data, kept by the use case and the store.
 */
public record PortalAccountDetails(UserId userId, ContactId contactId) {
    public PortalAccountDetails {
        var errors = new FieldErrors();
        if (userId == null) {
            errors.add("user_id", "is required");
        }
        if (contactId == null) {
            errors.add("contact_id", "is required");
        }
        errors.throwIfAny();
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("user_id", userId.value());
        fields.put("contact_id", contactId.value());
        return fields;
    }
}
