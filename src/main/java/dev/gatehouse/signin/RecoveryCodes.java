package dev.gatehouse.signin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.gatehouse.shared.Sha256;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ten one-time recovery codes per user, for when the device is lost. Each holds 80 random bits, is shown once
 * when generated ({@code abcd-efgh-ijkl-mnop}) and stored only as a hash.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final int CODE_BYTES = 10;
    private static final Pattern NORMALISED = Pattern.compile("[a-z2-7]{16}");

    private final RecoveryCodeRepository codes;
    private final Clock clock;

    RecoveryCodes(RecoveryCodeRepository codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** Replaces the user's codes with ten new ones and returns them: the only time they exist in the clear. */
    @Transactional
    List<String> regenerate(UUID userId) {
        codes.deleteByUserId(userId);
        List<String> generated = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String code = Base32.encode(RandomSecrets.randomBytes(CODE_BYTES)).toLowerCase(Locale.ROOT);
            codes.save(new RecoveryCode(userId, Sha256.hex(code), clock.instant()));
            generated.add(String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12),
                    code.substring(12)));
        }
        return generated;
    }

    /** Uses a code; false when it is not one of the user's unused codes. */
    @Transactional
    boolean use(UUID userId, String given) {
        return normalise(given)
                .map(code -> codes.markUsed(userId, Sha256.hex(code), clock.instant()) == 1)
                .orElse(false);
    }

    long remaining(UUID userId) {
        return codes.countUnused(userId);
    }

    boolean everGenerated(UUID userId) {
        return codes.countAll(userId) > 0;
    }

    @Transactional
    int removeAll(UUID userId) {
        return codes.deleteByUserId(userId);
    }

    /** The code without spaces and dashes, lower case; empty when it cannot be a recovery code. */
    static Optional<String> normalise(String given) {
        String code = given.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return NORMALISED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
