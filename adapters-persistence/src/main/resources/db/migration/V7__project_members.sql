-- Who works on which project. Removing a member is soft (deleted_at); adding the user again
-- brings the removed row back (ProjectMemberships.save), so a project has one row per user in
-- practice. Rows are never deleted, so both references hold for good.
CREATE TABLE project_members (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint      NOT NULL REFERENCES projects (id),
    user_id    text        NOT NULL REFERENCES tenant_users (id),
    role       text        NOT NULL DEFAULT 'member',
    added_at   timestamptz NOT NULL,
    deleted_at timestamptz,

    CONSTRAINT project_members_role_known CHECK (role IN ('manager', 'member', 'viewer'))
);

-- A user is a live member of a project at most once. The application adds members under a lock on
-- the project row; this index holds the rule against any writer that does not.
CREATE UNIQUE INDEX project_members_live_uq ON project_members (project_id, user_id) WHERE deleted_at IS NULL;

-- A user's membership of a project, removed ones included (what a re-add restores).
CREATE INDEX project_members_project_user_idx ON project_members (project_id, user_id, deleted_at);

-- The projects a user is on ("my projects").
CREATE INDEX project_members_user_idx ON project_members (user_id) WHERE deleted_at IS NULL;
