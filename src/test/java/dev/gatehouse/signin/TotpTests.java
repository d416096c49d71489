package dev.gatehouse.signin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

    /** The SHA-1 seed of RFC 6238, Appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            123456       | 123456
            '123 456'    | 123456
            123-456      | 123456
            ' 12 34 56 ' | 123456
            12345        |
            1234567      |
            12a456       |
            abcd-efgh    |
            """)
    void aTypedCodeLosesSpacesAndDashesAndMustThenBeSixDigits(String typed, String code) {
        assertThat(Totp.normalise(typed)).isEqualTo(Optional.ofNullable(code));
    }

    @ParameterizedTest(name = "at {0} s the code is {1}")
    @CsvSource({
            "59,          94287082",
            "1111111109,  07081804",
            "1111111111,  14050471",
            "1234567890,  89005924",
            "2000000000,  69279037",
            "20000000000, 65353130",
    })
    void matchesTheTestVectorsOfRfc6238(long unixSeconds, String eightDigits) {
        long step = Totp.step(Instant.ofEpochSecond(unixSeconds));

        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(eightDigits);
        assertThat(Totp.code(RFC_SEED, Instant.ofEpochSecond(unixSeconds))).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void acceptsTheCodeOfOneStepEitherSideButNotTwo() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long current = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current - 1, 6), now, Long.MIN_VALUE))
                .hasValue(current - 1);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current + 1, 6), now, Long.MIN_VALUE))
                .hasValue(current + 1);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current - 2, 6), now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current + 2, 6), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsed() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long current = Totp.step(now);
        String code = Totp.code(RFC_SEED, current, 6);

        assertThat(Totp.matchingStep(RFC_SEED, code, now, current - 1)).hasValue(current);
        assertThat(Totp.matchingStep(RFC_SEED, code, now, current)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, current - 1, 6), now, current)).isEmpty();
    }

    @Test
    void refusesAnythingButSixDigits() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(Totp.matchingStep(RFC_SEED, "94287082", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, "", now, Long.MIN_VALUE)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
    void encodesBase32AsRfc4648WithoutPadding(String text, String base32) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
        assertThat(Base32.decode(base32.toLowerCase())).isEqualTo(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void otpauthUriCarriesIssuerAccountAndParameters() {
        String uri = AuthenticatorAppQrCode.otpauthUri("Acme Gatehouse", "alice@example.com", "JBSWY3DPEHPK3PXP");

        assertThat(uri).isEqualTo("otpauth://totp/Acme%20Gatehouse%3Aalice%40example.com?secret=JBSWY3DPEHPK3PXP"
                + "&issuer=Acme%20Gatehouse&algorithm=SHA1&digits=6&period=30");
        assertThat(AuthenticatorAppQrCode.svgDataUri(uri)).startsWith("data:image/svg+xml;base64,");
    }
}
