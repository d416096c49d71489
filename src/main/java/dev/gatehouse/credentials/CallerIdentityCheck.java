package dev.gatehouse.credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.gatehouse.credentials.AwsIdentity.Status;
import dev.gatehouse.credentials.CredentialsException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Asks STS who Gatehouse is: once after start-up, in the background so that start-up never waits for AWS, and
 * again on demand while there is no good answer (at most every {@link #RETRY_AFTER}), so that credentials added
 * later are noticed without a restart. Each new outcome is logged once, in one line.
 */
@Component
class CallerIdentityCheck {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(CallerIdentityCheck.class);

    private final StsClient sts;
    private final AwsCredentialsProvider credentials;
    private final StsFailures failures;
    private final Clock clock;
    private volatile Answer answer = new Answer(AwsIdentity.unchecked(), null, Instant.MIN);
    private @Nullable AwsIdentity logged;
    private boolean roleSessionWarned;

    CallerIdentityCheck(StsClient sts, AwsCredentialsProvider credentials, StsFailures failures, Clock clock) {
        this.sts = sts;
        this.credentials = credentials;
        this.failures = failures;
        this.clock = clock;
    }

    /** What one check found; {@code failure} is what a request must be told while Gatehouse's identity is unknown. */
    private record Answer(AwsIdentity identity, @Nullable CredentialsException failure, Instant at) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkInBackground() {
        Thread thread = new Thread(this::refreshIfDue, "aws-identity-check");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Gatehouse's identity, asking STS first when there is no good answer and the last try is old enough.
     *
     * @throws CredentialsException why Gatehouse cannot use AWS, while its identity is unknown
     */
    AwsIdentity require() {
        Answer seen = answer.identity().known() ? answer : refreshIfDue();
        if (seen.failure() != null) {
            throw seen.failure().again();
        }
        return seen.identity();
    }

    /** The last answer, without asking STS. */
    AwsIdentity lastKnown() {
        return answer.identity();
    }

    private synchronized Answer refreshIfDue() {
        Answer last = answer;
        if (last.identity().known() || last.at().plus(RETRY_AFTER).isAfter(clock.instant())) {
            return last;
        }
        return refresh();
    }

    /** Asks STS now, whatever the last answer was. */
    synchronized Answer refresh() {
        answer = ask();
        report(answer.identity());
        return answer;
    }

    private Answer ask() {
        Instant now = clock.instant();
        try {
            credentials.resolveCredentials();
        }
        catch (SdkException e) {
            return new Answer(AwsIdentity.failed(Status.NO_CREDENTIALS, failures.describe(e)),
                    new CredentialsException(Reason.NO_AWS_CREDENTIALS), now);
        }
        try {
            return new Answer(AwsIdentity.known(sts.getCallerIdentity().arn()), null, now);
        }
        catch (SdkException e) {
            CredentialsException failure = failures.translate(e, null, null);
            Status status = switch (failure.reason()) {
                case NO_AWS_CREDENTIALS -> Status.NO_CREDENTIALS;
                case AWS_UNREACHABLE, AWS_BUSY -> Status.UNREACHABLE;
                default -> Status.REFUSED;
            };
            return new Answer(AwsIdentity.failed(status, failures.describe(e)), failure, now);
        }
    }

    private void report(AwsIdentity now) {
        if (now.equals(logged)) {
            return;
        }
        logged = now;
        switch (now.status()) {
            case KNOWN -> {
                if (now.roleSession() && !roleSessionWarned) {
                    roleSessionWarned = true;
                    log.warn("Gatehouse runs on role credentials ({}): AWS limits sessions assumed from a role "
                            + "session to 1 hour, so credentials and console sessions last at most 1 hour and no "
                            + "console session duration is sent. Give Gatehouse non-role credentials for longer "
                            + "sessions.", now.arn());
                }
                else {
                    log.info("Gatehouse's AWS identity is {}", now.arn());
                }
            }
            case NO_CREDENTIALS -> log.warn("Gatehouse has no AWS credentials, so console sign-in and access keys "
                    + "do not work yet: see \"Connect Gatehouse to AWS\" in the README");
            case UNREACHABLE -> log.warn("Could not ask AWS STS who Gatehouse is ({}); will ask again when "
                    + "credentials are requested", now.problem());
            case REFUSED -> log.warn("AWS STS refused Gatehouse's credentials ({}); console sign-in and access "
                    + "keys fail until that is fixed", now.problem());
            case UNCHECKED -> {
            }
        }
    }
}
