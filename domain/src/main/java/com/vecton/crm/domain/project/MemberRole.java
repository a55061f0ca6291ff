package com.vecton.crm.domain.project;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a member does on a project. */
public enum MemberRole {
    MANAGER("manager"),
    MEMBER("member"),
    VIEWER("viewer");

    /** The role of a member added without one. */
    public static final MemberRole DEFAULT = MEMBER;

    private final String apiName;

    MemberRole(String apiName) {
        this.apiName = apiName;
    }

    /** The name in the API and in the database. */
    public String apiName() {
        return apiName;
    }

    /**
     * The role a client named; absent ({@code null}) means {@link #DEFAULT}.
     *
     * @throws ValidationFailed on {@code role} for anything that is not a role's name
     */
    public static MemberRole parse(String raw) {
        if (raw == null) {
            return DEFAULT;
        }
        for (MemberRole role : values()) {
            if (role.apiName.equals(raw)) {
                return role;
            }
        }
        throw ValidationFailed.of(
                "role",
                "must be one of "
                        + Arrays.stream(values()).map(MemberRole::apiName).collect(Collectors.joining(", ")));
    }

    /** Reads a stored value; an unknown one is a bug, not a client error. */
    public static MemberRole fromStored(String stored) {
        for (MemberRole role : values()) {
            if (role.apiName.equals(stored)) {
                return role;
            }
        }
        throw new IllegalStateException("not a member role: " + stored);
    }
}
