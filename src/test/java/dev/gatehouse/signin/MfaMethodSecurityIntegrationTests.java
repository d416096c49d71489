package dev.gatehouse.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.shared.NotFoundException;
import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import dev.gatehouse.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code @PreAuthorize("hasRole('ADMIN')")} also wants the second step done, as the filter chain does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class MfaMethodSecurityIntegrationTests {

    @Autowired
    MfaManagement mfa;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminWhoOwesTheSecondStepCannotResetDevices() {
        UUID user = new TestUsers(jdbc, passwordEncoder).create("target-" + UUID.randomUUID().toString()
                .substring(0, 8), "a-long-enough-password", true);

        signInAsAdmin(MfaAuthorities.REQUIRED);
        assertThatThrownBy(() -> mfa.resetDevices(user)).isInstanceOf(AccessDeniedException.class);

        signInAsAdmin(MfaAuthorities.REQUIRED, MfaAuthorities.TOTP);
        assertThat(mfa.resetDevices(user).hasDevice()).isFalse();
    }

    @Test
    void anUnknownUserIsNotFound() {
        signInAsAdmin(MfaAuthorities.REQUIRED, MfaAuthorities.TOTP);

        assertThatThrownBy(() -> mfa.resetDevices(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mfa.statusOf(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    private void signInAsAdmin(String... factors) {
        SignedInUser admin = new SignedInUser(directory.findSignInAccount("admin").orElseThrow());
        List<GrantedAuthority> authorities = new ArrayList<>(admin.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(MfaAuthorities.PASSWORD));
        for (String factor : factors) {
            authorities.add(new SimpleGrantedAuthority(factor));
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, authorities));
    }
}
