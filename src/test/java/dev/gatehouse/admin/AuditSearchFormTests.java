package dev.gatehouse.admin;

import java.time.Instant;

import dev.gatehouse.audit.AuditFilter;
import dev.gatehouse.shared.AuditAction;
import dev.gatehouse.shared.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class AuditSearchFormTests {

    @ParameterizedTest(name = "from={0}")
    @CsvSource({
            "2026-06-01T09:00:00Z, 2026-06-01T09:00:00Z",
            "2026-06-01T09:00:00.5z, 2026-06-01T09:00:00.500Z",
            "2026-06-01T11:00:00+02:00, 2026-06-01T09:00:00Z",
            "2026-06-01T09:00, 2026-06-01T09:00:00Z",
            "2026-06-01, 2026-06-01T00:00:00Z",
    })
    void timesAreIso8601AndWithoutAnOffsetUtc(String from, Instant expected) {
        assertThat(filter(new AuditSearchForm(null, null, null, null, null, from, null)).from()).isEqualTo(expected);
    }

    @Test
    void aToDateIncludesThatWholeDay() {
        AuditFilter filter = filter(new AuditSearchForm(null, null, null, null, null, "2026-06-01", "2026-06-01"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-06-02T00:00:00Z"));
    }

    @Test
    void namesIgnoreCaseAndBlankFieldsMatchEverything() {
        AuditFilter filter = filter(new AuditSearchForm("  Alice ", "", " ", "credentialsissued", "denied", "", null));
        assertThat(filter).isEqualTo(new AuditFilter("Alice", null, null, AuditAction.CREDENTIALS_ISSUED,
                Outcome.DENIED, null, null));
    }

    @Test
    void eachInvalidFieldIsRejectedByName() {
        var form = new AuditSearchForm("x".repeat(65), "12345678901", "no spaces allowed", "Reboot", "maybe",
                "2026-02-30", "2026-06-01T25:00");
        Errors errors = new BeanPropertyBindingResult(form, "search");

        form.toFilter(errors);

        assertThat(errors.getFieldErrors()).extracting(error -> error.getField()).containsExactly("user",
                "accountId", "permissionSet", "action", "outcome", "from", "to");
    }

    @Test
    void toMustBeLaterThanFrom() {
        var form = new AuditSearchForm(null, null, null, null, null, "2026-06-02", "2026-06-01T12:00");
        Errors errors = new BeanPropertyBindingResult(form, "search");
        form.toFilter(errors);
        assertThat(errors.getFieldError("to").getCode()).isEqualTo("audit.search.to.before-from");
    }

    /** Instant.parse takes years up to a billion, which the databases (and the list's own times) cannot hold. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "+99999-01-01T00:00:00Z",
            "-0001-12-31T00:00:00Z" })
    void timesOutsideTheYears1To9999AreRejectedNotSearched(String time) {
        var form = new AuditSearchForm(null, null, null, null, null, time, time);
        Errors errors = new BeanPropertyBindingResult(form, "search");

        AuditFilter filter = form.toFilter(errors);

        assertThat(errors.getFieldErrors()).extracting(error -> error.getField() + ":" + error.getCode())
                .containsExactly("from:audit.search.time.out-of-range", "to:audit.search.time.out-of-range");
        assertThat(filter.from()).isNull();
        assertThat(filter.to()).isNull();
    }

    @Test
    void theFirstAndLastDayOfTheYears1To9999AreAccepted() {
        AuditFilter filter = filter(new AuditSearchForm(null, null, null, null, null, "0001-01-01", "9999-12-31"));
        assertThat(filter.from()).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
    }

    @Test
    void aNulInTheUserIsSearchedAsTheAuditTrailStoresIt() {
        AuditFilter filter = filter(new AuditSearchForm("nul\u0000typed", null, null, null, null, null, null));
        assertThat(filter.user()).isEqualTo("nul\uFFFDtyped");
    }

    private static AuditFilter filter(AuditSearchForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "search");
        AuditFilter filter = form.toFilter(errors);
        assertThat(errors.getAllErrors()).isEmpty();
        return filter;
    }
}
