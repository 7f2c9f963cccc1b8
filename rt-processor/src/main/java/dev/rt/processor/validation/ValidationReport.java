package dev.rt.processor.validation;

import dev.rt.processor.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The rules that one annotated class (a behavior or a supervisor) breaks, each on the element it
 * is about: errors, and warnings about settings that have no effect, which do not stop generation.
 *
 * @param subject the annotated class; where an item goes when its element has no source position
 * @param items the broken rules, in the order found
 */
public record ValidationReport(TypeElement subject, List<Item> items) {

    /** Copies the list. */
    public ValidationReport {
        items = List.copyOf(items);
    }

    /**
     * One broken rule.
     *
     * @param diagnostic which rule
     * @param element the element it is about
     * @param annotation the annotation of {@code element} it is about, or null
     * @param value the value of {@code annotation} it is about, or null
     * @param message the formatted message, code included
     */
    public record Item(
            Diagnostic diagnostic,
            Element element,
            AnnotationMirror annotation,
            AnnotationValue value,
            String message) {

        /**
         * A rule broken by an element as a whole.
         *
         * @param diagnostic which rule
         * @param element the element it is about
         * @param message the formatted message, code included
         */
        public Item(Diagnostic diagnostic, Element element, String message) {
            this(diagnostic, element, null, null, message);
        }
    }

    /** Collects the items of a report. */
    static final class Builder {
        private final TypeElement subject;
        private final List<Item> items = new ArrayList<>();

        Builder(TypeElement subject) {
            this.subject = subject;
        }

        void error(Diagnostic diagnostic, Element element, Object... args) {
            items.add(new Item(diagnostic, element, diagnostic.format(args)));
        }

        /** An error on one value of an element's annotation, which javac then points at. */
        void errorOnValue(
                Diagnostic diagnostic,
                Element element,
                AnnotationMirror annotation,
                AnnotationValue value,
                Object... args) {
            items.add(new Item(diagnostic, element, annotation, value, diagnostic.format(args)));
        }

        /**
         * A warning on one value of an element's annotation, a setting that has no effect: it is
         * reported, but does not stop generation.
         */
        void warningOnValue(
                Diagnostic diagnostic,
                Element element,
                AnnotationMirror annotation,
                AnnotationValue value,
                Object... args) {
            items.add(new Item(diagnostic, element, annotation, value, diagnostic.format(args)));
        }

        /** An error on an element's annotation as a whole, which javac then points at. */
        void errorOnAnnotation(
                Diagnostic diagnostic,
                Element element,
                AnnotationMirror annotation,
                Object... args) {
            items.add(new Item(diagnostic, element, annotation, null, diagnostic.format(args)));
        }

        /** {@return the number of errors so far: warnings do not count} */
        int errors() {
            return (int)
                    items.stream().filter(item -> item.diagnostic().kind() == Kind.ERROR).count();
        }

        /** {@return whether a rule is broken: whether there is an error, not just warnings} */
        boolean hasErrors() {
            return errors() > 0;
        }

        ValidationReport build() {
            return new ValidationReport(subject, items);
        }
    }
}
