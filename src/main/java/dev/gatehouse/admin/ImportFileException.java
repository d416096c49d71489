package dev.gatehouse.admin;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The import file cannot be read or applied. The message names the file, and for each problem found (in the order
 * of their lines, at most {@value #SHOWN}) the line and what is wrong, one problem a line.
 */
class ImportFileException extends RuntimeException {

    /** Problems listed in the message; a file with more says how many it left out. */
    static final int SHOWN = 20;

    private final transient List<Problem> problems;

    ImportFileException(String message) {
        this(List.of(new Problem(0, message, false)));
    }

    ImportFileException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(new Problem(0, message, false));
    }

    ImportFileException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }

    /** Whether a problem is a duplicate, which another node applying the same file at once may have caused. */
    boolean mayBeARace() {
        return problems.stream().anyMatch(Problem::duplicate);
    }

    private static String describe(List<Problem> problems) {
        List<Problem> sorted = problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
        String shown = sorted.stream().limit(SHOWN).map(Problem::text).collect(Collectors.joining("\n"));
        return sorted.size() <= SHOWN ? shown : shown + "\n... and " + (sorted.size() - SHOWN) + " more problems";
    }

    /**
     * One problem: the line it is on (0 for the whole file), the text naming file, line and problem, and whether it
     * is a duplicate of what exists.
     */
    record Problem(int line, String text, boolean duplicate) {
    }
}
