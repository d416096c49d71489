package dev.gatehouse.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Every log event of every logger while open, as text: logger, level, message, MDC and the whole exception chain
 * with its stack, the way any appender could write it.
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    public static CapturedLogs capture() {
        CapturedLogs logs = new CapturedLogs();
        logs.setContext(logs.root.getLoggerContext());
        logs.start0();
        return logs;
    }

    private void start0() {
        super.start();
        root.addAppender(this);
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder()
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
                .append(event.getThreadName()).append(' ').append(event.getMDCPropertyMap()).append(' ')
                .append(event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            line.append("\n").append(cause.getClassName()).append(": ").append(cause.getMessage());
            for (StackTraceElementProxy frame : cause.getStackTraceElementProxyArray()) {
                line.append("\n\tat ").append(frame.getSTEAsString());
            }
        }
        lines.add(line.toString());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
