package com.vecton.crm.domain.company;

import com.vecton.crm.domain.edit.EmailAddress;
import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a user may set on a company. Validates all fields at once; texts are trimmed and blank
 * ones become absent. The domain is stored lower-case, since DNS names are case-insensitive.
 */
public record CompanyDetails(
        String name,
        String domain,
        String phone,
        String email,
        String website,
        String address,
        String city,
        String postalCode,
        String country,
        String notes) {
    public static final int MAX_NAME = 200;
    public static final int MAX_PHONE = 50;
    public static final int MAX_WEBSITE = 2048;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_CITY = 100;
    public static final int MAX_POSTAL_CODE = 20;
    public static final int MAX_COUNTRY = 100;
    public static final int MAX_NOTES = 10_000;

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);

    public CompanyDetails {
        name = Text.clean(name);
        domain = Text.clean(domain) == null ? null : Text.clean(domain).toLowerCase(java.util.Locale.ROOT);
        phone = Text.clean(phone);
        email = Text.clean(email);
        website = Text.clean(website);
        address = Text.clean(address);
        city = Text.clean(city);
        postalCode = Text.clean(postalCode);
        country = Text.clean(country);
        notes = Text.clean(notes);

        var errors = new FieldErrors();
        if (name == null) {
            errors.add("name", "is required");
        }
        errors.maxLength("name", name, MAX_NAME)
                .maxLength("phone", phone, MAX_PHONE)
                .maxLength("website", website, MAX_WEBSITE)
                .maxLength("address", address, MAX_ADDRESS)
                .maxLength("city", city, MAX_CITY)
                .maxLength("postal_code", postalCode, MAX_POSTAL_CODE)
                .maxLength("country", country, MAX_COUNTRY)
                .maxLength("notes", notes, MAX_NOTES);
        if (domain != null && !DOMAIN.matcher(domain).matches()) {
            errors.add("domain", "must be a domain name such as example.com");
        }
        if (email != null && !EmailAddress.isValid(email)) {
            errors.add("email", "must be a valid email address");
        }
        if (website != null && !WEBSITE.matcher(website).matches()) {
            errors.add("website", "must be an http or https URL");
        }
        errors.throwIfAny();
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", name);
        fields.put("domain", domain);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("website", website);
        fields.put("address", address);
        fields.put("city", city);
        fields.put("postal_code", postalCode);
        fields.put("country", country);
        fields.put("notes", notes);
        return fields;
    }
}
