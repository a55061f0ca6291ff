package com.vecton.crm.bootstrap;

import com.vecton.crm.application.port.in.media.UploadMediaUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.media.MediaItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** The sample tenant's files for {@code dev}: a logo in the media library. */
final class SampleFiles {
    private SampleFiles() {}

    static MediaItem loadMedia(UploadMediaUseCase media, Actor actor) {
        return media.upload(actor, "acme-logo.png", new ByteArrayInputStream(png(64, 32)));
    }

    /** Verträge (with 2026 inside), Angebote and Rechnungen; the first. */
    static com.vecton.crm.domain.folder.DocumentFolderId loadFolders(
            com.vecton.crm.application.port.in.folder.CreateFolderUseCase folders, Actor actor) {
        var contracts = folders.create(
                actor, new com.vecton.crm.domain.folder.FolderDetails("Verträge", java.util.Optional.empty()));
        folders.create(
                actor, new com.vecton.crm.domain.folder.FolderDetails("2026", java.util.Optional.of(contracts.id())));
        folders.create(actor, new com.vecton.crm.domain.folder.FolderDetails("Angebote", java.util.Optional.empty()));
        folders.create(actor, new com.vecton.crm.domain.folder.FolderDetails("Rechnungen", java.util.Optional.empty()));
        return contracts.id();
    }

    /** A framework contract in {@code folder}, with a second, amended version. */
    static com.vecton.crm.domain.document.Document loadDocument(
            com.vecton.crm.application.port.in.document.CreateDocumentUseCase create,
            com.vecton.crm.application.port.in.document.AddDocumentVersionUseCase addVersion,
            com.vecton.crm.domain.folder.DocumentFolderId folder,
            Actor actor,
            com.vecton.crm.domain.access.Requester admin) {
        var document = create.create(
                actor,
                new com.vecton.crm.domain.document.DocumentDetails(
                        "Rahmenvertrag Müller GmbH",
                        folder,
                        "Rahmenvertrag 2026, Entwurf",
                        java.util.List.of("vertrag")),
                "rahmenvertrag-entwurf.txt",
                new ByteArrayInputStream(
                        "Rahmenvertrag\n\nEntwurf vom 1. Dezember 2026.\n".getBytes(StandardCharsets.UTF_8)));
        return addVersion.addVersion(
                admin,
                document.id(),
                "rahmenvertrag-final.txt",
                new ByteArrayInputStream("Rahmenvertrag\n\nEndfassung, unterschrieben am 3. Dezember 2026.\n"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** A {@code width} × {@code height} PNG of one colour, made here so the jar needs no binary sample. */
    static byte[] png(int width, int height) {
        try {
            var raw = new ByteArrayOutputStream();
            for (int y = 0; y < height; y++) {
                raw.write(0); // filter: none
                for (int x = 0; x < width; x++) {
                    raw.write(0x1E);
                    raw.write(0x88);
                    raw.write(0xE5);
                }
            }
            var deflater = new Deflater();
            deflater.setInput(raw.toByteArray());
            deflater.finish();
            var compressed = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            var png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            var header = new ByteArrayOutputStream();
            var h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", compressed.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        var out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
