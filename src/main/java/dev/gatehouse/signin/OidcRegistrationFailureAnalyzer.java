package dev.gatehouse.signin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start-up stopped for an unset client secret placeholder into Spring Boot's short report. */
class OidcRegistrationFailureAnalyzer
        extends AbstractFailureAnalyzer<LazyClientRegistrationRepository.UnresolvedPlaceholderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure,
            LazyClientRegistrationRepository.UnresolvedPlaceholderException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set the environment variable (or property) the placeholder "
                + "names, for example export KEYCLOAK_CLIENT_SECRET=... with the client's secret from the identity "
                + "provider, then start Gatehouse again.", cause);
    }
}
