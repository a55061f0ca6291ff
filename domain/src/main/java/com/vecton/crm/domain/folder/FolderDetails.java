package com.vecton.crm.domain.folder;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a user may set on a folder: its name (trimmed, required, at most {@link #MAX_NAME}
 * characters, no control characters: it is a label, never part of a path) and its parent
 * (empty: a top-level folder). That the name is unique among its live siblings (ignoring case and
 * accents) and that the parent is a live folder that is not inside this one are rules about
 * stored data, kept by the use cases and the store.
 */
public record FolderDetails(String name, Optional<DocumentFolderId> parentId) {
    public static final int MAX_NAME = 200;

    public FolderDetails {
        name = Text.clean(name);
        parentId = parentId == null ? Optional.empty() : parentId;
        var errors = new FieldErrors();
        if (name == null) {
            errors.add("name", "is required");
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            errors.add("name", "must not contain control characters");
        }
        errors.maxLength("name", name, MAX_NAME);
        errors.throwIfAny();
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", name);
        fields.put("parent_id", parentId.map(DocumentFolderId::value).orElse(null));
        return fields;
    }
}
