package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.project.ProjectUseCases;

/**
 * Project use cases for the in-memory API of these tests: the routes are registered and gated
 * here, while their behaviour is tested end to end in bootstrap (ProjectsEndToEndTest).
 */
public final class UntestedProjects {
    private UntestedProjects() {}

    public static ProjectUseCases useCases() {
        return new ProjectUseCases(
                (actor, details) -> {
                    throw untested();
                },
                (actor, id, edit) -> {
                    throw untested();
                },
                (actor, id) -> {
                    throw untested();
                },
                (actor, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, project, page) -> {
                    throw untested();
                },
                (actor, project, user, role) -> {
                    throw untested();
                },
                (actor, project, user) -> {
                    throw untested();
                },
                (who, request) -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("projects are tested end to end");
    }
}
