package dev.gatehouse.access;

/** Whom an assignment is made to: one directory user, or every member of a directory group. */
public enum PrincipalType {
    USER, GROUP
}
