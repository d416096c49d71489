package dev.gatehouse.signin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start-up stopped for the encryption key into the short report Spring Boot prints instead of a trace. */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeySource.EncryptionKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeySource.EncryptionKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set gatehouse.security.encryption-key (environment variable "
                + "GATEHOUSE_SECURITY_ENCRYPTION_KEY) to the base64 key the secrets were encrypted with, the same on "
                + "every replica; on the embedded database it is the file encryption.key in the data directory.",
                cause);
    }
}
