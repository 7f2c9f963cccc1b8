package dev.rt.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.rt.processor.model.MethodRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Javadoc text, wrapped to the line width. JavaPoet writes javadoc lines as it gets them, so text
 * whose length depends on names is wrapped here.
 *
 * <p>A type is written with {@code $T}, so that JavaPoet imports it. Its width is taken from its
 * simple names, which is how JavaPoet writes a type that it imports or that is in the same
 * package; a type that it must qualify makes its line longer than planned, which is harmless.
 */
final class Prose {
    private final List<Word> words = new ArrayList<>();
    private CodeBlock.Builder word = CodeBlock.builder();
    private int wordWidth;

    /** One word: what goes between two spaces. */
    private record Word(CodeBlock code, int width) {}

    /**
     * Adds text. A space separates two words; text that does not start with a space continues the
     * last word, so {@code link(type).text(", then")} keeps the comma on the link's line.
     */
    Prose text(String text) {
        String[] parts = text.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                endWord();
            }
            append(CodeBlock.of("$L", parts[i]), parts[i].length());
        }
        return this;
    }

    /** Adds text that is never broken across lines, such as {@code {@link #start}}. */
    Prose word(String text) {
        return append(CodeBlock.of("$L", text), text.length());
    }

    /** Adds {@code {@code text}}, which is never broken across lines. */
    Prose code(String text) {
        return append(CodeBlock.of("{@code $L}", text), "{@code }".length() + text.length());
    }

    /** Adds a type's name, as a block tag needs it: {@code @throws Type}. */
    Prose type(ClassName type) {
        return append(CodeBlock.of("$T", type), width(type));
    }

    /** Adds {@code {@link type}}. */
    Prose link(ClassName type) {
        return append(CodeBlock.of("{@link $T}", type), "{@link }".length() + width(type));
    }

    /**
     * Adds {@code {@link type}} after its article, "a" or "an" as the type's name wants: {@code
     * text("Starts ").aLink(type)} gives "Starts a {@link Counter}" or "Starts an {@link
     * Inventory}".
     */
    Prose aLink(ClassName type) {
        return text(Words.article(type) + " ").link(type);
    }

    /** Adds a link to a member of a type, such as {@code {@link Overflow#BLOCK}}. */
    Prose link(ClassName type, String member) {
        return append(
                CodeBlock.of("{@link $T#$L}", type, member),
                "{@link #}".length() + width(type) + member.length());
    }

    /** Adds a link to a method, such as {@code {@link Counter#on(CounterMsg.Get)}}. */
    Prose link(MethodRef method) {
        int width = "{@link #()}".length() + width(method.owner()) + method.name().length();
        for (TypeName parameter : method.parameterTypes()) {
            width += width(parameter) + ", ".length();
        }
        if (!method.parameterTypes().isEmpty()) {
            width -= ", ".length();
        }
        return append(Sources.link(method), width);
    }

    private Prose append(CodeBlock code, int width) {
        word.add(code);
        wordWidth += width;
        return this;
    }

    private void endWord() {
        if (wordWidth > 0) {
            words.add(new Word(word.build(), wordWidth));
        }
        word = CodeBlock.builder();
        wordWidth = 0;
    }

    /**
     * {@return the text in lines of at most {@code width} characters, unless a word is longer,
     * each ending with a newline}
     *
     * @param width the width of a line, without the javadoc's own {@code " * "}
     */
    CodeBlock wrap(int width) {
        return wrap(width, "", "");
    }

    /**
     * {@return the text in lines of at most {@code width} characters, as {@link #wrap(int)}, the
     * first one starting with {@code first} and the others with {@code next}}
     *
     * @param width the width of a line, prefixes included
     * @param first what the first line starts with, such as {@code "  <li>"}
     * @param next what the other lines start with, such as {@code "      "}
     */
    CodeBlock wrap(int width, String first, String next) {
        endWord();
        CodeBlock.Builder lines = CodeBlock.builder().add("$L", first);
        int column = first.length();
        boolean lineStart = true;
        for (Word w : words) {
            if (!lineStart && column + 1 + w.width() > width) {
                lines.add("\n$L", next);
                column = next.length();
                lineStart = true;
            }
            if (!lineStart) {
                lines.add(" ");
                column++;
            }
            lines.add(w.code());
            column += w.width();
            lineStart = false;
        }
        return lines.add("\n").build();
    }

    private static int width(TypeName type) {
        return type instanceof ClassName name
                ? String.join(".", name.simpleNames()).length()
                : type.toString().length();
    }
}
