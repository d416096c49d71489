package dev.gatehouse.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.gatehouse.testsupport.RequiredParts;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs export lines in a real shell (bash, fish) and reads the variables back. */
public final class ShellExports {

    private ShellExports() {
    }

    /** The three AWS variables as the shell sees them after running the lines. */
    public static List<String> readBack(String shell, String lines) throws IOException, InterruptedException {
        return run(shell, lines + "\nprintf '%s\\n' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" \"$AWS_SESSION_TOKEN\"\n");
    }

    /** Runs a script in the shell with an environment free of AWS variables; returns its output lines. */
    public static List<String> run(String shell, String script) throws IOException, InterruptedException {
        Path executable = Path.of("/usr/bin", shell);
        if (!Files.isExecutable(executable)) {
            throw RequiredParts.missing("No " + shell + ": install Debian's " + shell + " package");
        }
        Path file = Files.createTempFile("exports", "." + shell);
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(executable.toString(), file.toString())
                    .redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            builder.environment().put("HOME", file.getParent().toString());
            Process process = builder.start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(shell + " did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(shell + " output: " + output).isZero();
            return output.lines().toList();
        }
        finally {
            Files.deleteIfExists(file);
        }
    }
}
