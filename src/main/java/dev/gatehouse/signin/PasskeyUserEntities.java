package dev.gatehouse.signin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.SignInAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/**
 * WebAuthn user entities in Spring Security's {@code user_entities} table, each tied to its directory user by
 * {@code user_id}. Names are always the directory's current ones, so a renamed user keeps their passkeys.
 */
@Component
class PasskeyUserEntities implements PublicKeyCredentialUserEntityRepository {

    private final JdbcTemplate jdbc;
    private final DirectoryManagement directory;

    PasskeyUserEntities(JdbcTemplate jdbc, DirectoryManagement directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
        return userIdOf(id).flatMap(directory::findSignInAccount).map(account -> entity(id, account)).orElse(null);
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
        return directory.findSignInAccount(username)
                .flatMap(account -> handleOf(account.id()).map(handle -> entity(handle, account)))
                .orElse(null);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        SignInAccount account = directory.findSignInAccount(userEntity.getName())
                .orElseThrow(() -> new IllegalArgumentException("No directory user " + userEntity.getName()));
        int updated = jdbc.update("update user_entities set name = ?, display_name = ? where id = ?",
                account.username(), account.displayName(), userEntity.getId().toBase64UrlString());
        if (updated == 0) {
            jdbc.update("insert into user_entities (id, name, display_name, user_id) values (?, ?, ?, ?)",
                    userEntity.getId().toBase64UrlString(), account.username(), account.displayName(), account.id());
        }
    }

    @Override
    public void delete(Bytes id) {
        jdbc.update("delete from user_entities where id = ?", id.toBase64UrlString());
    }

    /** The user's entity, created with a random user handle on first use. */
    PublicKeyCredentialUserEntity findOrCreate(SignInAccount account) {
        Optional<Bytes> handle = handleOf(account.id());
        if (handle.isPresent()) {
            return entity(handle.get(), account);
        }
        PublicKeyCredentialUserEntity created = entity(Bytes.random(), account);
        save(created);
        return created;
    }

    Optional<Bytes> handleOf(UUID userId) {
        List<String> ids = jdbc.queryForList("select id from user_entities where user_id = ?", String.class, userId);
        return ids.stream().findFirst().map(Bytes::fromBase64);
    }

    /** Counted in the database: every password sign-in asks, and needs none of the public keys. */
    long credentialCount(UUID userId) {
        Long count = jdbc.queryForObject("select count(*) from user_credentials c join user_entities e"
                + " on e.id = c.user_entity_user_id where e.user_id = ?", Long.class, userId);
        return count == null ? 0 : count;
    }

    Optional<UUID> userIdOf(Bytes handle) {
        List<UUID> ids = jdbc.queryForList("select user_id from user_entities where id = ?", UUID.class,
                handle.toBase64UrlString());
        return ids.stream().findFirst();
    }

    private static PublicKeyCredentialUserEntity entity(Bytes handle, SignInAccount account) {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(handle)
                .name(account.username())
                .displayName(account.displayName())
                .build();
    }
}
