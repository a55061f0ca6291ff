package com.vecton.crm.domain.document;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a user may set on a document: its title (required, at most {@link #MAX_TITLE}), its folder
 * (required), a description (at most {@link #MAX_DESCRIPTION}) and tags (each trimmed, 1-50
 * characters, at most {@link #MAX_TAGS}, kept in order without repeats).
 */
public record DocumentDetails(String title, DocumentFolderId folderId, String description, List<String> tags) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_TAGS = 20;

    public DocumentDetails {
        title = Text.clean(title);
        description = Text.clean(description);
        var errors = new FieldErrors();
        if (title == null) {
            errors.add("title", "is required");
        }
        errors.maxLength("title", title, MAX_TITLE);
        errors.maxLength("description", description, MAX_DESCRIPTION);
        if (folderId == null) {
            errors.add("folder_id", "is required");
        }
        var cleanTags = new LinkedHashSet<String>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String clean = Text.clean(tag);
            if (clean == null || clean.length() > 50) {
                errors.add("tags", "each tag has 1 to 50 characters");
            } else {
                cleanTags.add(clean);
            }
        }
        if (cleanTags.size() > MAX_TAGS) {
            errors.add("tags", "at most " + MAX_TAGS + " tags");
        }
        errors.throwIfAny();
        tags = List.copyOf(cleanTags);
    }

    public DocumentDetails inFolder(DocumentFolderId folder) {
        return new DocumentDetails(title, folder, description, tags);
    }

    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("title", title);
        fields.put("folder_id", folderId.value());
        fields.put("description", description);
        fields.put("tags", tags);
        return fields;
    }
}
