package dev.gatehouse.directory;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The one rule for a password, wherever it is set (admin pages and API, the user's own change, the import, the
 * bootstrap admin): at least {@value #MIN_CHARACTERS} characters and at most {@value #MAX_BYTES} bytes in UTF-8,
 * bcrypt's limit (a letter with an accent takes 2 bytes, most symbols 3 or 4). Null counts as valid.
 */
@Documented
@Constraint(validatedBy = PasswordRule.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface ValidPassword {

    int MIN_CHARACTERS = 12;
    int MAX_BYTES = 72;

    String message() default "{user.password.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
