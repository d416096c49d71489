package dev.gatehouse.directory;

import java.nio.charset.StandardCharsets;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link ValidPassword}: characters are counted as Unicode code points, bytes in UTF-8. */
public final class PasswordRule implements ConstraintValidator<ValidPassword, String> {

    static boolean allows(String password) {
        return password.codePointCount(0, password.length()) >= ValidPassword.MIN_CHARACTERS
                && password.getBytes(StandardCharsets.UTF_8).length <= ValidPassword.MAX_BYTES;
    }

    @Override
    public boolean isValid(@Nullable String password, ConstraintValidatorContext context) {
        return password == null || allows(password);
    }
}
