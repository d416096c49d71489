package dev.gatehouse.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.gatehouse.testsupport.ClockAndEventsConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Method security is the second line behind the URL rules of the filter chains: every admin controller refuses
 * someone who is no admin, even when a request reaches it past the chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ClockAndEventsConfiguration.class)
class AdminMethodSecurityIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    AdminSettingsController settings;

    @Autowired
    AdminMfaResetController mfaReset;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSettingsAndMfaResetPagesRefuseAUserWhoIsNoAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));

        assertThatThrownBy(() -> settings.page(new ExtendedModelMap())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mfaReset.reset(UUID.randomUUID(), new RedirectAttributesModelMap()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyAdminControllerAsksForTheAdminRole() {
        Map<String, Object> controllers = context.getBeansWithAnnotation(Controller.class);

        assertThat(controllers.values().stream().map(AopUtils::getTargetClass)
                .filter(type -> type.getPackageName().equals(getClass().getPackageName())))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class))
                        .as(type.getSimpleName()).isNotNull()
                        .extracting(PreAuthorize::value).isEqualTo("hasRole('ADMIN')"));
    }
}
