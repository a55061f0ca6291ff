package com.vecton.crm.domain.contact;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.edit.EmailAddress;
import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user may set on a contact. Validates all fields at once, so a client learns every
 * problem in one 422. Texts are trimmed and blank ones become absent.
 */
public record ContactDetails(
        String firstName,
        String lastName,
        String email,
        String phone,
        String jobTitle,
        CompanyId companyId,
        String notes) {
    public static final int MAX_FIRST_NAME = 100;
    public static final int MAX_LAST_NAME = 100;
    public static final int MAX_PHONE = 50;
    public static final int MAX_JOB_TITLE = 150;
    public static final int MAX_NOTES = 10_000;

    public ContactDetails {
        firstName = Text.clean(firstName);
        lastName = Text.clean(lastName);
        email = Text.clean(email);
        phone = Text.clean(phone);
        jobTitle = Text.clean(jobTitle);
        notes = Text.clean(notes);

        var errors = new FieldErrors();
        if (firstName == null && lastName == null) {
            errors.add("first_name", "first_name or last_name is required");
            errors.add("last_name", "first_name or last_name is required");
        }
        errors.maxLength("first_name", firstName, MAX_FIRST_NAME)
                .maxLength("last_name", lastName, MAX_LAST_NAME)
                .maxLength("phone", phone, MAX_PHONE)
                .maxLength("job_title", jobTitle, MAX_JOB_TITLE)
                .maxLength("notes", notes, MAX_NOTES);
        if (email != null && !EmailAddress.isValid(email)) {
            errors.add("email", "must be a valid email address");
        }
        errors.throwIfAny();
    }

    /** "First Last", or whichever of the two is present. */
    public String displayName() {
        if (firstName == null) {
            return lastName;
        }
        return lastName == null ? firstName : firstName + " " + lastName;
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("first_name", firstName);
        fields.put("last_name", lastName);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("job_title", jobTitle);
        fields.put("company_id", companyId == null ? null : companyId.value());
        fields.put("notes", notes);
        return fields;
    }
}
