package dev.rt.processor;

import dev.rt.processor.validation.ValidationReport;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Prints diagnostics through javac's {@link Messager}.
 *
 * <p>Each diagnostic goes on the element it is about when that element comes from a source file,
 * so that javac shows the file and the line; on the value of its annotation, when the diagnostic
 * is about that value. An element read from a class file has no position: its diagnostic goes on
 * the annotated class instead, which names it. A diagnostic that was already
 * printed on the same element (two behaviors that share a faulty protocol) is printed once.
 */
final class Reporter {
    private final Messager messager;
    private final Elements elements;
    private final Set<Printed> printed = new HashSet<>();

    Reporter(Messager messager, Elements elements) {
        this.messager = messager;
        this.elements = elements;
    }

    /**
     * Prints the items of a report, each on its element or, failing that, on the report's subject.
     *
     * @param report the report to print
     */
    void print(ValidationReport report) {
        for (ValidationReport.Item item : report.items()) {
            if (!inSource(item.element())) {
                print(item.diagnostic(), report.subject(), null, null, item.message());
            } else {
                print(
                        item.diagnostic(),
                        item.element(),
                        item.annotation(),
                        item.value(),
                        item.message());
            }
        }
    }

    /**
     * Prints one diagnostic on an element.
     *
     * @param diagnostic what is wrong
     * @param element where; null for none
     * @param args the values of the diagnostic's placeholders
     */
    void report(Diagnostic diagnostic, Element element, Object... args) {
        print(diagnostic, element, null, null, diagnostic.format(args));
    }

    private void print(
            Diagnostic diagnostic,
            Element element,
            AnnotationMirror annotation,
            AnnotationValue value,
            String message) {
        if (!printed.add(new Printed(element, message))) {
            return;
        }
        if (element == null) {
            messager.printMessage(diagnostic.kind(), message);
        } else if (annotation == null) {
            messager.printMessage(diagnostic.kind(), message, element);
        } else if (value == null) {
            messager.printMessage(diagnostic.kind(), message, element, annotation);
        } else {
            messager.printMessage(diagnostic.kind(), message, element, annotation, value);
        }
    }

    private boolean inSource(Element element) {
        if (element == null) {
            return false;
        }
        try {
            JavaFileObject file = elements.getFileObjectOf(element);
            return file != null && file.getKind() == JavaFileObject.Kind.SOURCE;
        } catch (RuntimeException e) {
            // An element javac cannot place (a module, a synthetic symbol): no position then.
            return false;
        }
    }

    private record Printed(Element element, String message) {}
}
