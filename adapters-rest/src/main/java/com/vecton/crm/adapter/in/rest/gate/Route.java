package com.vecton.crm.adapter.in.rest.gate;

import com.vecton.crm.domain.access.Permission;
import java.util.Optional;

/**
 * One HTTP route as declared by a resource method: its method, path template and what the gate
 * checks. A route is either public (no permission, no resource type) or guarded (both).
 */
public record Route(String method, String path, Optional<Permission> permission, Optional<String> resourceType) {
    public Route {
        if (method == null || path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a route has a method and an absolute path template");
        }
        if (permission.isPresent() != resourceType.isPresent()) {
            throw new IllegalArgumentException(
                    "a guarded route has both a permission and a resource type: " + method + " " + path);
        }
    }

    public boolean isPublic() {
        return permission.isEmpty();
    }

    /** Routes on one item are checked against {@code crm:{type}/{id}}, the others against {@code crm:{type}}. */
    public boolean isItemRoute() {
        return path.contains("{" + PathId.NAME + "}");
    }
}
