-- The local mirror of identity's users (identity.md section 1 and 5). Identity owns them: the CRM
-- creates a row on a user's first call and updates it from identity's events, never otherwise.
CREATE TABLE tenant_users (
    id         text        PRIMARY KEY,
    name       text,
    email      text,
    locale     text,
    timezone   text,
    is_active  boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tenant_users_id_length CHECK (char_length(id) BETWEEN 1 AND 191)
);
