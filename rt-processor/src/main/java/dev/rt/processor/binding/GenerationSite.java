package dev.rt.processor.binding;

import dev.rt.processor.RuntimeTypes;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What code generated next to an annotated class, in its package and module, may write: whether
 * it may carry {@code @Generated}, and which {@code java.lang} names its package shadows.
 */
final class GenerationSite {
    private final Elements elements;

    GenerationSite(Elements elements) {
        this.elements = elements;
    }

    /**
     * Whether generated code in the class's module can use {@code
     * javax.annotation.processing.Generated}: always in the unnamed module; in a named one, only if
     * it reads {@code java.compiler}, else the annotation would not compile.
     *
     * @param type the class that code is generated from
     * @return whether the generated code may carry {@code @Generated}
     */
    boolean canUseGenerated(TypeElement type) {
        if (elements.getTypeElement(RuntimeTypes.GENERATED.canonicalName()) == null) {
            return false;
        }
        ModuleElement module = elements.getModuleOf(type);
        return module == null
                || module.isUnnamed()
                || reads(module, "java.compiler", false, new HashSet<>());
    }

    /** Whether a module reads another, directly or through {@code requires transitive}. */
    private static boolean reads(
            ModuleElement module, String target, boolean transitiveOnly, Set<ModuleElement> seen) {
        if (!seen.add(module)) {
            return false;
        }
        for (ModuleElement.RequiresDirective requires :
                ElementFilter.requiresIn(module.getDirectives())) {
            if (transitiveOnly && !requires.isTransitive()) {
                continue;
            }
            ModuleElement dependency = requires.getDependency();
            if (dependency.getQualifiedName().contentEquals(target)
                    || reads(dependency, target, true, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return the simple names of the package of {@code element} that are also names of {@code
     * java.lang} types, as the compilation sees them: a generated file in that package must
     * write those {@code java.lang} types with their package}
     */
    Set<String> shadowedJavaLang(Element element) {
        Set<String> shadowed = new TreeSet<>();
        PackageElement pkg = elements.getPackageOf(element);
        for (Element member : pkg.getEnclosedElements()) {
            String name = member.getSimpleName().toString();
            if (elements.getTypeElement("java.lang." + name) != null) {
                shadowed.add(name);
            }
        }
        return shadowed;
    }
}
