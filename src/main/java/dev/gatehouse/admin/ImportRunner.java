package dev.gatehouse.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Applies {@code gatehouse.import.file} at start-up, after the bootstrap admin exists. A broken file stops
 * start-up with a message naming the line and the problem ({@link ImportFailureAnalyzer}).
 */
@Component
@Order(100)
@EnableConfigurationProperties(ImportProperties.class)
class ImportRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final int ATTEMPTS = 3;

    private final ImportProperties properties;
    private final DeclarativeImport declarativeImport;

    ImportRunner(ImportProperties properties, DeclarativeImport declarativeImport) {
        this.properties = properties;
        this.declarativeImport = declarativeImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.file() == null) {
            return;
        }
        ImportFile file = ImportFileReader.read(properties.file());
        String summary = applyBesideOtherNodes(file);
        log.info("Applied the import file {}{}: {}", file.name(), file.prune() ? " (prune: true)" : "", summary);
    }

    /**
     * Replicas started together apply the same file at the same moment; the one that loses a race on a unique
     * name finds, on its next try, what the winner created, and changes nothing. A file whose problems are not
     * duplicates is refused at once; one with duplicates fails every try alike, and the last failure is reported.
     */
    private String applyBesideOtherNodes(ImportFile file) {
        for (int attempt = 1;; attempt++) {
            try {
                return declarativeImport.apply(file);
            }
            catch (DataIntegrityViolationException | ConcurrencyFailureException | ImportFileException raceLost) {
                if (attempt == ATTEMPTS || raceLost instanceof ImportFileException broken && !broken.mayBeARace()) {
                    throw raceLost;
                }
                log.info("Applying the import file {} met another node's change; trying again", file.name());
            }
        }
    }
}
