package dev.gatehouse.shared;

/** How an audited action ended. {@code DENIED} means the caller was not entitled to it. */
public enum Outcome {
    SUCCESS, FAILURE, DENIED
}
