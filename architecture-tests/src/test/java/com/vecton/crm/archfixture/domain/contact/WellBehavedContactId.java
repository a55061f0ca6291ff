package com.vecton.crm.archfixture.domain.contact;

import java.util.UUID;

public record WellBehavedContactId(UUID value) {}
