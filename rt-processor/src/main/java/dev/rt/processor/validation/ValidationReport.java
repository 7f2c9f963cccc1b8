package dev.rt.processor.validation;

import dev.rt.processor.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The rules that one behavior class breaks, each on the element it is about.
 *
 * @param subject the behavior class; where an item goes when its element has no source position
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
     * @param message the formatted message, code included
     */
    public record Item(Diagnostic diagnostic, Element element, String message) {}

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

        int size() {
            return items.size();
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        ValidationReport build() {
            return new ValidationReport(subject, items);
        }
    }
}
