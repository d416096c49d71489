package dev.gatehouse.shared;

import org.springframework.http.HttpStatus;

/**
 * Why an {@link ExplainedException} was thrown: the status to answer with and the prefix of its texts in
 * {@code messages.properties} ({@code {messageCode}.title} and {@code {messageCode}.detail}). Implemented by enums,
 * whose {@link #name()} a {@code ProblemDetail} shows as its {@code reason}.
 */
public interface FailureReason {

    HttpStatus status();

    String messageCode();

    String name();
}
