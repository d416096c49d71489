package dev.gatehouse.accounts;

import java.util.List;

import dev.gatehouse.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An AWS account as an admin registers or edits it. The 12-digit id is the key and never changes.
 *
 * @param name 1 to 50 characters, as in AWS Organizations
 * @param partition one of {@link #PARTITIONS}
 * @param description optional, up to 1,024 characters; blank counts as none
 */
public record AccountDetails(
        @NotNull(message = "{field.required}") @Pattern(regexp = ACCOUNT_ID, message = "{account.accountId.invalid}") String accountId,
        @NotNull(message = "{field.required}") @Size(min = 1, max = 50, message = "{account.name.size}")
        @Pattern(regexp = PlainText.PATTERN, message = "{text.plain}") String name,
        @NotNull(message = "{field.required}") @Email(message = "{account.email.invalid}") @Size(min = 6, max = 64, message = "{account.email.invalid}") String email,
        @NotNull(message = "{field.required}") @Pattern(regexp = "aws|aws-cn|aws-us-gov", message = "{account.partition.invalid}") String partition,
        @Nullable @Size(max = 1024, message = "{account.description.size}")
        @Pattern(regexp = PlainText.PATTERN, message = "{text.plain}") String description) {

    /** The regular expression of an AWS account id: exactly 12 digits, leading zeros included. */
    public static final String ACCOUNT_ID = "\\d{12}";

    /** The partitions Gatehouse knows the endpoints of. */
    public static final List<String> PARTITIONS = List.of("aws", "aws-cn", "aws-us-gov");

    public AccountDetails {
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip();
        partition = partition == null || partition.isBlank() ? "aws" : partition;
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
