package com.vecton.crm.application.port.in.access;

import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import java.util.Optional;

/** Find out who is calling, from the request's bearer token (identity.md section 1). */
public interface AuthenticateCallerUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.Unauthenticated {@code token_missing}, {@code token_invalid} or {@code token_shape_legacy}
     * @throws com.vecton.crm.domain.problem.Unavailable     {@code identity_unavailable}
     */
    Caller authenticate(Optional<BearerToken> token);
}
