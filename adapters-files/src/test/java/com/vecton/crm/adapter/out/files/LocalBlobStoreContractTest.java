package com.vecton.crm.adapter.out.files;

import com.vecton.crm.application.port.out.BlobStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The blob store contract on a local directory. */
class LocalBlobStoreContractTest extends BlobStoreContract {
    @TempDir
    Path root;

    @Override
    protected BlobStore store() {
        return new LocalBlobStore(root);
    }
}
