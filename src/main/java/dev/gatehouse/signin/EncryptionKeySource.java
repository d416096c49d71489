package dev.gatehouse.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the at-rest encryption key comes from:
 * <ol>
 * <li>{@code gatehouse.security.encryption-key}, when set;</li>
 * <li>on the embedded H2 file database, {@code encryption.key} next to the database file (in the data directory),
 * generated on first use with owner-only permissions: it lives and is backed up with the database, one node only;</li>
 * <li>on an in-memory H2 database, a key for the life of the process (the data dies with it);</li>
 * <li>otherwise (PostgreSQL or an H2 server, usually several replicas) none: a key generated per node would make
 * every other node's secrets unreadable, so the key must be configured, the same on every replica.</li>
 * </ol>
 * Start-up stops when the database holds sealed secrets and the key is missing or another one.
 */
final class EncryptionKeySource {

    static final String KEY_FILE = "encryption.key";
    private static final Logger log = LoggerFactory.getLogger(EncryptionKeySource.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private EncryptionKeySource() {
    }

    /**
     * @param configuredKey the property's value, or null
     * @param jdbcUrl the database's JDBC URL
     * @param dataDir the data directory of the embedded database
     * @param sealedByKeyId how many sealed secrets the database holds, by the id of the key that sealed them
     */
    static AtRestEncryption resolve(@Nullable String configuredKey, String jdbcUrl, Path dataDir,
            Map<String, Long> sealedByKeyId) {
        long sealed = sealedByKeyId.values().stream().mapToLong(Long::longValue).sum();
        Optional<Key> key = key(configuredKey, jdbcUrl, dataDir, sealed);
        if (key.isEmpty()) {
            if (sealed > 0) {
                throw new EncryptionKeyException("The database holds " + sealed + " encrypted authenticator-app "
                        + "secret(s) but gatehouse.security.encryption-key is not set. Set it to the key these "
                        + "secrets were encrypted with; Gatehouse does not start without it rather than lose them.");
            }
            log.warn("Authenticator apps (TOTP) are unavailable: set gatehouse.security.encryption-key (32 bytes, "
                    + "base64, the same on every replica) to store their secrets encrypted. Passkeys work without it.");
            return AtRestEncryption.unavailable();
        }
        SecretCipher cipher = new SecretCipher(key.get().bytes());
        sealedByKeyId.forEach((otherKeyId, count) -> {
            if (!otherKeyId.equals(cipher.keyId()) && count > 0) {
                throw new EncryptionKeyException("The database holds " + count + " authenticator-app secret(s) "
                        + "encrypted with the key " + otherKeyId + ", but the key from " + key.get().source()
                        + " is " + cipher.keyId() + ". Use the key they were encrypted with.");
            }
        });
        return AtRestEncryption.with(cipher);
    }

    private static Optional<Key> key(@Nullable String configuredKey, String jdbcUrl, Path dataDir, long sealed) {
        if (configuredKey != null) {
            String source = "gatehouse.security.encryption-key";
            return Optional.of(new Key(decode(configuredKey, source), source));
        }
        if (jdbcUrl.startsWith("jdbc:h2:mem:")) {
            return Optional.of(new Key(RandomSecrets.randomBytes(SecretCipher.KEY_BYTES), "this process"));
        }
        if (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:tcp:")
                && !jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            Path file = databaseDirectory(jdbcUrl, dataDir).resolve(KEY_FILE);
            if (sealed > 0 && !Files.exists(file)) {
                throw new EncryptionKeyException("The database holds " + sealed + " encrypted authenticator-app "
                        + "secret(s) but the key file " + file + " is missing. Restore it from the backup of the data "
                        + "directory, or set gatehouse.security.encryption-key to the key; Gatehouse does not start "
                        + "without it rather than lose the secrets.");
            }
            return Optional.of(new Key(keyFile(file), file.toString()));
        }
        return Optional.empty();
    }

    /** The folder of the embedded database's file, where its key belongs; {@code fallback} when the URL names none. */
    static Path databaseDirectory(String jdbcUrl, Path fallback) {
        String path = jdbcUrl.substring("jdbc:h2:".length()).replaceFirst("^file:", "").split(";", 2)[0];
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path parent = path.isBlank() ? null : Path.of(path).getParent();
        return parent != null ? parent : fallback;
    }

    static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = RandomSecrets.randomBytes(SecretCipher.KEY_BYTES);
            write(file, Base64.getEncoder().encodeToString(key) + "\n");
            log.info("Generated the encryption key for secrets at rest in {}; back it up with the database", file);
            return key;
        }
        catch (FileAlreadyExistsException anotherProcessWroteIt) {
            return keyFile(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the encryption key file " + file, e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("The encryption key file {} can be read by others than its owner; chmod 600 it", file);
        }
        return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
    }

    private static void write(Path file, String content) throws IOException {
        if (isPosix(file.toAbsolutePath().getParent())) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.createFile(file, ownerOnly);
        }
        else {
            Files.createFile(file);
            var asFile = file.toFile();
            asFile.setReadable(false, false);
            asFile.setWritable(false, false);
            asFile.setReadable(true, true);
            asFile.setWritable(true, true);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    private static boolean isPosix(Path existing) throws IOException {
        return Files.getFileStore(existing).supportsFileAttributeView("posix");
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getMimeDecoder().decode(base64.replace('-', '+').replace('_', '/'));
        }
        catch (IllegalArgumentException notBase64) {
            throw new EncryptionKeyException(source + " is not base64. Use 32 random bytes, base64-encoded, "
                    + "for example the output of: openssl rand -base64 32");
        }
        if (key.length != SecretCipher.KEY_BYTES) {
            throw new EncryptionKeyException(source + " holds " + key.length + " bytes; it must hold "
                    + SecretCipher.KEY_BYTES + " (for example the output of: openssl rand -base64 32)");
        }
        return key;
    }

    private record Key(byte[] bytes, String source) {
    }

    /** Start-up cannot go on safely with this key. */
    static final class EncryptionKeyException extends IllegalStateException {
        EncryptionKeyException(String message) {
            super(message);
        }
    }
}
