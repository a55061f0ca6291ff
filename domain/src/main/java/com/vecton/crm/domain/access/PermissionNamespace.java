package com.vecton.crm.domain.access;

/**
 * Where this deployment's permissions live: {@code tenant.{tenantName}.{serviceName}}. Bound by
 * configuration, never by a request.
 */
public record PermissionNamespace(String tenantName, String serviceName) {
    public PermissionNamespace {
        if (tenantName == null || tenantName.isBlank() || tenantName.contains(".")) {
            throw new IllegalArgumentException("a tenant name is non-blank and has no dot");
        }
        if (serviceName == null || serviceName.isBlank() || serviceName.contains(".")) {
            throw new IllegalArgumentException("a service name is non-blank and has no dot");
        }
    }

    public QualifiedPermission qualify(Permission permission) {
        return new QualifiedPermission("tenant." + tenantName + "." + serviceName + "." + permission.value());
    }
}
