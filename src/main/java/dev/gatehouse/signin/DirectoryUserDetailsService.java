package dev.gatehouse.signin;

import dev.gatehouse.directory.DirectoryManagement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class DirectoryUserDetailsService implements UserDetailsService {

    private final DirectoryManagement directory;

    DirectoryUserDetailsService(DirectoryManagement directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username.indexOf('\u0000') >= 0) {
            // No username has one, and PostgreSQL refuses it as a query parameter.
            throw new UsernameNotFoundException("No directory user with a password");
        }
        return directory.findSignInAccount(username)
                .filter(account -> account.passwordHash() != null)
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No directory user with a password"));
    }
}
