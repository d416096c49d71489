package dev.gatehouse.signin;

import dev.gatehouse.directory.DirectoryManagement;
import dev.gatehouse.directory.SignInAccount;
import dev.gatehouse.shared.UserPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The signed-in user's directory entry, fresh from the directory. */
@Component
class CurrentAccounts {

    private final DirectoryManagement directory;

    CurrentAccounts(DirectoryManagement directory) {
        this.directory = directory;
    }

    SignInAccount of(UserPrincipal principal) {
        return directory.findSignInAccount(principal.userId())
                .orElseThrow(() -> new AccessDeniedException("The signed-in user no longer exists"));
    }
}
