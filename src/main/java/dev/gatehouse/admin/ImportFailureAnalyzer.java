package dev.gatehouse.admin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken import file into a start-up failure that says where and what, without a stack trace to read. */
class ImportFailureAnalyzer extends AbstractFailureAnalyzer<ImportFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ImportFileException cause) {
        return new FailureAnalysis("The import file was not applied, and nothing of it was saved:\n\n    "
                + cause.getMessage().replace("\n", "\n    "), "Correct the file named by gatehouse.import.file and start Gatehouse again.",
                cause);
    }
}
