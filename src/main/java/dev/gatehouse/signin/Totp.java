package dev.gatehouse.signin;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static java.nio.charset.StandardCharsets.US_ASCII;

/**
 * Time-based one-time passwords as RFC 6238 defines them and authenticator apps compute them: HMAC-SHA1,
 * 30-second steps from the Unix epoch, 6 digits, and one step of tolerance either way for clock drift.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    static final int TOLERANCE_STEPS = 1;
    static final int SECRET_BYTES = 20;

    private static final Pattern TYPED_SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

    private Totp() {
    }

    /**
     * The code a user typed, without the spaces and dashes apps show or users add ({@code 123 456},
     * {@code 123-456}); empty when it is not {@value #DIGITS} digits then.
     */
    static Optional<String> normalise(String typed) {
        String code = TYPED_SEPARATORS.matcher(typed).replaceAll("");
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one step, zero-padded to {@code digits} digits (RFC 4226 dynamic truncation). */
    static String code(byte[] secret, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    static String code(byte[] secret, Instant time) {
        return code(secret, step(time), DIGITS);
    }

    /**
     * The step whose code {@code given} is, among the current step and its neighbours, that is later than
     * {@code afterStep}; empty when none matches. Compares in constant time.
     */
    static OptionalLong matchingStep(byte[] secret, String given, Instant now, long afterStep) {
        if (given.length() != DIGITS) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long step = current - TOLERANCE_STEPS; step <= current + TOLERANCE_STEPS; step++) {
            byte[] expected = code(secret, step, DIGITS).getBytes(US_ASCII);
            boolean equal = MessageDigest.isEqual(expected, given.getBytes(US_ASCII));
            if (equal && step > afterStep && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }
}
