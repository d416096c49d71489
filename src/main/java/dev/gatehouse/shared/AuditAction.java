package dev.gatehouse.shared;

/** The actions the audit trail records; {@link #actionName()} is the name shown and filtered on. */
public enum AuditAction {
    SIGN_IN("SignIn"),
    SIGN_IN_FAILED("SignInFailed"),
    SIGN_OUT("SignOut"),
    LOCKOUT("Lockout"),
    CREDENTIALS_ISSUED("CredentialsIssued"),
    CONSOLE_SIGN_IN("ConsoleSignIn"),
    ACCESS_DENIED("AccessDenied"),
    ADMIN_CHANGE("AdminChange"),
    MFA_REGISTERED("MfaRegistered"),
    MFA_REMOVED("MfaRemoved"),
    MFA_FAILED("MfaFailed"),
    MFA_RESET("MfaReset"),
    AUDIT_PURGED("AuditPurged");

    private final String actionName;

    AuditAction(String actionName) {
        this.actionName = actionName;
    }

    public String actionName() {
        return actionName;
    }
}
