package dev.gatehouse.admin;

/** The import file cannot be read or applied; the message names the file, the line and the problem. */
class ImportFileException extends RuntimeException {

    ImportFileException(String message) {
        super(message);
    }

    ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
