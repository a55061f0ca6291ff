package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.media.MediaUseCases;

/**
 * Media use cases for the in-memory API of these tests: the routes are registered and gated here,
 * while their behaviour is tested end to end in bootstrap (MediaEndToEndTest).
 */
public final class UntestedMedia {
    private UntestedMedia() {}

    public static MediaUseCases useCases() {
        return new MediaUseCases(
                (actor, name, content) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                MediaUseCases.DEFAULT_MAX_BYTES);
    }

    public static com.vecton.crm.adapter.in.rest.folder.FolderUseCases folders() {
        return new com.vecton.crm.adapter.in.rest.folder.FolderUseCases(
                (actor, details) -> {
                    throw untested();
                },
                (who, id, edit) -> {
                    throw untested();
                },
                (who, id, recursive) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                });
    }

    public static com.vecton.crm.adapter.in.rest.document.DocumentUseCases documents() {
        return new com.vecton.crm.adapter.in.rest.document.DocumentUseCases(
                (actor, details, name, content) -> {
                    throw untested();
                },
                (who, id, edit) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, id, name, content) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id, number) -> {
                    throw untested();
                },
                (who, id, number) -> {
                    throw untested();
                },
                (who, id, number) -> {
                    throw untested();
                },
                com.vecton.crm.domain.document.ChainLimit.DEFAULT_BYTES);
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("media, folders and documents are tested end to end");
    }
}
