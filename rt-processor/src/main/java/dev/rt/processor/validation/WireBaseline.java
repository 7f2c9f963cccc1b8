package dev.rt.processor.validation;

import dev.rt.processor.Diagnostic;
import dev.rt.wire.WireSchema;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The committed baseline of each wire protocol's schema, in the directory that the processor
 * option {@value #OPTION} names: {@code <dir>/<protocol>.schema}, as the processor wrote it to
 * {@code META-INF/rt/wire/}. A protocol whose schema breaks its baseline ({@link
 * WireSchema#breakingChangesSince}) is an error per change, on the protocol; a baseline that
 * cannot be read is an error that names the file. Without the option, or without a file for the
 * protocol, nothing is checked.
 */
final class WireBaseline {
    /** The processor option that names the baseline directory. */
    static final String OPTION = "rt.wire.baseline";

    private final Optional<String> directory;
    private final MessageNames messageNames;

    /**
     * @param directory the value of the option, if it is set
     * @param messageNames how diagnostics name types
     */
    WireBaseline(Optional<String> directory, MessageNames messageNames) {
        this.directory = directory.filter(dir -> !dir.isBlank());
        this.messageNames = messageNames;
    }

    /**
     * Compares a protocol's schema with its baseline, if it has one, and reports each breaking
     * change.
     *
     * @param protocol the protocol
     * @param schema its schema now
     * @param report where the errors go
     */
    void check(TypeElement protocol, WireSchema schema, ValidationReport.Builder report) {
        if (directory.isEmpty()) {
            return;
        }
        String name = messageNames.name(protocol);
        Path file;
        try {
            file = Path.of(directory.get()).resolve(schema.protocol() + ".schema");
        } catch (InvalidPathException e) {
            report.error(Diagnostic.BAD_WIRE_BASELINE, protocol, directory.get(), name,
                    "it is not a path (" + e.getReason() + ")");
            return;
        }
        if (!Files.exists(file)) {
            return;
        }
        WireSchema baseline;
        try {
            baseline = WireSchema.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            report.error(Diagnostic.BAD_WIRE_BASELINE, protocol, file, name, "it is not UTF-8");
            return;
        } catch (IOException e) {
            report.error(Diagnostic.BAD_WIRE_BASELINE, protocol, file, name, e.toString());
            return;
        } catch (IllegalArgumentException e) {
            report.error(Diagnostic.BAD_WIRE_BASELINE, protocol, file, name, e.getMessage());
            return;
        }
        if (!baseline.protocol().equals(schema.protocol())) {
            report.error(Diagnostic.BAD_WIRE_BASELINE, protocol, file, name,
                    "it is the schema of " + baseline.protocol() + ", not of "
                            + schema.protocol());
            return;
        }
        for (String change : schema.breakingChangesSince(baseline)) {
            report.error(Diagnostic.BREAKING_WIRE_CHANGE, protocol, name, file, change);
        }
    }
}
