package com.vecton.crm.archfixture.adapter.out.identity;

import com.vecton.crm.archfixture.bootstrap.WellBehavedMain;

/** Violates NOTHING_DEPENDS_ON_BOOTSTRAP. */
public final class IdentityClientAwareOfBootstrap {

    public void restart() {
        WellBehavedMain.main(new String[0]);
    }
}
